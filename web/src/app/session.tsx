/** The login session: loaded once at start, updated by login, second factor and logout. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiProblem, setApiLanguage, setCsrfToken, setUnauthenticatedHandler } from '../lib/api';
import type { Session } from '../lib/types';
import { useI18n } from '../i18n/i18n';

interface SessionState {
  session: Session | null;
  loading: boolean;
  setSession: (s: Session | null) => void;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
  hasRole: (role: string) => boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);
  const { lang, setLang } = useI18n();

  useEffect(() => {
    setApiLanguage(lang);
  }, [lang]);

  const setSession = useCallback(
    (s: Session | null) => {
      setSessionState(s);
      setCsrfToken(s?.csrfToken ?? null);
      if (s?.state === 'active') {
        setLang(s.user.language);
      }
    },
    [setLang],
  );

  const refresh = useCallback(async () => {
    try {
      setSession(await api<Session>('GET', '/sessions/current'));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) {
        setSession(null);
      } else {
        throw error;
      }
    }
  }, [setSession]);

  useEffect(() => {
    refresh()
      .catch(() => setSession(null))
      .finally(() => setLoading(false));
    setUnauthenticatedHandler(() => setSession(null));
    return () => setUnauthenticatedHandler(null);
  }, [refresh, setSession]);

  const logout = useCallback(async () => {
    try {
      await api('DELETE', '/sessions/current');
    } finally {
      setSession(null);
    }
  }, [setSession]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      loading,
      setSession,
      refresh,
      logout,
      hasRole: (role) => session?.state === 'active' && session.user.memberships.some((m) => m.role === role),
    }),
    [session, loading, setSession, refresh, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) {
    throw new Error('useSession outside SessionProvider');
  }
  return ctx;
}
