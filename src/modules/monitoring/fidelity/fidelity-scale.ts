/**
 * The IPS Fidelity Scale (IPS-25, "Supported Employment Fidelity Scale", 2008): 25 items, each scored
 * 1–5, total 25–125, in three sections (Staffing 3, Organization 8, Services 14) and four bands.
 *
 * Source: /work/shared/domain/DOMAIN.md §1.2. Item names and bands are marked there [V], [P] or [U]; the
 * status is kept on each item so a screen can show it. Only item *names* and our own short Dutch labels
 * are stored: the anchor texts of the review manual are copyrighted (Becker et al. 2019) and the Dutch
 * version is Kenniscentrum Phrenos'. The Dutch labels are our own B1 wording [U: not Phrenos'
 * translation]; screens take texts from the catalogue under `monitoring.fidelity.item.<key>`.
 */

export type FidelitySection = 'staffing' | 'organization' | 'services';
export type SourceStatus = 'V' | 'P' | 'U';

export interface FidelityItem {
  key: string;
  section: FidelitySection;
  /** Number within its section, as on the scale (Staffing 1–3, Organization 1–8, Services 1–14). */
  number: number;
  nameEn: string;
  nameNl: string;
  /** Whether the item name was verified in a public source (DOMAIN.md §1.2). */
  status: SourceStatus;
}

const item = (
  key: string,
  section: FidelitySection,
  number: number,
  nameEn: string,
  nameNl: string,
  status: SourceStatus,
): FidelityItem => ({ key, section, number, nameEn, nameNl, status });

/** The 25 items in scale order. */
export const FIDELITY_ITEMS: readonly FidelityItem[] = [
  item('caseloadSize', 'staffing', 1, 'Caseload size', 'Omvang van de caseload', 'V'),
  item('employmentServicesStaff', 'staffing', 2, 'Employment services staff', 'Tijd voor werkbegeleiding', 'V'),
  item('vocationalGeneralists', 'staffing', 3, 'Vocational generalists', 'Eén begeleider voor alle stappen', 'V'),
  item(
    'integrationTeamAssignment',
    'organization',
    1,
    'Integration of rehabilitation with mental health treatment through team assignment',
    'Deel van het behandelteam',
    'U',
  ),
  item(
    'integrationTeamContact',
    'organization',
    2,
    'Integration of rehabilitation with mental health treatment through frequent team member contact',
    'Vaak overleg met het behandelteam',
    'U',
  ),
  item(
    'collaborationVocationalRehabilitation',
    'organization',
    3,
    'Collaboration between employment specialists and Vocational Rehabilitation counselors',
    'Samenwerking met de klantmanager van UWV of gemeente',
    'U',
  ),
  item('vocationalUnit', 'organization', 4, 'Vocational unit', 'Eigen IPS-team', 'P'),
  item('supervisorRole', 'organization', 5, 'Role of employment supervisor', 'Rol van de IPS-teamleider', 'U'),
  item('zeroExclusion', 'organization', 6, 'Zero exclusion criteria', 'Niemand uitgesloten', 'U'),
  item(
    'agencyFocusCompetitiveEmployment',
    'organization',
    7,
    'Agency focus on competitive employment',
    'Organisatie gericht op gewoon betaald werk',
    'U',
  ),
  item(
    'executiveTeamSupport',
    'organization',
    8,
    'Executive team support for supported employment',
    'Steun van de directie',
    'P',
  ),
  item('workIncentivesPlanning', 'services', 1, 'Work incentives planning', 'Advies over uitkering en inkomen', 'P'),
  item('disclosure', 'services', 2, 'Disclosure', 'Vertellen over de aandoening', 'P'),
  item(
    'ongoingWorkBasedAssessment',
    'services',
    3,
    'Ongoing, work-based vocational assessment',
    'Doorlopend beeld van werkwensen en kunnen',
    'V',
  ),
  item('rapidJobSearch', 'services', 4, 'Rapid search for competitive job', 'Snel op zoek naar werk', 'V'),
  item('individualizedJobSearch', 'services', 5, 'Individualized job search', 'Zoeken naar werk dat past', 'V'),
  item(
    'jobDevelopmentFrequency',
    'services',
    6,
    'Job development — frequent employer contact',
    'Vaak contact met werkgevers',
    'P',
  ),
  item(
    'jobDevelopmentQuality',
    'services',
    7,
    'Job development — quality of employer contact',
    'Goed contact met werkgevers',
    'U',
  ),
  item('diversityOfJobTypes', 'services', 8, 'Diversity of job types', 'Verschillende soorten banen', 'U'),
  item('diversityOfEmployers', 'services', 9, 'Diversity of employers', 'Verschillende werkgevers', 'U'),
  item('competitiveJobs', 'services', 10, 'Competitive jobs', 'Gewone betaalde banen', 'U'),
  item(
    'individualizedFollowAlong',
    'services',
    11,
    'Individualized follow-along supports',
    'Steun op maat na de start',
    'P',
  ),
  item(
    'timeUnlimitedFollowAlong',
    'services',
    12,
    'Time-unlimited follow-along supports',
    'Steun zo lang als nodig',
    'P',
  ),
  item('communityBasedServices', 'services', 13, 'Community-based services', 'Begeleiding buiten het kantoor', 'U'),
  item(
    'assertiveEngagement',
    'services',
    14,
    'Assertive engagement and outreach by integrated treatment team',
    'Actief contact houden',
    'U',
  ),
];

export const FIDELITY_ITEM_KEYS: readonly string[] = FIDELITY_ITEMS.map((i) => i.key);
const ITEM_BY_KEY = new Map(FIDELITY_ITEMS.map((i) => [i.key, i]));

export const FIDELITY_MIN_SCORE = 1;
export const FIDELITY_MAX_SCORE = 5;
export const FIDELITY_MAX_TOTAL = FIDELITY_ITEMS.length * FIDELITY_MAX_SCORE; // 125

export type FidelityBand = 'exemplary' | 'good' | 'fair' | 'notIps';

/**
 * Bands (DOMAIN.md §1.2 [P]): 115–125 exemplary, 100–114 good, 74–99 fair, ≤ 73 not supported
 * employment. "Fair 74–99" and "≥ 100 good" are verified; the 115 and 73 boundaries follow from them.
 */
export const FIDELITY_BANDS: readonly {
  band: FidelityBand;
  min: number;
  max: number;
  nameEn: string;
  nameNl: string;
}[] = [
  { band: 'exemplary', min: 115, max: 125, nameEn: 'Exemplary fidelity', nameNl: 'Uitstekende modelgetrouwheid' },
  { band: 'good', min: 100, max: 114, nameEn: 'Good fidelity', nameNl: 'Goede modelgetrouwheid' },
  { band: 'fair', min: 74, max: 99, nameEn: 'Fair fidelity', nameNl: 'Redelijke modelgetrouwheid' },
  { band: 'notIps', min: 25, max: 73, nameEn: 'Not supported employment', nameNl: 'Geen IPS' },
];

/** Band of a total score 25–125. */
export function fidelityBand(total: number): FidelityBand {
  if (!Number.isInteger(total) || total < 25 || total > FIDELITY_MAX_TOTAL) {
    throw new RangeError(`a fidelity total is an integer from 25 to 125, got ${total}`);
  }
  return FIDELITY_BANDS.find((b) => total >= b.min && total <= b.max)!.band;
}

export type FidelityErrorCode = 'fidelity.item-unknown' | 'fidelity.score-missing' | 'fidelity.score-invalid';

/** A field error in the house shape (pointer into the submitted `scores` object; detailKey for the catalogue). */
export interface FidelityFieldError {
  pointer: string;
  code: FidelityErrorCode;
  detailKey: string;
  params?: Record<string, string | number>;
}

export interface FidelityProfileEntry extends FidelityItem {
  score: number;
}

export interface FidelityResult {
  total: number;
  max: number;
  band: FidelityBand;
  /** Per section: sum, number of items, mean (1–5). */
  sections: { section: FidelitySection; total: number; items: number; mean: number }[];
  /** The 25 items in scale order with their score: the data for the item-profile chart and its table. */
  profile: FidelityProfileEntry[];
  /** Items scored 1 or 2, lowest first: the usual starting points for action points. */
  weakest: string[];
}

/**
 * Checks a fidelity review's scores: every one of the 25 items present, each an integer 1–5, no unknown
 * items. Reports all errors at once (house rule), each with a JSON pointer `/scores/<item>`.
 */
export function validateFidelityScores(scores: Readonly<Record<string, unknown>>): FidelityFieldError[] {
  const errors: FidelityFieldError[] = [];
  for (const key of Object.keys(scores)) {
    if (!ITEM_BY_KEY.has(key)) {
      errors.push({
        pointer: `/scores/${key}`,
        code: 'fidelity.item-unknown',
        detailKey: 'monitoring.fidelity.item-unknown',
      });
    }
  }
  for (const { key } of FIDELITY_ITEMS) {
    const value = scores[key];
    if (value === undefined || value === null) {
      errors.push({
        pointer: `/scores/${key}`,
        code: 'fidelity.score-missing',
        detailKey: 'monitoring.fidelity.score-missing',
      });
    } else if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < FIDELITY_MIN_SCORE ||
      value > FIDELITY_MAX_SCORE
    ) {
      errors.push({
        pointer: `/scores/${key}`,
        code: 'fidelity.score-invalid',
        detailKey: 'monitoring.fidelity.score-invalid',
        params: { min: FIDELITY_MIN_SCORE, max: FIDELITY_MAX_SCORE },
      });
    }
  }
  return errors;
}

/**
 * Scores a complete, valid review: total, band, section totals and the item profile. Throws RangeError on
 * invalid input; call `validateFidelityScores` first to report field errors to the user.
 */
export function scoreFidelityReview(scores: Readonly<Record<string, unknown>>): FidelityResult {
  const errors = validateFidelityScores(scores);
  if (errors.length > 0) {
    throw new RangeError(`invalid fidelity scores: ${errors.map((e) => `${e.pointer} ${e.code}`).join(', ')}`);
  }
  const profile = FIDELITY_ITEMS.map((i) => ({ ...i, score: scores[i.key] as number }));
  const total = profile.reduce((s, p) => s + p.score, 0);
  const sections = (['staffing', 'organization', 'services'] as const).map((section) => {
    const inSection = profile.filter((p) => p.section === section);
    const sum = inSection.reduce((s, p) => s + p.score, 0);
    return { section, total: sum, items: inSection.length, mean: sum / inSection.length };
  });
  const weakest = profile
    .filter((p) => p.score <= 2)
    .sort((x, y) => x.score - y.score)
    .map((p) => p.key);
  return { total, max: FIDELITY_MAX_TOTAL, band: fidelityBand(total), sections, profile, weakest };
}

/**
 * Item-by-item change between two reviews of the same team (history per team): the later minus the
 * earlier score per item, and the change in total and band.
 */
export function compareFidelityReviews(
  earlier: Readonly<Record<string, unknown>>,
  later: Readonly<Record<string, unknown>>,
): {
  totalChange: number;
  from: FidelityBand;
  to: FidelityBand;
  items: { key: string; from: number; to: number; change: number }[];
} {
  const a = scoreFidelityReview(earlier);
  const b = scoreFidelityReview(later);
  return {
    totalChange: b.total - a.total,
    from: a.band,
    to: b.band,
    items: a.profile.map((p, i) => ({
      key: p.key,
      from: p.score,
      to: b.profile[i]!.score,
      change: b.profile[i]!.score - p.score,
    })),
  };
}
