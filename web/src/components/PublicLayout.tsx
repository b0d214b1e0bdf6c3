import { LoginOutlined, MenuOutlined, TranslationOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, Menu } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../app/i18n';
import { useSession } from '../app/session';
import { PhoneDefaults, usePhone } from './responsive';

const NAV = [
  { path: '/p', label: 'public.home' },
  { path: '/p/services', label: 'public.services' },
  { path: '/p/news', label: 'public.news' },
  { path: '/p/top-ten', label: 'public.topTen' },
  { path: '/p/stats', label: 'public.stats' },
  { path: '/p/open-data', label: 'public.openData' },
  { path: '/p/search', label: 'public.search' },
];

/** The portal's navigation: a bar across the header on a wide screen, a list in a drawer on a phone. */
function PortalMenu(props: { mode: 'horizontal' | 'inline'; onNavigate?: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = NAV.filter((n) => location.pathname === n.path || (n.path !== '/p' && location.pathname.startsWith(n.path + '/')))
    .map((n) => n.path)
    .slice(-1);
  return (
    <nav aria-label={t('public.nav')} style={props.mode === 'horizontal' ? { flex: 1, minWidth: 0 } : undefined}>
      <Menu
        theme="dark"
        mode={props.mode}
        style={{ background: 'transparent', borderBottom: 'none', borderInlineEnd: 'none' }}
        selectedKeys={selected.length ? selected : ['/p']}
        items={NAV.map((n) => ({ key: n.path, label: t(n.label) }))}
        onClick={(e) => {
          props.onNavigate?.();
          void navigate(e.key);
        }}
      />
    </nav>
  );
}

/** The frame of the public portal (news, statistics, open data) that anyone sees without signing in. */
export function PublicLayout() {
  const { t, locale, setLocale } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const phone = usePhone();
  const [drawer, setDrawer] = useState(false);
  useEffect(() => setDrawer(false), [location.pathname, phone]);
  const other = locale === 'zh' ? 'English' : '中文';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: phone ? 4 : 24, background: '#0f2a6b', padding: phone ? '0 8px 0 12px' : undefined }}>
        <a href="/p" style={{ color: '#fff', fontSize: 22, fontWeight: 700, whiteSpace: 'nowrap', flex: phone ? 1 : undefined }}>
          知产 {!phone && <span style={{ fontSize: 13, fontWeight: 400, opacity: 0.8 }}>{t('public.tagline')}</span>}
        </a>
        {!phone && <PortalMenu mode="horizontal" />}
        <Flex gap={phone ? 4 : 8} align="center" style={{ flex: 'none' }}>
          <Button type="text" style={{ color: '#fff' }} icon={<TranslationOutlined />} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')} aria-label={other}>
            {phone ? (locale === 'zh' ? 'EN' : '中') : other}
          </Button>
          <Button icon={<LoginOutlined />} onClick={() => void navigate(me ? '/' : '/login')}>
            {me ? t('public.workspace') : t('public.signIn')}
          </Button>
          {phone && <Button type="text" size="large" style={{ color: '#fff' }} icon={<MenuOutlined />} aria-label={t('app.openMenu')} onClick={() => setDrawer(true)} />}
        </Flex>
      </Layout.Header>
      {phone && (
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="right" size={240} closable={false} styles={{ body: { padding: 0, background: '#0f2a6b' } }}>
          <PortalMenu mode="inline" onNavigate={() => setDrawer(false)} />
        </Drawer>
      )}
      <Layout.Content style={{ padding: phone ? 12 : '24px 48px', maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <PhoneDefaults>
          <Outlet />
        </PhoneDefaults>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>{t('public.footer')}</Layout.Footer>
    </Layout>
  );
}
