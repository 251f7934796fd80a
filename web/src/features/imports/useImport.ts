/**
 * One import, kept up to date: loaded once, then asked for again every half second while the server
 * checks or saves it in the background (status `validating` or `committing`), so the progress bar moves
 * and the result appears by itself. `view` is undefined while loading and null when the import is not
 * found (or not this user's organisation's).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiProblem } from '../../lib/api';
import type { ImportView } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { isRunning } from './imports';

const POLL_MS = 500;

export function useImport(id: string): {
  view: ImportView | null | undefined;
  error: string | null;
  reload: () => Promise<void>;
} {
  const { t, lang } = useI18n();
  const [view, setView] = useState<ImportView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);

  const reload = useCallback(async () => {
    try {
      const next = await api<ImportView>('GET', `/imports/${id}`);
      if (alive.current) {
        setView(next);
        setError(null);
      }
    } catch (e) {
      if (!alive.current) {
        return;
      }
      if (e instanceof ApiProblem && (e.status === 404 || e.status === 403 || e.status === 400)) {
        setView(null);
      } else {
        setError(e instanceof ApiProblem && e.code === 'network' ? t('error.network') : t('error.generic'));
      }
    }
    // Again on a language switch: field labels, help texts and failure messages come in the UI language.
  }, [id, lang]);

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  // Poll while the server works; a failed poll (network) is tried again on the next tick.
  const running = view ? isRunning(view.status) : false;
  useEffect(() => {
    if (!running) {
      return;
    }
    let stopped = false;
    let timer: number | undefined;
    const poll = () => {
      timer = window.setTimeout(() => {
        void reload().finally(() => {
          if (!stopped) {
            poll();
          }
        });
      }, POLL_MS);
    };
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [running, reload]);

  return { view, error, reload };
}
