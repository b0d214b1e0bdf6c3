import { Button, Result } from 'antd';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { useNavigate } from 'react-router';
import type { Role } from '../../../common/roles';
import { useI18n } from './i18n';
import { useSession } from './session';

/** The page for a user whose roles do not allow the route (the server refuses the data anyway). */
export function Forbidden() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return <Result status="403" title="403" subTitle={t('app.forbidden')} extra={<Button onClick={() => void navigate('/')}>{t('app.backHome')}</Button>} />;
}

export function NotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return <Result status="404" title="404" subTitle={t('app.notFound')} extra={<Button onClick={() => void navigate('/')}>{t('app.backHome')}</Button>} />;
}

function guarded(Component: ComponentType, roles: readonly Role[]): ComponentType {
  function Guarded() {
    const { hasRole } = useSession();
    return hasRole(roles) ? <Component /> : <Forbidden />;
  }
  Guarded.displayName = `Guarded(${Component.displayName ?? Component.name})`;
  return Guarded;
}

/**
 * A lazily loaded page, split into its own chunk, shown only to `roles` when given.
 * Usage: `{ path: 'orgs', ...page(() => import('./org-list'), OrgAccess.read) }`.
 */
export function page(load: () => Promise<{ default: ComponentType }>, roles?: readonly Role[]): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const m = await load();
      return { Component: roles ? guarded(m.default, roles) : m.default };
    },
  };
}
