/**
 * Loads one API resource for a section of a page. `data` is undefined while loading and null when
 * the answer is 403 or 404 (this user may not see it: the section is then left out, not shown as an
 * error). A null `path` asks nothing at all, for a section the user may not read: every refused
 * request is a line in the participant's own log.
 *
 * `initial` is the resource as the page already has it (a part embedded in the page's own answer with
 * `expand`; null when the server left it out because this user may not see it): shown as it is, without
 * asking again, and replaced when the page brings a new one (e.g. after a language switch). `reload()`
 * still asks `path`, for after the section's own changes. Without `initial` the hook loads `path` itself.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiProblem } from './api';
import { useI18n } from '../i18n/i18n';

export function useApiData<T>(
  path: string | null,
  initial?: T | null,
): {
  data: T | null | undefined;
  setData: (data: T) => void;
  reload: () => Promise<void>;
  error: string | null;
} {
  const { t, lang } = useI18n();
  const [data, setData] = useState<T | null | undefined>(initial);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!path) {
      setData(null);
      return;
    }
    try {
      setData(await api<T>('GET', path));
      setError(null);
    } catch (e) {
      if (e instanceof ApiProblem && (e.status === 403 || e.status === 404)) {
        setData(null);
      } else {
        setError(e instanceof ApiProblem && e.code === 'network' ? t('error.network') : t('error.generic'));
      }
    }
    // Again on a language switch: some answers carry texts in the UI language.
  }, [path, lang]);
  const given = initial !== undefined;
  useEffect(() => {
    if (initial !== undefined) {
      setData(initial);
    }
  }, [initial]);
  useEffect(() => {
    if (!given) {
      void reload();
    }
  }, [reload, given]);
  return { data, setData, reload, error };
}
