/**
 * Form handling for the monitoring forms. Like components/useForm, but a field error keeps its whole JSON
 * pointer: `/parties/1/name` → field `parties-1-name`, `/scores/caseloadSize` → `scores-caseloadSize`, so
 * that each message lands at its own party or fidelity item (WCAG 3.3.1), not at the list as a whole.
 */
import { useState } from 'react';
import { ApiProblem } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import type { SummaryError } from '../../components/ErrorSummary';

/** `/parties/1/name` → `parties-1-name` (the id suffix of that field). */
export const pointerKey = (pointer: string): string => pointer.replace(/^\//, '').split('/').filter(Boolean).join('-');

/**
 * The field errors of a problem by pointer key; the first message per field wins. A pointer into one of the
 * `collapse` lists (`/approachCodes/2`) belongs to the list's own field (`approachCodes`): a group of
 * checkboxes has one message.
 */
export function pointerErrors(problem: unknown, collapse: readonly string[] = []): Record<string, string> {
  if (!(problem instanceof ApiProblem)) {
    return {};
  }
  const out: Record<string, string> = {};
  for (const e of problem.errors) {
    const full = pointerKey(e.location.pointer);
    const key = collapse.find((c) => full === c || full.startsWith(`${c}-`)) ?? full;
    if (key && !(key in out)) {
      out[key] = e.detail;
    }
  }
  return out;
}

export function usePointerForm(prefix: string, collapse: readonly string[] = []) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusKey, setFocusKey] = useState(0);

  const summary: SummaryError[] = [
    ...(formError ? [{ field: '', message: formError }] : []),
    ...Object.entries(errors).map(([field, message]) => ({ field: `${prefix}${field}`, message })),
  ];

  async function submit(work: () => Promise<void>, localErrors: Record<string, string> = {}): Promise<boolean> {
    setFormError(null);
    if (Object.keys(localErrors).length > 0) {
      setErrors(localErrors);
      setFocusKey((k) => k + 1);
      return false;
    }
    setErrors({});
    setBusy(true);
    try {
      await work();
      return true;
    } catch (error) {
      const fields = pointerErrors(error, collapse);
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        setFormError(
          error instanceof ApiProblem
            ? error.code === 'network'
              ? t('error.network')
              : error.detail
            : t('error.generic'),
        );
      }
      setFocusKey((k) => k + 1);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { errors, summary, busy, submit, focusKey, error: (key: string) => errors[key] };
}

/** A number typed by a person ("12,5" or "12.5"); undefined when empty, NaN when not a number. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(',', '.');
  if (!s) {
    return undefined;
  }
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
