/**
 * Where a gemeente is, for travel estimates in matching: one point per gemeente of 2026 from
 * `reference-data/gemeente-locations-2026.csv` (GeoNames gazetteer, CC BY 4.0; built by
 * scripts/build-gemeente-locations.mjs). The point is the gemeente's main place, or the mean of its places:
 * a place where people live, not the centre of the area. Postcodes are not used: the project ships no
 * postcode table, so two addresses in one gemeente are the matching library's default distance apart.
 * Eemnes and Etten-Leur have no place in the gazetteer: travel to and from them stays unknown ("reistijd
 * onbekend"), as it does for everyone when no point is known.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsvObjects } from '../../shared/csv.js';
import { REFERENCE_DIR } from '../regions/regions.data.js';
import { coordinateTravel, type Located, type TravelEstimator } from '../matching/index.js';

export const LOCATIONS_FILE = 'gemeente-locations-2026.csv';

/** The point of every gemeente that has one, by CBS code (GM0344 → Utrecht). */
export function readGemeenteLocations(dir = REFERENCE_DIR): ReadonlyMap<string, Located> {
  const rows = parseCsvObjects(fs.readFileSync(path.join(dir, LOCATIONS_FILE), 'utf8'));
  return new Map(
    rows.map((r) => [r.gemeentecode!, { lat: Number(r.lat), lon: Number(r.lon), basis: 'municipality' as const }]),
  );
}

const LOCATIONS = readGemeenteLocations();

/** Travel between gemeenten on their points (matching README "Travel"); unknown where a gemeente has none. */
export const gemeenteTravel: TravelEstimator = coordinateTravel(
  (place) => LOCATIONS.get(place.municipalityCode) ?? null,
);
