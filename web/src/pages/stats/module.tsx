import { AreaChartOutlined, BookOutlined, CloudUploadOutlined, DatabaseOutlined, FilePdfOutlined, GlobalOutlined, OrderedListOutlined, TableOutlined } from '@ant-design/icons';
import { StatsAccess } from '../../../../common/stats';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { StatsHomeCard } from './components/StatsHomeCard';
import { statsMessages } from './messages';

/** Statistics: the dashboard, rankings, records and their import, baselines, publishing, reports; the public statistics and open-data pages. */
export const statsModule: WebModule = {
  key: 'stats',
  order: 60,
  menu: [
    {
      key: 'stats',
      label: 'menu.stats',
      icon: <AreaChartOutlined />,
      roles: StatsAccess.read,
      children: [
        { key: 'stats-dashboard', path: '/stats', label: 'menu.statsDashboard', icon: <AreaChartOutlined />, roles: StatsAccess.read },
        { key: 'stats-rankings', path: '/stats/rankings', label: 'menu.statsRankings', icon: <OrderedListOutlined />, roles: StatsAccess.read },
        { key: 'stats-records', path: '/stats/records', label: 'menu.statsRecords', icon: <DatabaseOutlined />, roles: StatsAccess.read },
        { key: 'stats-baselines', path: '/stats/baselines', label: 'menu.statsBaselines', icon: <TableOutlined />, roles: StatsAccess.read },
        { key: 'stats-figures', path: '/stats/figures', label: 'menu.statsFigures', icon: <GlobalOutlined />, roles: StatsAccess.read },
        { key: 'stats-publications', path: '/stats/publications', label: 'menu.statsPublications', icon: <CloudUploadOutlined />, roles: StatsAccess.manage },
        { key: 'stats-reports', path: '/stats/reports', label: 'menu.statsReports', icon: <FilePdfOutlined />, roles: StatsAccess.read },
        { key: 'stats-definitions', path: '/stats/definitions', label: 'menu.statsDefinitions', icon: <BookOutlined />, roles: StatsAccess.read },
      ],
    },
  ],
  routes: [
    { path: 'stats', ...page(() => import('./dashboard/index'), StatsAccess.read) },
    { path: 'stats/rankings', ...page(() => import('./rankings/index'), StatsAccess.read) },
    { path: 'stats/records', ...page(() => import('./records/index'), StatsAccess.read) },
    { path: 'stats/baselines', ...page(() => import('./baselines/index'), StatsAccess.read) },
    { path: 'stats/figures', ...page(() => import('./figures/index'), StatsAccess.read) },
    { path: 'stats/publications', ...page(() => import('./publications/index'), StatsAccess.manage) },
    { path: 'stats/reports', ...page(() => import('./reports/index'), StatsAccess.read) },
    { path: 'stats/definitions', ...page(() => import('./definitions/index'), StatsAccess.read) },
  ],
  publicRoutes: [
    { path: 'stats', ...page(() => import('./public-stats/index')) },
    { path: 'open-data', ...page(() => import('./open-data/index')) },
  ],
  messages: statsMessages,
  homeWidgets: [StatsHomeCard],
  entities: {
    statsImport: { zh: '统计数据导入', en: 'statistics import', path: () => '/stats/records' },
    statsBaseline: { zh: '基础数据', en: 'baseline', path: () => '/stats/baselines' },
    statsFigure: { zh: '公开统计数', en: 'published figure', path: () => '/stats/figures' },
    statsPublication: { zh: '统计数据发布', en: 'statistics publication', path: () => '/stats/publications' },
    statsSettings: { zh: '指标参数', en: 'indicator settings', path: () => '/stats/definitions' },
  },
};
