/** Registration with a waiting list: worked examples, and a simulation against a plain model of a queue. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatEventTime, mayMoveTo, placeFor, placesToFill } from './rules.js';

describe('placeFor', () => {
  it('gives a place while there is room and nobody waits', () => {
    expect(placeFor({ capacity: 2, placed: 0, waiting: 0 })).toBe('registered');
    expect(placeFor({ capacity: 2, placed: 1, waiting: 0 })).toBe('registered');
  });
  it('puts people on the waiting list when full', () => {
    expect(placeFor({ capacity: 2, placed: 2, waiting: 0 })).toBe('waitlisted');
    expect(placeFor({ capacity: 2, placed: 2, waiting: 3 })).toBe('waitlisted');
  });
  it('never passes over someone who waits, even with a free place', () => {
    expect(placeFor({ capacity: 2, placed: 1, waiting: 1 })).toBe('waitlisted');
  });
});

describe('placesToFill', () => {
  it('one cancellation moves one person up', () => {
    expect(placesToFill({ capacity: 20, placed: 19, waiting: 4 })).toBe(1);
  });
  it('more places move as many up as fit, at most all who wait', () => {
    expect(placesToFill({ capacity: 25, placed: 20, waiting: 3 })).toBe(3);
    expect(placesToFill({ capacity: 25, placed: 20, waiting: 9 })).toBe(5);
  });
  it('nothing when full or nobody waits', () => {
    expect(placesToFill({ capacity: 20, placed: 20, waiting: 4 })).toBe(0);
    expect(placesToFill({ capacity: 20, placed: 10, waiting: 0 })).toBe(0);
  });
});

/**
 * A simulation of the service's use of the rules (register → placeFor; cancel of a placed person →
 * placesToFill, first come first served): capacity is never exceeded and nobody waits while a place is free.
 */
describe('waiting list simulation', () => {
  it('holds its promises for any order of registrations and cancellations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { maxLength: 60 }),
        (capacity, steps) => {
          const placed: number[] = [];
          const waiting: number[] = [];
          for (const [isRegister, person] of steps) {
            const active = placed.includes(person) || waiting.includes(person);
            if (isRegister && !active) {
              const where = placeFor({ capacity, placed: placed.length, waiting: waiting.length });
              (where === 'registered' ? placed : waiting).push(person);
            } else if (!isRegister && active) {
              const wasPlaced = placed.includes(person);
              if (wasPlaced) {
                placed.splice(placed.indexOf(person), 1);
              }
              if (!wasPlaced) {
                waiting.splice(waiting.indexOf(person), 1);
              } else {
                const n = placesToFill({ capacity, placed: placed.length, waiting: waiting.length });
                placed.push(...waiting.splice(0, n));
              }
            }
            expect(placed.length).toBeLessThanOrEqual(capacity);
            if (waiting.length > 0) {
              expect(placed.length).toBe(capacity);
            }
          }
        },
      ),
    );
  });

  it('worked example: capacity 2, A B C D register, B cancels, A cancels', () => {
    const placed: string[] = [];
    const waiting: string[] = [];
    for (const p of ['A', 'B', 'C', 'D']) {
      (placeFor({ capacity: 2, placed: placed.length, waiting: waiting.length }) === 'registered'
        ? placed
        : waiting
      ).push(p);
    }
    expect([placed, waiting]).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    placed.splice(placed.indexOf('B'), 1);
    placed.push(...waiting.splice(0, placesToFill({ capacity: 2, placed: placed.length, waiting: waiting.length })));
    expect([placed, waiting]).toEqual([['A', 'C'], ['D']]);
    placed.splice(placed.indexOf('A'), 1);
    placed.push(...waiting.splice(0, placesToFill({ capacity: 2, placed: placed.length, waiting: waiting.length })));
    expect([placed, waiting]).toEqual([['C', 'D'], []]);
  });
});

describe('status changes', () => {
  it('a draft can be published or cancelled; a published event only cancelled; cancelled stays', () => {
    expect(mayMoveTo('draft', 'published')).toBe(true);
    expect(mayMoveTo('draft', 'cancelled')).toBe(true);
    expect(mayMoveTo('published', 'cancelled')).toBe(true);
    expect(mayMoveTo('published', 'draft')).toBe(false);
    expect(mayMoveTo('cancelled', 'published')).toBe(false);
  });
});

describe('formatEventTime', () => {
  it('shows the Dutch clock time in the reader’s language', () => {
    const start = new Date('2026-03-31T08:00:00Z');
    const end = new Date('2026-03-31T10:00:00Z');
    expect(formatEventTime(start, end, 'nl')).toBe('dinsdag 31 maart 2026, 10:00–12:00');
    expect(formatEventTime(start, end, 'en')).toBe('Tuesday, 31 March 2026, 10:00–12:00');
  });
  it('names both days when an event ends on a later day', () => {
    expect(formatEventTime(new Date('2026-06-01T07:00:00Z'), new Date('2026-06-02T14:00:00Z'), 'nl')).toBe(
      'maandag 1 juni 2026, 09:00 – dinsdag 2 juni 2026, 16:00',
    );
  });
});
