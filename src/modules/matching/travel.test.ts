import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAVEL_OPTIONS, coordinateTravel, haversineKm, unknownTravel, type Located } from './travel.js';
import { KM_PER_DEGREE_LAT } from './matching.fixtures.js';

describe('haversine', () => {
  it('gives 1° of latitude as 2πR/360 and 0 for the same point', () => {
    expect(haversineKm(52, 5, 53, 5)).toBeCloseTo(KM_PER_DEGREE_LAT, 6);
    expect(haversineKm(52, 5, 52, 5)).toBe(0);
  });

  it('shrinks a degree of longitude with the cosine of the latitude (at 60° N: half)', () => {
    expect(haversineKm(60, 0, 60, 0.001)).toBeCloseTo(KM_PER_DEGREE_LAT * 0.001 * 0.5, 6);
  });

  it('is symmetric', () => {
    expect(haversineKm(51.4, 3.6, 53.2, 7.1)).toBeCloseTo(haversineKm(53.2, 7.1, 51.4, 3.6), 9);
  });
});

describe('coordinate travel estimate', () => {
  const a: Located = { lat: 52, lon: 5, basis: 'postcode' };
  // 10 km of road: 10 / 1.3 km straight north
  const b: Located = { lat: 52 + 10 / 1.3 / KM_PER_DEGREE_LAT, lon: 5, basis: 'postcode' };
  const travel = coordinateTravel(() => a);

  it('is road distance (× 1.3) ÷ speed + overhead per means of transport', () => {
    expect(travel.minutes(a, b, 'bicycle')).toBeCloseTo((10 / 15) * 60 + 2, 6); // 42
    expect(travel.minutes(a, b, 'car')).toBeCloseTo((10 / 45) * 60 + 5, 6); // 18.3
    expect(travel.minutes(a, b, 'publicTransport')).toBeCloseTo((10 / 25) * 60 + 10, 6); // 34
    expect(travel.minutes(a, b, 'onFoot')).toBeCloseTo(120, 6);
  });

  it('uses the default within-gemeente distance when both are the same gemeente centroid', () => {
    const centre: Located = { lat: 52, lon: 5, basis: 'municipality' };
    const km = DEFAULT_TRAVEL_OPTIONS.sameMunicipalityKm;
    expect(travel.minutes(centre, centre, 'bicycle')).toBeCloseTo((km / 15) * 60 + 2, 6);
    // two postcodes at the same point: overhead only
    expect(travel.minutes(a, a, 'bicycle')).toBe(2);
  });

  it('takes other options', () => {
    const slow = coordinateTravel(() => null, {
      ...DEFAULT_TRAVEL_OPTIONS,
      detourFactor: 1,
      speedKmh: { ...DEFAULT_TRAVEL_OPTIONS.speedKmh, bicycle: 10 },
    });
    expect(slow.minutes(a, b, 'bicycle')).toBeCloseTo((10 / 1.3 / 10) * 60 + 2, 6);
  });

  it('knows nothing without coordinates', () => {
    expect(unknownTravel.locate({ municipalityCode: 'GM0363' })).toBeNull();
    expect(unknownTravel.method).toBe('none');
  });
});
