/** Submit handling shared by all forms: problem → field errors + summary, busy state, focus on errors. */
import { useState } from 'react';
import { ApiProblem, fieldErrors } from '../lib/api';
import { useI18n } from '../i18n/i18n';
import type { SummaryError } from './ErrorSummary';

export function useForm(prefix = '') {
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
      const fields = fieldErrors(error);
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

  return { errors, summary, busy, submit, focusKey, error: (name: string) => errors[name] };
}
