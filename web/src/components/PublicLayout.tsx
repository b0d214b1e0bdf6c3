import { LoginOutlined, TranslationOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../app/i18n';
import { useSession } from '../app/session';

const NAV = [
  { path: '/p', label: 'public.home' },
  { path: '/p/news', label: 'public.news' },
  { path: '/p/top-ten', label: 'public.topTen' },
  { path: '/p/stats', label: 'public.stats' },
  { path: '/p/open-data', label: 'public.openData' },
  { path: '/p/search', label: 'public.search' },
];

/** The frame of the public portal (news, statistics, open data) that anyone sees without signing in. */
export function PublicLayout() {
  const { t, locale, setLocale } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = NAV.filter((n) => location.pathname === n.path || (n.path !== '/p' && location.pathname.startsWith(n.path + '/')))
    .map((n) => n.path)
    .slice(-1);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0f2a6b' }}>
        <a href="/p" style={{ color: '#fff', fontSize: 22, fontWeight: 700, whiteSpace: 'nowrap' }}>
          知产 <span style={{ fontSize: 13, fontWeight: 400, opacity: 0.8 }}>{t('public.tagline')}</span>
        </a>
        <nav aria-label={t('public.nav')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            style={{ background: 'transparent', borderBottom: 'none' }}
            selectedKeys={selected.length ? selected : ['/p']}
            items={NAV.map((n) => ({ key: n.path, label: t(n.label) }))}
            onClick={(e) => void navigate(e.key)}
          />
        </nav>
        <Flex gap={8}>
          <Button type="text" style={{ color: '#fff' }} icon={<TranslationOutlined />} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
            {locale === 'zh' ? 'English' : '中文'}
          </Button>
          <Button icon={<LoginOutlined />} onClick={() => void navigate(me ? '/' : '/login')}>
            {me ? t('public.workspace') : t('public.signIn')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 48px', maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>{t('public.footer')}</Layout.Footer>
    </Layout>
  );
}
