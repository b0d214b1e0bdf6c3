import { DownOutlined, KeyOutlined, LogoutOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Spin, Typography } from 'antd';
import type { ItemType } from 'antd/es/menu/interface';
import { useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { RoleLabels } from '../../../common/roles';
import { NotificationBell } from '../components/NotificationBell';
import { useI18n } from './i18n';
import type { MenuItem } from './module-types';
import { MODULES } from './modules';
import { useSession } from './session';

function toItems(items: MenuItem[], allowed: (m: MenuItem) => boolean, t: (k: string) => string): ItemType[] {
  return items.filter(allowed).flatMap((m): ItemType[] => {
    if (m.children) {
      const children = toItems(m.children, allowed, t);
      return children.length ? [{ key: m.key, icon: m.icon, label: t(m.label), children }] : [];
    }
    return [{ key: m.path ?? m.key, icon: m.icon, label: t(m.label) }];
  });
}

function flatten(items: MenuItem[]): MenuItem[] {
  return items.flatMap((m) => [m, ...flatten(m.children ?? [])]);
}

/** The signed-in frame: sidebar of the modules the user's roles allow, header with messages, language and account. */
export function AppLayout() {
  const { me, loading, logout, hasRole } = useSession();
  const { t, locale, setLocale, label } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const menu = useMemo(() => [...MODULES].sort((a, b) => a.order - b.order).flatMap((m) => m.menu), []);
  const items = useMemo(() => toItems(menu, (m) => hasRole(m.roles), t), [menu, hasRole, t]);
  const selected = useMemo(() => {
    const paths = flatten(menu)
      .filter((m) => m.path && (location.pathname === m.path || location.pathname.startsWith(m.path + '/')))
      .map((m) => m.path!);
    return paths.sort((a, b) => b.length - a.length).slice(0, 1);
  }, [menu, location.pathname]);

  if (loading) return <Spin size="large" fullscreen />;
  if (!me) return <Navigate to={`/login?redirect=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} theme="dark">
        <Flex align="center" gap={8} style={{ height: 56, padding: '0 20px', color: '#fff' }} onClick={() => void navigate('/')} role="link">
          <span style={{ fontSize: 22, fontWeight: 700 }}>知产</span>
          {!collapsed && <span style={{ opacity: 0.75, fontSize: 12 }}>{t('app.tagline')}</span>}
        </Flex>
        <nav aria-label={t('app.mainMenu')}>
          <Menu theme="dark" mode="inline" items={items} selectedKeys={selected} onClick={(e) => void navigate(e.key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Typography.Text type="secondary">{me.org.name}</Typography.Text>
            <Flex align="center" gap={8}>
              <NotificationBell />
              <Button type="text" icon={<TranslationOutlined />} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
                {locale === 'zh' ? 'English' : '中文'}
              </Button>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'roles', disabled: true, label: me.roles.map((r) => label(RoleLabels[r])).join('、') },
                    { type: 'divider' },
                    { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('account.logout') },
                  ],
                  onClick: ({ key }) => {
                    if (key === 'password') void navigate('/account/password');
                    if (key === 'logout') void logout().then(() => navigate('/login'));
                  },
                }}
              >
                <Button type="text" data-testid="user-menu">
                  <Avatar size="small" icon={<UserOutlined />} /> {me.displayName} <DownOutlined />
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {me.mustChangePassword && location.pathname !== '/account/password' ? <Navigate to="/account/password" replace /> : <Outlet />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
