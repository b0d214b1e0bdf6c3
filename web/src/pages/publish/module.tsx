import { BarChartOutlined, FileSearchOutlined, ImportOutlined, NotificationOutlined, ReadOutlined, TrophyOutlined } from '@ant-design/icons';
import { ArticleStatusLabels, PublishAccess } from '../../../../common/publish';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { publishMessages } from './messages';
import { serviceHallMessages } from './service-hall/messages';
import { ReviewQueueCard } from './review-queue/ReviewQueueCard';

/** Articles, the ingest page, search, top-ten events and reported figures; the public news portal. */
export const publishModule: WebModule = {
  key: 'publish',
  order: 70,
  menu: [
    {
      key: 'publish',
      label: 'menu.publish',
      icon: <NotificationOutlined />,
      roles: PublishAccess.write,
      children: [
        { key: 'articles', path: '/publish/articles', label: 'menu.articles', icon: <ReadOutlined />, roles: PublishAccess.write },
        { key: 'ingest', path: '/publish/ingest', label: 'menu.ingest', icon: <ImportOutlined />, roles: PublishAccess.write },
        { key: 'top-ten', path: '/publish/top-ten', label: 'menu.topTen', icon: <TrophyOutlined />, roles: PublishAccess.review },
        { key: 'figures', path: '/publish/figures', label: 'menu.figures', icon: <BarChartOutlined />, roles: PublishAccess.write },
      ],
    },
    { key: 'search', path: '/search', label: 'menu.search', icon: <FileSearchOutlined /> },
  ],
  routes: [
    { path: 'publish/articles', ...page(() => import('./article-list/index'), PublishAccess.write) },
    { path: 'publish/articles/new', ...page(() => import('./article-detail/index'), PublishAccess.write) },
    { path: 'publish/articles/:id', ...page(() => import('./article-detail/index'), PublishAccess.write) },
    { path: 'publish/ingest', ...page(() => import('./ingest/index'), PublishAccess.write) },
    { path: 'publish/top-ten', ...page(() => import('./top-ten/index'), PublishAccess.review) },
    { path: 'publish/figures', ...page(() => import('./figures/index'), PublishAccess.write) },
    { path: 'search', ...page(() => import('./search/index')) },
  ],
  publicRoutes: [
    { index: true, ...page(() => import('./portal/index')) },
    { path: 'news', ...page(() => import('./news-list/index')) },
    { path: 'news/:id', ...page(() => import('./news-detail/index')) },
    { path: 'top-ten', ...page(() => import('./public-top-ten/index')) },
    { path: 'search', ...page(() => import('./search/public')) },
    { path: 'services', ...page(() => import('./service-hall/index')) },
  ],
  messages: { zh: { ...publishMessages.zh, ...serviceHallMessages.zh }, en: { ...publishMessages.en, ...serviceHallMessages.en } },
  homeWidgets: [ReviewQueueCard],
  actions: {
    submit: { zh: '提交审核', en: 'Submitted for review' },
    publish: { zh: '发布', en: 'Published', color: 'green' },
    reject: { zh: '退回修改', en: 'Sent back', color: 'red' },
    unpublish: { zh: '撤回发布', en: 'Withdrawn' },
    attach: { zh: '上传附件', en: 'File attached' },
    detach: { zh: '移除附件', en: 'File removed' },
  },
  valueLabels: { article: { status: ArticleStatusLabels }, topTen: { status: ArticleStatusLabels } },
  entities: {
    article: { zh: '资讯', en: 'article', path: (id) => `/publish/articles/${id}` },
    reportedFigure: { zh: '报送数据', en: 'reported figure' },
    topTen: { zh: '十大事件', en: 'top-ten events', path: () => '/publish/top-ten' },
  },
};
