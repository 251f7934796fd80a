import { describe, expect, it } from 'vitest';
import type { FieldError } from '../../platform/errors/app-error.js';
import { canChange, checkDecision, chooseGrantor } from './instrument-applications.rules.js';

const pointers = (errors: FieldError[]) => errors.map((e) => `${e.pointer} ${e.code}`);

describe('status changes of an instrument application', () => {
  it('a request is granted or refused; a refusal can be requested again; a grant is final', () => {
    expect(canChange('requested', 'granted')).toBe(true);
    expect(canChange('requested', 'refused')).toBe(true);
    expect(canChange('refused', 'requested')).toBe(true);
    expect(canChange('granted', 'refused')).toBe(false);
    expect(canChange('granted', 'requested')).toBe(false);
    expect(canChange('refused', 'granted')).toBe(false);
    expect(canChange('requested', 'requested')).toBe(false);
  });

  it('refuses a grant of a granted application, naming the status field', () => {
    const errors: FieldError[] = [];
    checkDecision(
      { status: 'granted', requestedOn: '2026-10-01', decidedOn: '2026-11-01' },
      { status: 'refused', occurredOn: '2026-11-20' },
      errors,
    );
    expect(pointers(errors)).toEqual(['/status transition-not-allowed']);
  });

  it('a decision cannot come before the request; a new request not before the refusal', () => {
    const errors: FieldError[] = [];
    checkDecision(
      { status: 'requested', requestedOn: '2026-10-01', decidedOn: null },
      { status: 'granted', occurredOn: '2026-09-30', amountCents: 120_000 },
      errors,
    );
    expect(pointers(errors)).toEqual(['/occurredOn before-request']);
    const again: FieldError[] = [];
    checkDecision(
      { status: 'refused', requestedOn: '2026-10-01', decidedOn: '2026-10-15' },
      { status: 'requested', occurredOn: '2026-10-10' },
      again,
    );
    expect(pointers(again)).toEqual(['/occurredOn before-request']);
  });

  it('an amount and a period only come with a grant, and the period must be in order', () => {
    const refused: FieldError[] = [];
    checkDecision(
      { status: 'requested', requestedOn: '2026-10-01', decidedOn: null },
      { status: 'refused', occurredOn: '2026-10-20', amountCents: 5000, grantedFrom: '2026-11-01' },
      refused,
    );
    expect(pointers(refused)).toEqual(['/amountCents only-when-granted', '/grantedFrom only-when-granted']);
    const granted: FieldError[] = [];
    checkDecision(
      { status: 'requested', requestedOn: '2026-10-01', decidedOn: null },
      {
        status: 'granted',
        occurredOn: '2026-10-20',
        amountCents: 98_050,
        grantedFrom: '2026-11-01',
        grantedUntil: '2026-10-31',
      },
      granted,
    );
    expect(pointers(granted)).toEqual(['/grantedUntil before-start']);
    const fine: FieldError[] = [];
    checkDecision(
      { status: 'requested', requestedOn: '2026-10-01', decidedOn: null },
      {
        status: 'granted',
        occurredOn: '2026-10-20',
        amountCents: 98_050,
        grantedFrom: '2026-11-01',
        grantedUntil: '2027-10-31',
      },
      fine,
    );
    expect(fine).toEqual([]);
  });
});

describe('granting body from the rule table', () => {
  it('takes the only grantor when the instrument has one (loondispensatie: UWV)', () => {
    const errors: FieldError[] = [];
    expect(chooseGrantor('loondispensatie', undefined, errors)).toBe('uwv');
    expect(errors).toEqual([]);
  });

  it('asks which one when there are several (jobcoach: UWV or gemeente)', () => {
    const errors: FieldError[] = [];
    expect(chooseGrantor('jobcoach', undefined, errors)).toBeNull();
    expect(pointers(errors)).toEqual(['/grantor required']);
    expect(chooseGrantor('jobcoach', 'gemeente', [])).toBe('gemeente');
  });

  it('refuses a body that does not grant the instrument (loonkostensubsidie is not UWV)', () => {
    const errors: FieldError[] = [];
    expect(chooseGrantor('loonkostensubsidie', 'uwv', errors)).toBeNull();
    expect(pointers(errors)).toEqual(['/grantor not-a-grantor']);
  });
});
