/**
 * Travel time between where someone lives and where a job is.
 *
 * Matching depends only on the {@link TravelEstimator} interface, injected by the caller. The project ships
 * one point per gemeente (reference-data/gemeente-locations-2026.csv, GeoNames) and no postcode table; the
 * matches module injects a look-up on those points (src/modules/matches/locations.ts). So:
 *
 * - {@link unknownTravel}: every travel time is unknown, no pair is excluded on travel, and the explanation
 *   says "reistijd onbekend".
 * - {@link coordinateTravel} estimates from coordinates given by an injected look-up (gemeente points now; a
 *   postcode table if one is added with its source and licence): great-circle distance
 *   (haversine) × a detour factor, divided by a speed per means of transport, plus a fixed overhead per
 *   means. Within one gemeente on centroids (distance 0) a default distance is used.
 *
 * The speeds, detour factor and overheads are Meedoen assumptions (not measured; change them in the
 * options): walking 5 km/h, bicycle 15 km/h, moped 25 km/h, car 45 km/h (door to door including towns),
 * public transport 25 km/h; overheads: 0 on foot, 2 min bicycle, 2 min moped, 5 min car (parking),
 * 10 min public transport (walking to the stop, waiting); detour factor 1.3.
 */
import type { Place, Transport } from './types.js';

export interface Located {
  lat: number;
  lon: number;
  /** What the coordinates stand for: the postcode, or the centroid of the gemeente. */
  basis: 'postcode' | 'municipality';
}

export interface TravelEstimator {
  /** Where a place is, or null when unknown. Called once per candidate and per vacancy, not in the inner loop. */
  locate(place: Place): Located | null;
  /** One-way minutes from `from` to `to` by `mode`. Pure arithmetic: called in the inner loop. */
  minutes(from: Located, to: Located, mode: Transport): number;
  /** Name of the method, shown with the estimate. */
  readonly method: 'none' | 'coordinates';
}

/** No coordinates: every travel time is unknown. */
export const unknownTravel: TravelEstimator = {
  method: 'none',
  locate: () => null,
  minutes: () => NaN,
};

export interface CoordinateTravelOptions {
  /** km/h per means of transport. */
  speedKmh: Readonly<Record<Transport, number>>;
  /** Fixed minutes per means of transport (parking, walking to the stop, waiting). */
  overheadMinutes: Readonly<Record<Transport, number>>;
  /** Road distance ÷ straight distance. */
  detourFactor: number;
  /** Distance assumed when both places are the same gemeente centroid (km). */
  sameMunicipalityKm: number;
}

export const DEFAULT_TRAVEL_OPTIONS: CoordinateTravelOptions = Object.freeze({
  speedKmh: Object.freeze({ onFoot: 5, bicycle: 15, moped: 25, car: 45, publicTransport: 25 }),
  overheadMinutes: Object.freeze({ onFoot: 0, bicycle: 2, moped: 2, car: 5, publicTransport: 10 }),
  detourFactor: 1.3,
  sameMunicipalityKm: 3,
});

const EARTH_RADIUS_KM = 6371.0088; // mean Earth radius (IUGG)
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine formula). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * An estimator on coordinates. `lookup` gives coordinates for a place (postcode first where the table has
 * them, else the gemeente centroid), or null.
 */
export function coordinateTravel(
  lookup: (place: Place) => Located | null,
  options: CoordinateTravelOptions = DEFAULT_TRAVEL_OPTIONS,
): TravelEstimator {
  return {
    method: 'coordinates',
    locate: lookup,
    minutes(from, to, mode) {
      let km = haversineKm(from.lat, from.lon, to.lat, to.lon) * options.detourFactor;
      if (km === 0 && from.basis === 'municipality' && to.basis === 'municipality') {
        km = options.sameMunicipalityKm;
      }
      return (km / options.speedKmh[mode]) * 60 + options.overheadMinutes[mode];
    },
  };
}

/**
 * Means used when the person stated none: on foot and public transport (no own vehicle assumed).
 * II.10 "kan niet zelfstandig reizen" is a capacity item; matching does not guess a means of transport from it.
 */
export const DEFAULT_MODES: readonly Transport[] = Object.freeze(['onFoot', 'publicTransport']);
