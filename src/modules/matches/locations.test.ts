import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../shared/csv.js';
import { haversineKm } from '../matching/index.js';
import { REFERENCE_DIR } from '../regions/regions.data.js';
import { gemeenteTravel, readGemeenteLocations } from './locations.js';

const locations = readGemeenteLocations();

describe('gemeente locations for travel', () => {
  it('has a point inside the Netherlands for 340 of the 342 gemeenten of 2026', () => {
    const gemeenten = parseCsvObjects(
      fs.readFileSync(path.join(REFERENCE_DIR, 'gemeenten-arbeidsmarktregio-2026.csv'), 'utf8'),
    ).map((g) => g.gemeentecode);
    expect(locations.size).toBe(340);
    for (const [code, p] of locations) {
      expect(gemeenten, code).toContain(code);
      expect(p.lat, code).toBeGreaterThan(50.7);
      expect(p.lat, code).toBeLessThan(53.6);
      expect(p.lon, code).toBeGreaterThan(3.3);
      expect(p.lon, code).toBeLessThan(7.3);
    }
    // Not in the gazetteer: unknown, never guessed.
    expect(locations.has('GM0317')).toBe(false);
    expect(locations.has('GM0777')).toBe(false);
  });

  it('puts Utrecht and Amsterdam about 35 km apart, and estimates the trip by car and by bicycle', () => {
    const utrecht = gemeenteTravel.locate({ municipalityCode: 'GM0344' })!;
    const amsterdam = gemeenteTravel.locate({ municipalityCode: 'GM0363' })!;
    // Straight line between the town centres of Utrecht (Dom) and Amsterdam: about 35 km.
    expect(haversineKm(utrecht.lat, utrecht.lon, amsterdam.lat, amsterdam.lon)).toBeCloseTo(35.25, 1);
    // 35.25 km × 1.3 detour = 45.8 km: at 45 km/h 61.1 min + 5 min parking; at 15 km/h 183.3 + 2 min.
    expect(Math.round(gemeenteTravel.minutes(utrecht, amsterdam, 'car'))).toBe(66);
    expect(Math.round(gemeenteTravel.minutes(utrecht, amsterdam, 'bicycle'))).toBe(185);
  });

  it('has no point for a gemeente it does not know', () => {
    expect(gemeenteTravel.locate({ municipalityCode: 'GM0317' })).toBeNull();
    expect(gemeenteTravel.locate({ municipalityCode: 'GM9999' })).toBeNull();
  });
});
