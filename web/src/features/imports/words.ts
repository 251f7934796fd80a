/**
 * The words for an import's kind, status and counts, in the UI language. Kept apart from the pages so
 * the list of earlier imports and the result of one import say it the same way.
 */
import type { MessageKey } from '../../i18n/i18n';
import type { ImportCounts, ImportKind, ImportView } from '../../lib/types';
import { rowsWithErrors } from './imports';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Query values in the URL (`?soort=trajecten`), in Dutch like the routes. */
export const KIND_SLUGS: Record<ImportKind, string> = {
  participants: 'deelnemers',
  trajectories: 'trajecten',
  jobEpisodes: 'banen',
};

export function kindFromSlug(slug: string | null): ImportKind | '' {
  const found = (Object.entries(KIND_SLUGS) as [ImportKind, string][]).find(([, s]) => s === slug);
  return found ? found[0] : '';
}

/** A count with its noun ("1 deelnemer", "3 trajecten"), numbers grouped the Dutch way. */
export function countOf(t: T, lang: string, kind: ImportKind, count: number): string {
  return t(count === 1 ? (`import.noun.${kind}.one` as MessageKey) : (`import.noun.${kind}.other` as MessageKey), {
    count: formatNumber(count, lang),
  });
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL').format(n);
}

/** One message or its "one" form: `key` for many, `${key}One` for exactly one. */
export function plural(t: T, key: string, count: number, params: Record<string, string | number> = {}): string {
  return t((count === 1 ? `${key}One` : key) as MessageKey, params);
}

/** The status in words, for the list of earlier imports. */
export function statusText(t: T, lang: string, view: Pick<ImportView, 'status' | 'counts'>): string {
  if (view.status === 'validated') {
    return view.counts.errors > 0
      ? plural(t, 'import.status.validatedErrors', view.counts.errors, {
          count: formatNumber(view.counts.errors, lang),
        })
      : t('import.status.validatedOk');
  }
  return t(`import.status.${view.status}` as MessageKey);
}

/** The counts in one short line, for the list ("12 rijen: 3 nieuw, 1 veranderd, 8 hetzelfde"). */
export function countsLine(t: T, lang: string, view: Pick<ImportView, 'status' | 'counts'>): string {
  if (view.status === 'uploaded' || view.status === 'validating' || view.status === 'discarded') {
    return '—';
  }
  const c: ImportCounts = view.counts;
  const parts = [
    plural(t, 'import.list.rows', c.rows, { count: formatNumber(c.rows, lang) }),
    t('import.list.new', { count: formatNumber(c.new, lang) }),
    t('import.list.changed', { count: formatNumber(c.changed, lang) }),
    t('import.list.unchanged', { count: formatNumber(c.unchanged, lang) }),
  ];
  const bad = rowsWithErrors(c);
  if (bad > 0) {
    parts.push(plural(t, 'import.list.badRows', bad, { count: formatNumber(bad, lang) }));
  }
  return `${parts[0]}: ${parts.slice(1).join(', ')}`;
}
