/**
 * Form state for the learning network's forms whose fields are nested (a module's assignments): the API's
 * field errors keyed by their whole JSON pointer (`/assignments/1/dueOn` → `assignments-1-dueOn`), so the
 * message shows at the very field and the error summary links to it. Same behaviour as the shared
 * useForm otherwise: busy state, a form-level message when no field is named, focus on the summary.
 */
import { useState } from 'react';
import { ApiProblem } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import type { SummaryError } from '../../components/ErrorSummary';

/** `{ 'assignments-1-dueOn': message }` from a problem's field errors; the first message per field wins. */
export function pointerErrors(problem: unknown): Record<string, string> {
  if (!(problem instanceof ApiProblem)) {
    return {};
  }
  const out: Record<string, string> = {};
  for (const e of problem.errors) {
    const key = e.location.pointer.replace(/^\//, '').split('/').join('-');
    if (key && !(key in out)) {
      out[key] = e.detail;
    }
  }
  return out;
}

/**
 * `prefix` + error key is the id of the field in error; `fieldId` may map a key to another id (a list
 * whose fields are named by record id rather than by position).
 */
export function usePointerForm(prefix: string, fieldId?: (key: string) => string | null) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const summary: SummaryError[] = [
    ...(formError ? [{ field: '', message: formError }] : []),
    ...Object.entries(errors).map(([key, message]) => ({ field: fieldId?.(key) ?? `${prefix}${key}`, message })),
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
      const fields = pointerErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) {
        setFormError(
          error instanceof ApiProblem
            ? error.code === 'network'
              ? t('error.network')
              : error.detail || t('error.generic')
            : t('error.generic'),
        );
      }
      setFocusKey((k) => k + 1);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { summary, busy, submit, focusKey, error: (name: string): string | undefined => errors[name] };
}
