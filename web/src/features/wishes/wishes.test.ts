import { describe, expect, it } from 'vitest';
import { DRIVING_LICENCES, DRIVING_LICENCES_ON_SCREEN } from '../../lib/types';
import { wholeNumber, wishesBody, wishValuesOf } from './WishesForm';

describe('wishes form', () => {
  it('reads whole numbers, and says which fields are not', () => {
    expect(wholeNumber('')).toBeNull();
    expect(wholeNumber(' 24 ')).toBe(24);
    expect(wholeNumber('24,5')).toBeNaN();
    const v = { ...wishValuesOf(null), hoursMin: '16', hoursMax: 'veel', maxTravelMinutes: '' };
    const { body, invalid } = wishesBody(v);
    expect(invalid).toEqual(['hoursMax']);
    expect(body).toMatchObject({ hoursMin: 16, disclosure: 'askMe', kindsOfWork: null });
    // An empty number that may be 0 is left out, never sent as null (the server would store 0).
    expect(body.maxTravelMinutes).toBeUndefined();
    expect(wishesBody({ ...v, hoursMin: '', hoursMax: '' }).body).toMatchObject({ hoursMax: null });
    expect(wishesBody({ ...v, hoursMin: '', hoursMax: '' }).body.hoursMin).toBeUndefined();
  });
});

describe('what the participant brings', () => {
  it('sends certificates and licences as chosen, and an unknown level of Dutch as null', () => {
    const v = { ...wishValuesOf(null), certificates: ['VCA'], drivingLicences: ['B' as const] };
    expect(wishesBody(v).body).toMatchObject({ certificates: ['VCA'], drivingLicences: ['B'], languageLevel: null });
    expect(wishesBody({ ...v, languageLevel: 'B1' }).body.languageLevel).toBe('B1');
  });

  it('offers every licence category exactly once, the car licence first', () => {
    expect(DRIVING_LICENCES_ON_SCREEN[0]).toBe('B');
    expect([...DRIVING_LICENCES_ON_SCREEN].sort()).toEqual([...DRIVING_LICENCES].sort());
  });
});
