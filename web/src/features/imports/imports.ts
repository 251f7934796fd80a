/**
 * The rules of the import screens that need no browser: which step an import is at, the column
 * mapping as the form holds it, the checks of that mapping before it is sent, and the words for a
 * column ("Geboortedatum (kolom D)", as Excel names columns by letter).
 */
import type { ImportCounts, ImportField, ImportKind, ImportStatus, ImportView } from '../../lib/types';

/** While the server works on an import in the background, the page asks for its progress. */
export function isRunning(status: ImportStatus): boolean {
  return status === 'validating' || status === 'committing';
}

/** The import can still be thrown away (not while the server works on it, not once saved). */
export function canDiscard(status: ImportStatus): boolean {
  return status === 'uploaded' || status === 'validated' || status === 'failed';
}

/** The column mapping can be (re)confirmed, which starts a new check. */
export function canMap(status: ImportStatus): boolean {
  return status === 'uploaded' || status === 'validated' || status === 'failed';
}

/**
 * A column's letter as Excel shows it above the sheet: 0 → A, 25 → Z, 26 → AA. A CSV file opened in
 * Excel gets the same letters, so a job coach can find the column either way.
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The mapping as the form holds it: per field the chosen column index as a string, '' for none. */
export type MappingValues = Record<string, string>;

/** The form's first values: the columns the server suggested (matched on header names). */
export function initialMapping(fields: readonly ImportField[]): MappingValues {
  return Object.fromEntries(fields.map((f) => [f.key, f.column === null ? '' : String(f.column)]));
}

/** The request body: only the fields that are mapped ("niet inlezen" leaves a field out). */
export function mappingBody(values: MappingValues): { mapping: Record<string, number> } {
  const mapping: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== '') {
      mapping[key] = Number(value);
    }
  }
  return { mapping };
}

export type MappingProblem = { kind: 'required' } | { kind: 'twice'; other: string };

/**
 * What is wrong with a mapping before it is sent, per field: a required field without a column, or a
 * column that an earlier field already uses (the server refuses both, with the same pointers).
 */
export function mappingProblems(fields: readonly ImportField[], values: MappingValues): Record<string, MappingProblem> {
  const problems: Record<string, MappingProblem> = {};
  const usedBy = new Map<string, ImportField>();
  for (const f of fields) {
    const value = values[f.key] ?? '';
    if (value === '') {
      if (f.required) {
        problems[f.key] = { kind: 'required' };
      }
      continue;
    }
    const earlier = usedBy.get(value);
    if (earlier) {
      problems[f.key] = { kind: 'twice', other: earlier.label };
    } else {
      usedBy.set(value, f);
    }
  }
  return problems;
}

/**
 * Rows that have at least one error. The server counts errors (a row can have several) and the good
 * rows by what the commit will do; the rest of the rows are the bad ones.
 */
export function rowsWithErrors(counts: ImportCounts): number {
  return Math.max(0, counts.rows - counts.new - counts.changed - counts.unchanged);
}

/** What to import after this kind: participants first, then trajectories, then jobs. */
export function nextKind(kind: ImportKind): ImportKind | null {
  return kind === 'participants' ? 'trajectories' : kind === 'trajectories' ? 'jobEpisodes' : null;
}

/** The step the import is at, which decides what the page shows and where focus goes. */
export type Stage = 'mapping' | 'checking' | 'checked' | 'saving' | 'saved' | 'failed' | 'discarded';

export function stageOf(view: Pick<ImportView, 'status'>): Stage {
  switch (view.status) {
    case 'uploaded':
      return 'mapping';
    case 'validating':
      return 'checking';
    case 'validated':
      return 'checked';
    case 'committing':
      return 'saving';
    case 'committed':
      return 'saved';
    case 'failed':
      return 'failed';
    case 'discarded':
      return 'discarded';
  }
}

/** The file types the import reads; anything else is refused before it is sent. */
export function isSpreadsheetName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name.trim());
}
