import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { Role } from '../../../common/roles';
import type { Me } from '../../../common/user';
import { setCsrfToken } from './api';
import { api } from './api-client';

interface Session {
  me: Me | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  hasRole: (roles: readonly Role[] | undefined) => boolean;
}

const SessionContext = createContext<Session | null>(null);

async function fetchMe(): Promise<Me | null> {
  const { me } = await api.get('/org/auth/session');
  setCsrfToken(me?.csrfToken ?? null);
  return me;
}

/** Who is signed in, loaded once and shared; sign-in and sign-out update it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const { data, isLoading } = useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
  const login = useCallback(
    async (username: string, password: string) => {
      const me = await api.post('/org/auth/login', { body: { username, password } });
      setCsrfToken(me.csrfToken);
      // Another user's cached data must not survive a sign-in; `me` itself is kept so its observer stays attached.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      qc.setQueryData(['me'], me);
      return me;
    },
    [qc],
  );
  const logout = useCallback(async () => {
    await api.post('/org/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    qc.setQueryData(['me'], null);
  }, [qc]);
  const me = data ?? null;
  const value = useMemo<Session>(
    () => ({
      me,
      loading: isLoading,
      login,
      logout,
      hasRole: (roles) => !roles || (!!me && me.roles.some((r) => roles.includes(r))),
    }),
    [me, isLoading, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
