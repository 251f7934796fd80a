/**
 * Indicators computed from job episodes, never typed in. Definitions (with their sources and what is
 * unverified) are in docs/domain/indicators.md; the unit tests hold them to worked examples.
 */
export type WageForm =
  'marketWage' | 'loonkostensubsidie' | 'loondispensatie' | 'unpaidWorkExperience' | 'beschutWerk' | 'other';

export interface EpisodeFacts {
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  wageForm: WageForm;
  openToAnyone: boolean;
}

/** Paid work: everything but an unpaid work-experience place. */
export function isPaid(e: EpisodeFacts): boolean {
  return e.wageForm !== 'unpaidWorkExperience';
}

/**
 * IPS competitive employment: a job in the open labour market that anyone can apply for (not reserved
 * for a target group), paid by the employer at least the minimum wage: market wage, or market wage
 * with loonkostensubsidie (the employer pays the full wage and is compensated). Loondispensatie (the
 * employer pays less than the minimum wage), beschut werk and unpaid places are not competitive.
 */
export function isCompetitive(e: EpisodeFacts): boolean {
  return e.openToAnyone && (e.wageForm === 'marketWage' || e.wageForm === 'loonkostensubsidie');
}

/** A job start as IPS Grow counts it: paid work of at least 4 hours a week. */
export function isJobStart(e: EpisodeFacts): boolean {
  return isPaid(e) && e.hoursPerWeek >= 4;
}

export interface SustainableDefinition {
  /** Months of continuous work. */
  months: number;
  /** Minimum hours a week of each job that counts. */
  minHoursPerWeek: number;
  /** A gap between two jobs of at most this many days keeps the run going. */
  maxGapDays: number;
  /** Only competitive jobs count (IPS), or any paid job. */
  competitiveOnly: boolean;
}

/** The default: 6 months, 12 hours a week, gaps of up to 31 days, any paid job (docs/domain/indicators.md). */
export const DEFAULT_SUSTAINABLE: Omit<SustainableDefinition, 'months'> = {
  minHoursPerWeek: 12,
  maxGapDays: 31,
  competitiveOnly: false,
};

const DAY = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `date` plus `months` calendar months; the 31st of a shorter month becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toDate(Date.UTC(year, month, Math.min(d, last)));
}

/**
 * The day a participant became sustainably placed under `def`, or null when not (yet) by `asOf`.
 * Qualifying jobs are merged into runs of continuous work (a gap of at most maxGapDays between one job's
 * end and the next one's start keeps the run going; a job without an end date runs until `asOf`). The
 * first run that lasts `months` calendar months gives the answer: its start plus `months`.
 */
export function sustainablePlacementDate(
  episodes: EpisodeFacts[],
  def: SustainableDefinition,
  asOf: string,
): string | null {
  const qualifying = episodes
    .filter((e) => isPaid(e) && e.hoursPerWeek >= def.minHoursPerWeek && (!def.competitiveOnly || isCompetitive(e)))
    .filter((e) => e.startDate <= asOf)
    .map((e) => ({ start: toMs(e.startDate), end: toMs(e.endDate !== null && e.endDate < asOf ? e.endDate : asOf) }))
    .sort((a, b) => a.start - b.start);
  let run: { start: number; end: number } | null = null;
  const reached = (r: { start: number; end: number }) => {
    const due = addMonths(toDate(r.start), def.months);
    return toMs(due) <= r.end ? due : null;
  };
  for (const e of qualifying) {
    if (run && e.start <= run.end + (def.maxGapDays + 1) * DAY) {
      run.end = Math.max(run.end, e.end);
    } else {
      if (run) {
        const due = reached(run);
        if (due) {
          return due;
        }
      }
      run = { ...e };
    }
  }
  return run ? reached(run) : null;
}
