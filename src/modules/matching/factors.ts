/**
 * The preference factors of the score, with their weights (points out of 100).
 *
 * IPS puts the person's own wishes first: the five wish factors (kind of work, hours, travel, sector, days)
 * carry 85 of the 100 points; skills, availability and "no changes needed" together 15. Each factor gives a
 * fraction between 0 and 1; its points are weight × fraction, rounded to tenths, and the score is the sum of
 * the points, so the parts shown always add up to the score.
 *
 * Fractions (every one is non-decreasing in what the person prefers — "better never scores lower"):
 * - kindOfWork: 1 when a wished kind of work matches the vacancy's title, keywords, occupation code or sector
 *   (all words of the wish, a word matching a whole word or the start of one of at least 4 letters:
 *   "zorg" matches "zorgmedewerker"); 0 when none matches; 0.5 when the person stated no wish.
 * - hours: the hours the person would work here (the job's maximum after carving, within their limit) ÷ the
 *   hours they want at least, capped at 1; 1 when they stated no minimum.
 * - travel: 1 − minutes ÷ (2 × their maximum): 1 next door, 0.5 at their maximum. Without a stated maximum
 *   the reference is {@link NO_MAXIMUM_TRAVEL_REFERENCE} minutes. Unknown travel: 0.5.
 * - sector: 1 when the vacancy's sector is one they want, 0 when not, 0.5 when either side is not stated.
 * - days: share of the job's days the person wants to work; 1 when either side states no days or the
 *   employer offers flexible hours; halved when the job needs evenings or nights outside the day parts the
 *   person wishes (without flexible hours).
 * - skills: 1 when one of their skills matches the vacancy's words, 0 when none does, 0.5 when none stated.
 * - availability: 1 when they can start by the start date, falling linearly to 0 at 90 days later.
 * - noChanges: 1 when the job fits as it is, 0.5 when it fits with accommodations the employer offers, 0 when
 *   tasks must be carved out.
 */

export const FACTORS = [
  { code: 'kindOfWork', weight: 30 },
  { code: 'hours', weight: 20 },
  { code: 'travel', weight: 20 },
  { code: 'sector', weight: 10 },
  { code: 'days', weight: 5 },
  { code: 'skills', weight: 5 },
  { code: 'availability', weight: 5 },
  { code: 'noChanges', weight: 5 },
] as const satisfies readonly { code: string; weight: number }[];

export type FactorCode = (typeof FACTORS)[number]['code'];
export const FACTOR_COUNT = FACTORS.length;

export const F_KIND = 0;
export const F_HOURS = 1;
export const F_TRAVEL = 2;
export const F_SECTOR = 3;
export const F_DAYS = 4;
export const F_SKILLS = 5;
export const F_AVAILABILITY = 6;
export const F_NO_CHANGES = 7;

/** Minutes of travel that score 0.5 when the person stated no maximum. */
export const NO_MAXIMUM_TRAVEL_REFERENCE = 60;
