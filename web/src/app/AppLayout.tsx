import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Flex, Layout, Menu, Spin, Typography } from 'antd';
import type { ItemType } from 'antd/es/menu/interface';
import { useEffect, useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { RoleLabels } from '../../../common/roles';
import { NotificationBell } from '../components/NotificationBell';
import { PhoneDefaults, usePhone } from '../components/responsive';
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

/** The menu of the modules the user's roles allow, with the current page selected. */
function MainMenu(props: { onNavigate?: () => void }) {
  const { hasRole } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const menu = useMemo(() => [...MODULES].sort((a, b) => a.order - b.order).flatMap((m) => m.menu), []);
  const items = useMemo(() => toItems(menu, (m) => hasRole(m.roles), t), [menu, hasRole, t]);
  const selected = useMemo(() => {
    const paths = flatten(menu)
      .filter((m) => m.path && (location.pathname === m.path || location.pathname.startsWith(m.path + '/')))
      .map((m) => m.path!);
    return paths.sort((a, b) => b.length - a.length).slice(0, 1);
  }, [menu, location.pathname]);
  return (
    <nav aria-label={t('app.mainMenu')}>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={selected}
        onClick={(e) => {
          props.onNavigate?.();
          void navigate(e.key);
        }}
      />
    </nav>
  );
}

function Brand(props: { tagline: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Flex align="center" gap={8} style={{ height: 56, padding: '0 20px', color: '#fff', cursor: 'pointer' }} onClick={() => void navigate('/')} role="link">
      <span style={{ fontSize: 22, fontWeight: 700 }}>知产</span>
      {props.tagline && <span style={{ opacity: 0.75, fontSize: 12 }}>{t('app.tagline')}</span>}
    </Flex>
  );
}

/** Messages, language and the account menu; on a phone the organisation and name move into the account menu. */
function HeaderTools(props: { phone: boolean }) {
  const { me, logout } = useSession();
  const { t, locale, setLocale, label } = useI18n();
  const navigate = useNavigate();
  if (!me) return null;
  const other = locale === 'zh' ? 'English' : '中文';
  return (
    <Flex align="center" gap={props.phone ? 0 : 8} style={{ flex: 'none' }}>
      <NotificationBell />
      <Button type="text" icon={<TranslationOutlined />} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')} aria-label={other}>
        {props.phone ? (locale === 'zh' ? 'EN' : '中') : other}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(props.phone ? [{ key: 'who', disabled: true, label: <AccountCard /> }] : []),
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
        <Button type="text" data-testid="user-menu" aria-label={t('app.account')}>
          <Avatar size="small" icon={<UserOutlined />} />
          {!props.phone && (
            <>
              {me.displayName} <DownOutlined />
            </>
          )}
        </Button>
      </Dropdown>
    </Flex>
  );
}

function AccountCard() {
  const { me } = useSession();
  if (!me) return null;
  return (
    <div style={{ maxWidth: 'calc(100vw - 64px)', whiteSpace: 'normal' }}>
      <Typography.Text strong>{me.displayName}</Typography.Text>
      <br />
      <Typography.Text type="secondary">{me.org.name}</Typography.Text>
    </div>
  );
}

/**
 * The signed-in frame: sidebar of the modules the user's roles allow, header with messages, language and
 * account. On a phone the sidebar becomes a drawer behind a menu button and the content takes the full width.
 */
export function AppLayout() {
  const { me, loading } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const phone = usePhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  useEffect(() => setDrawer(false), [location.pathname, phone]);

  if (loading) return <Spin size="large" fullscreen />;
  if (!me) return <Navigate to={`/login?redirect=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <Brand tagline />
          <MainMenu onNavigate={() => setDrawer(false)} />
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220} theme="dark">
          <Brand tagline={!collapsed} />
          <MainMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="app-header" style={{ background: '#fff', padding: phone ? '0 4px' : '0 24px', borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="space-between" align="center" gap={8} style={{ height: '100%' }}>
            {phone ? (
              <Flex align="center" style={{ minWidth: 0 }}>
                <Button type="text" size="large" icon={<MenuOutlined />} aria-label={t('app.openMenu')} onClick={() => setDrawer(true)} />
                <span style={{ fontSize: 18, fontWeight: 700 }}>知产</span>
              </Flex>
            ) : (
              <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
                {me.org.name}
              </Typography.Text>
            )}
            <HeaderTools phone={phone} />
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content" style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <PhoneDefaults>{me.mustChangePassword && location.pathname !== '/account/password' ? <Navigate to="/account/password" replace /> : <Outlet />}</PhoneDefaults>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
