/**
 * Loads one API answer for a query that changes (the dashboard's filters). Unlike lib/useApiData, a refused
 * request keeps the API's own words: a programme manager who asks for another region reads why (403 with
 * "U ziet alleen cijfers van de regio van uw organisatie …"), not an empty page.
 */
import { useEffect, useState } from 'react';
import { api, ApiProblem } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';

export function useQuery<T>(path: string | null): { data: T | null; error: string | null; loading: boolean } {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: path !== null,
  });
  useEffect(() => {
    if (!path) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    api<T>('GET', path)
      .then((data) => current && setState({ data, error: null, loading: false }))
      .catch((e: unknown) => {
        if (!current) {
          return;
        }
        const message =
          e instanceof ApiProblem
            ? e.code === 'network'
              ? t('error.network')
              : e.errors.length > 0
                ? e.errors.map((x) => x.detail).join(' ')
                : e.status >= 500
                  ? t('error.generic')
                  : e.detail || t('error.generic')
            : t('error.generic');
        setState({ data: null, error: message, loading: false });
      });
    return () => {
      current = false;
    };
  }, [path, lang]);
  return state;
}
