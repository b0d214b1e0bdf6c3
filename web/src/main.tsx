import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError, setOnUnauthenticated } from './app/api';
import { api } from './app/api-client';
import { installEnterGuard } from './app/enter-guard';
import { setPlatformTimeZone } from './app/format';
import { I18nProvider, useI18n } from './app/i18n';
import { buildRouter } from './app/router';
import { SessionProvider } from './app/session';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
const router = buildRouter();
installEnterGuard(document);

setOnUnauthenticated(() => {
  queryClient.setQueryData(['me'], null);
});

function Root() {
  const { locale } = useI18n();
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={locale === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 6 } }}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

/** Reads the platform's settings (its time zone) before the first time is shown; Asia/Shanghai if unreachable. */
async function loadSettings(): Promise<void> {
  try {
    const settings = await api.get('/platform/settings');
    setPlatformTimeZone(settings.timeZone);
  } catch {
    // Offline or an old server: the default zone is the one the platform is made for.
  }
}

void loadSettings().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <Root />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
