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
import { useI18n, type Language } from '../i18n/i18n';

/** What a section shows for a failed request: nothing for 403/404 (data null), else a message. */
function failure(
  e: unknown,
  t: (key: 'error.network' | 'error.generic') => string,
): { data: null } | { error: string } {
  if (e instanceof ApiProblem && (e.status === 403 || e.status === 404)) {
    return { data: null };
  }
  return { error: e instanceof ApiProblem && e.code === 'network' ? t('error.network') : t('error.generic') };
}

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
      const failed = failure(e, t);
      if ('data' in failed) {
        setData(null);
      } else {
        setError(failed.error);
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

/** Reference data asked this page load, per language and path; a failed request is forgotten, so asked again. */
const referenceAnswers = new Map<string, Promise<unknown>>();

/** Asks `path` and keeps the answer under `key` until it fails. */
function askReference<T>(key: string, path: string): Promise<T> {
  const answer = api<T>('GET', path);
  referenceAnswers.set(key, answer);
  answer.catch(() => {
    if (referenceAnswers.get(key) === answer) {
      referenceAnswers.delete(key);
    }
  });
  return answer;
}

/**
 * Loads reference data that only changes with a new version of Meedoen (the FML catalogue): asked once per
 * language in a page load and shared by every screen that needs it, instead of once per section opened.
 * Same `data` and `error` as {@link useApiData}.
 */
export function useReferenceData<T>(path: string): { data: T | null | undefined; error: string | null } {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ lang: Language; data: T | null | undefined; error: string | null }>({
    lang,
    data: undefined,
    error: null,
  });
  useEffect(() => {
    let live = true;
    const key = `${lang} ${path}`;
    const answer = (referenceAnswers.get(key) as Promise<T> | undefined) ?? askReference<T>(key, path);
    answer.then(
      (data) => live && setState({ lang, data, error: null }),
      (e: unknown) => {
        const failed = failure(e, t);
        if (live) {
          setState(
            'data' in failed ? { lang, data: null, error: null } : { lang, data: undefined, error: failed.error },
          );
        }
      },
    );
    return () => {
      live = false;
    };
  }, [path, lang]);
  // After a language switch the old language's answer is not shown while the new one loads.
  return state.lang === lang ? { data: state.data, error: state.error } : { data: undefined, error: null };
}

/** For tests: forget the reference data asked so far, as a new page load would. */
export function forgetReferenceData(): void {
  referenceAnswers.clear();
}
