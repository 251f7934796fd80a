/**
 * Workplace accommodations an employer can offer, and which FML conflicts each one removes.
 *
 * This table is a DESIGN DEFAULT of Meedoen, not a UWV rule: it says which limitations an accommodation
 * typically makes workable, so that matching can re-admit a pair and name the accommodation. The adviser
 * checks it with the person and the employer; the result always names the accommodation it relied on.
 *
 * - Ordinal items: the accommodation removes a conflict when the person's level is at most `upTo` (a lifting
 *   aid helps someone who can lift about 5 kg, not someone who can lift about 2 kg).
 * - Set items ('single'/'multiple'): the accommodation provides the conditions in `codes` (a quiet workplace
 *   provides I.8 1 "weinig afleiding" and 3 "zonder veelvuldige storingen").
 * - Job-level flags: `hoursPerDay` (shorter days), `periods` (no evenings/nights needed), `days` (days in
 *   agreement).
 */

export const ACCOMMODATION_CODES = [
  'liftingAid',
  'quietWorkplace',
  'flexibleHours',
  'adjustedWorkstation',
  'structuredWork',
  'accessibleBuilding',
  'visualAids',
  'hearingAids',
  'fixedColleague',
] as const;
export type AccommodationCode = (typeof ACCOMMODATION_CODES)[number];

export interface AccommodationRule {
  code: AccommodationCode;
  /** Ordinal items made workable up to this capacity level. */
  ordinal: readonly { itemId: string; upTo: number }[];
  /** Set items: the codes (conditions or functions) the accommodation provides. */
  sets: readonly { itemId: string; codes: readonly number[] }[];
  hoursPerDay: boolean;
  periods: boolean;
  days: boolean;
}

const rule = (
  code: AccommodationCode,
  ordinal: AccommodationRule['ordinal'],
  sets: AccommodationRule['sets'] = [],
  flags: Partial<Pick<AccommodationRule, 'hoursPerDay' | 'periods' | 'days'>> = {},
): AccommodationRule => ({
  code,
  ordinal,
  sets,
  hoursPerDay: flags.hoursPerDay ?? false,
  periods: flags.periods ?? false,
  days: flags.days ?? false,
});

export const ACCOMMODATIONS: readonly AccommodationRule[] = Object.freeze([
  // tilhulp (lifting aid, hoist, trolley): lifting and carrying down to ~5 kg, pushing/pulling down to ~150 N.
  rule('liftingAid', [
    { itemId: 'IV.13', upTo: 2 },
    { itemId: 'IV.14', upTo: 2 },
    { itemId: 'IV.12', upTo: 1 },
  ]),
  // rustige werkplek: concentration and dividing attention (limited, not severely), noise; I.8 1 and 3.
  rule(
    'quietWorkplace',
    [
      { itemId: 'I.1', upTo: 1 },
      { itemId: 'I.2', upTo: 1 },
      { itemId: 'III.6', upTo: 1 },
    ],
    [{ itemId: 'I.8', codes: [1, 3] }],
  ),
  // flexibele werktijden: shorter days, no evenings or nights, days in agreement.
  rule('flexibleHours', [], [], { hoursPerDay: true, periods: true, days: true }),
  // aangepaste werkplek (sit-stand desk, adapted chair, reachable storage).
  rule('adjustedWorkstation', [
    { itemId: 'V.1', upTo: 2 },
    { itemId: 'V.2', upTo: 2 },
    { itemId: 'V.3', upTo: 2 },
    { itemId: 'V.4', upTo: 2 },
    { itemId: 'V.9', upTo: 1 },
    { itemId: 'IV.7', upTo: 2 },
  ]),
  // vaste werkwijze met duidelijke (geschreven) instructies: fixed or known methods, memory aids; I.8 2.
  rule(
    'structuredWork',
    [
      { itemId: 'I.9', upTo: 1 },
      { itemId: 'I.3', upTo: 1 },
    ],
    [{ itemId: 'I.8', codes: [2] }],
  ),
  // lift, no stairs needed.
  rule('accessibleBuilding', [{ itemId: 'IV.18', upTo: 3 }]),
  // magnification, read-aloud software.
  rule('visualAids', [
    { itemId: 'II.1', upTo: 1 },
    { itemId: 'II.5', upTo: 1 },
  ]),
  // hearing loop, captions.
  rule('hearingAids', [{ itemId: 'II.2', upTo: 1 }]),
  // a fixed colleague to fall back on (no solitary job): II.12 3.
  rule('fixedColleague', [], [{ itemId: 'II.12', codes: [3] }]),
]);

const BY_CODE: ReadonlyMap<AccommodationCode, AccommodationRule> = new Map(ACCOMMODATIONS.map((a) => [a.code, a]));

export function accommodationRule(code: AccommodationCode): AccommodationRule {
  const found = BY_CODE.get(code);
  if (!found) {
    throw new RangeError(`Unknown accommodation: ${JSON.stringify(code)}`);
  }
  return found;
}

export function isAccommodationCode(code: string): code is AccommodationCode {
  return BY_CODE.has(code as AccommodationCode);
}
