import { describe, expect, it } from 'vitest';
import { withIncluded } from './licences.js';

describe('driving licence categories', () => {
  it('a lorry-and-trailer licence (CE) also covers C, C1, C1E, BE, B and AM', () => {
    expect([...withIncluded(['CE'])].sort()).toEqual(['AM', 'B', 'BE', 'C', 'C1', 'C1E', 'CE']);
  });

  it('a car licence (B) covers the moped (AM), but not the trailer (BE) or the tractor (T)', () => {
    const b = withIncluded(['b ']);
    expect(b.has('AM')).toBe(true);
    expect(b.has('BE')).toBe(false);
    expect(b.has('T')).toBe(false);
  });

  it('a motorbike licence (A) covers A2 and A1, not B', () => {
    expect([...withIncluded(['A'])].sort()).toEqual(['A', 'A1', 'A2', 'AM']);
  });

  it('keeps a code it does not know as it is', () => {
    expect([...withIncluded(['X'])]).toEqual(['X']);
  });
});
