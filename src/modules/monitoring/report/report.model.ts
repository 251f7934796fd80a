/**
 * The funders' report of one initiative as a plain model: every text already in the reader's language and
 * every count already published (a {@link ReportCell} is a suppressed cell as the API shows it). The
 * service (report.service.ts) builds it from the module's own services; the renderer (report.render.ts)
 * only lays it out, so it can be tested without a database.
 */

/** A published count: `value` is null when the count is hidden, `display` is what to print ("12", "< 10", "x"). */
export interface ReportCell {
  value: number | null;
  display: string;
  suppressed: boolean;
}

export interface ReportGoal {
  description: string;
  /** What counts and the goal's period, e.g. "Baanstarts · 1 januari 2026 tot en met 31 december 2026". */
  subtitle: string;
  /** The goal-progress service's sentences, e.g. "Midden-Utrecht: 64 van 100; verwacht eind 2026: 92–110". */
  sentences: string[];
  note: string | null;
}

export interface ReportQuestion {
  text: string;
  /** Kind and building block in words, e.g. "Checklist · Duurzame banen". */
  about: string;
  /** The newest answer, or null when no round answered it yet. */
  answer: { status: string | null; note: string | null; round: string } | null;
}

export interface ReportModel {
  title: string;
  /** Label–value lines of the title page (programme, period, status …). */
  facts: { label: string; value: string }[];
  description: string | null;
  parties: { name: string; kind: string; perspective: string }[];
  buildingBlocks: string[];
  /** The explanation of "< n" and "x" with the programme's threshold. */
  signs: string;
  goals: { intro: string | null; note: string | null; items: ReportGoal[]; routeTargets: string[] };
  indicators: {
    /** Why there are no figures (e.g. a region that is not the reader's); the rows are then empty. */
    note: string | null;
    period: string | null;
    /** `inChart`: a count of people or jobs (hours are another unit: table only). */
    rows: { label: string; definition: string; cell: ReportCell; inChart: boolean }[];
  };
  fidelity: {
    note: string | null;
    reviews: { team: string; reviewedOn: string; score: string; band: string }[];
  };
  process: { standing: string | null; rounds: string; questions: ReportQuestion[] };
}
