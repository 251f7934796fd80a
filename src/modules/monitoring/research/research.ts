/**
 * The pseudonymised research export (issue 5; ADR 0016 "Research export"): microdata for an evaluator's
 * study, built from what `researchRows` selects. Rules, each tested in research.test.ts:
 *
 * - **No direct identifiers**: no name, BSN, contact details, address, employer name, job title or free
 *   text; participants, trajectories and organisations appear as per-study pseudonyms (HMAC with a key
 *   derived from the installation key and the study id: stable within a study, unlinkable between
 *   studies).
 * - **Coarsened quasi-identifiers**: the date of birth becomes a 5-year age band at referral; where someone
 *   lives becomes the arbeidsmarktregio (a gemeente can be small); every date becomes a month (YYYY-MM),
 *   with durations in whole weeks since the referral; hours a week become the CBS classes of working time.
 * - The study's name, purpose and basis, the population and these rules are written on the first sheet.
 */
import type { XlsxSheet } from '../../../platform/spreadsheet/xlsx.js';
import type { ResearchJobRow, ResearchPhaseRow, ResearchTrajectoryRow } from '../monitoring.data.js';

const DAY = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Whole years between a date of birth and a later date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** CBS-style 5-year age band: "< 15", "15-19", …, "60-64", "65+". */
export function ageBand(dateOfBirth: string, on: string): string {
  const age = ageOn(dateOfBirth, on);
  if (age < 15) {
    return '< 15';
  }
  if (age >= 65) {
    return '65+';
  }
  const low = Math.floor(age / 5) * 5;
  return `${low}-${low + 4}`;
}

export const month = (date: string | null): string | null => (date === null ? null : date.slice(0, 7));

/** Whole weeks from `from` to `to` (both calendar dates). */
export function weeksBetween(from: string, to: string): number {
  return Math.floor((dayNumber(to) - dayNumber(from)) / 7);
}

/** Working time classes (CBS *arbeidsduur*): < 12, 12 to < 20, 20 to < 35, ≥ 35 hours a week. */
export function hoursBand(hours: number): string {
  if (hours < 12) {
    return '< 12';
  }
  if (hours < 20) {
    return '12-19';
  }
  if (hours < 35) {
    return '20-34';
  }
  return '35+';
}

export interface ResearchExportInput {
  study: { id: string; name: string; purpose: string; legalBasis: string };
  population: { description: string; from: string; to: string };
  generatedAt: string;
  pseudonym: (id: string) => string;
  trajectories: ResearchTrajectoryRow[];
  phases: ResearchPhaseRow[];
  jobs: ResearchJobRow[];
  /** Texts of the first sheet in the caller's language. */
  text: (key: ResearchText, params?: Record<string, string | number>) => string;
}

export type ResearchText =
  | 'sheet.about'
  | 'sheet.participants'
  | 'sheet.trajectories'
  | 'sheet.phases'
  | 'sheet.jobs'
  | 'about.study'
  | 'about.purpose'
  | 'about.basis'
  | 'about.population'
  | 'about.period'
  | 'about.generated'
  | 'about.counts'
  | 'about.rules';

export interface ResearchExport {
  sheets: XlsxSheet[];
  participants: number;
  trajectories: number;
}

/** The workbook's sheets: about, participants, trajectories, phases, jobs. */
export function buildResearchExport(input: ResearchExportInput): ResearchExport {
  const { pseudonym: p, text: t } = input;
  const firstReferral = new Map<string, ResearchTrajectoryRow>();
  for (const tr of input.trajectories) {
    const known = firstReferral.get(tr.participantId);
    if (!known || tr.referralDate < known.referralDate) {
      firstReferral.set(tr.participantId, tr);
    }
  }
  const referralOf = new Map(input.trajectories.map((tr) => [tr.id, tr.referralDate]));
  const participants: (string | number | null)[][] = [
    ['participant', 'age_band_at_referral', 'region_code', 'target_groups', 'benefit', 'doelgroepregister'],
    ...[...firstReferral.values()]
      .map((tr) => [
        p(`participant:${tr.participantId}`),
        ageBand(tr.dateOfBirth, tr.referralDate),
        tr.regionCode,
        [...tr.targetGroups].sort().join(';'),
        tr.benefitSituation,
        tr.doelgroepregister ? 1 : 0,
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ];
  const trajectories: (string | number | null)[][] = [
    [
      'trajectory',
      'participant',
      'organisation',
      'organisation_type',
      'approach',
      'referral_month',
      'phase_now',
      'closed_month',
      'closed_weeks_after_referral',
      'closed_reason',
    ],
    ...input.trajectories
      .map((tr) => [
        p(`trajectory:${tr.id}`),
        p(`participant:${tr.participantId}`),
        p(`organisation:${tr.organisationId}`),
        tr.organisationType,
        tr.approachCode,
        month(tr.referralDate),
        tr.phase,
        month(tr.closedOn),
        tr.closedOn === null ? null : weeksBetween(tr.referralDate, tr.closedOn),
        tr.closedReason,
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ];
  const phases: (string | number | null)[][] = [
    ['trajectory', 'from_phase', 'to_phase', 'month', 'weeks_after_referral'],
    ...input.phases.map((e) => [
      p(`trajectory:${e.trajectoryId}`),
      e.fromPhase,
      e.toPhase,
      month(e.occurredOn),
      Math.max(0, weeksBetween(referralOf.get(e.trajectoryId) ?? e.occurredOn, e.occurredOn)),
    ]),
  ];
  const jobs: (string | number | null)[][] = [
    [
      'participant',
      'trajectory',
      'start_month',
      'start_weeks_after_first_referral',
      'end_month',
      'duration_weeks',
      'end_reason',
      'hours_band',
      'contract_type',
      'wage_form',
      'open_to_anyone',
    ],
    ...input.jobs.map((j) => {
      const first = firstReferral.get(j.participantId);
      return [
        p(`participant:${j.participantId}`),
        j.trajectoryId !== null && referralOf.has(j.trajectoryId) ? p(`trajectory:${j.trajectoryId}`) : null,
        month(j.startDate),
        first ? weeksBetween(first.referralDate, j.startDate) : null,
        month(j.endDate),
        j.endDate === null ? null : weeksBetween(j.startDate, j.endDate),
        j.endReason,
        hoursBand(j.hoursPerWeek),
        j.contractType,
        j.wageForm,
        j.openToAnyone ? 1 : 0,
      ];
    }),
  ];
  const about: (string | number | null)[][] = [
    [t('about.study'), input.study.name],
    [t('about.purpose'), input.study.purpose],
    [t('about.basis'), input.study.legalBasis],
    [t('about.population'), input.population.description],
    [t('about.period'), `${input.population.from} – ${input.population.to}`],
    [t('about.generated'), input.generatedAt],
    [t('about.counts', { participants: firstReferral.size, trajectories: input.trajectories.length })],
    [t('about.rules')],
  ];
  return {
    participants: firstReferral.size,
    trajectories: input.trajectories.length,
    sheets: [
      { name: t('sheet.about'), rows: about, columnWidths: [28, 100] },
      { name: t('sheet.participants'), rows: participants, boldFirstRow: true },
      { name: t('sheet.trajectories'), rows: trajectories, boldFirstRow: true },
      { name: t('sheet.phases'), rows: phases, boldFirstRow: true },
      { name: t('sheet.jobs'), rows: jobs, boldFirstRow: true },
    ],
  };
}
