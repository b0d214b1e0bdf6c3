import { BarChartOutlined, ControlOutlined, EnvironmentOutlined, InteractionOutlined, ProfileOutlined, SearchOutlined, SwapOutlined, UnlockOutlined } from '@ant-design/icons';
import { UtilisationAccess } from '../../../../common/utilisation';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { utilisationMessages } from './messages';

/** IP utilisation: open licences and their catalogue, licence applications, transfers, statistics, GIs and brands. */
export const utilisationModule: WebModule = {
  key: 'utilisation',
  order: 55,
  menu: [
    {
      key: 'utilisation',
      label: 'menu.utilisation',
      icon: <UnlockOutlined />,
      roles: UtilisationAccess.read,
      children: [
        { key: 'utilisation-catalogue', path: '/utilisation/catalogue', label: 'menu.utilisation.catalogue', icon: <SearchOutlined />, roles: UtilisationAccess.read },
        { key: 'utilisation-declarations', path: '/utilisation/declarations', label: 'menu.utilisation.declarations', icon: <ProfileOutlined />, roles: UtilisationAccess.read },
        { key: 'utilisation-applications', path: '/utilisation/applications', label: 'menu.utilisation.applications', icon: <InteractionOutlined />, roles: UtilisationAccess.read },
        { key: 'utilisation-transfers', path: '/utilisation/transfers', label: 'menu.utilisation.transfers', icon: <SwapOutlined />, roles: UtilisationAccess.read },
        { key: 'utilisation-statistics', path: '/utilisation/statistics', label: 'menu.utilisation.statistics', icon: <BarChartOutlined />, roles: UtilisationAccess.district },
        { key: 'utilisation-gis', path: '/utilisation/gis', label: 'menu.utilisation.gis', icon: <EnvironmentOutlined />, roles: UtilisationAccess.district },
        { key: 'utilisation-rules', path: '/utilisation/rules', label: 'menu.utilisation.rules', icon: <ControlOutlined />, roles: UtilisationAccess.read },
      ],
    },
  ],
  routes: [
    { path: 'utilisation/catalogue', ...page(() => import('./catalogue/index'), UtilisationAccess.read) },
    { path: 'utilisation/declarations', ...page(() => import('./declarations/index'), UtilisationAccess.read) },
    { path: 'utilisation/applications', ...page(() => import('./applications/index'), UtilisationAccess.read) },
    { path: 'utilisation/applications/:id', ...page(() => import('./applications/index'), UtilisationAccess.read) },
    { path: 'utilisation/transfers', ...page(() => import('./transfers/index'), UtilisationAccess.read) },
    { path: 'utilisation/statistics', ...page(() => import('./statistics/index'), UtilisationAccess.district) },
    { path: 'utilisation/gis', ...page(() => import('./gis/index'), UtilisationAccess.district) },
    { path: 'utilisation/rules', ...page(() => import('./rules/index'), UtilisationAccess.read) },
  ],
  publicRoutes: [{ path: 'open-licences', ...page(() => import('./catalogue/public')) }],
  messages: utilisationMessages,
  entities: {
    utilisationDeclaration: { zh: '开放许可声明', en: 'open-licence declaration', path: () => '/utilisation/declarations' },
    utilisationTransfer: { zh: '转让许可登记', en: 'assignment or licence', path: () => '/utilisation/transfers' },
    utilisationGi: { zh: '地理标志', en: 'geographical indication', path: () => '/utilisation/gis' },
    utilisationBrand: { zh: '品牌培育计划', en: 'brand programme', path: () => '/utilisation/gis' },
    utilisationRule: { zh: '开放许可规则', en: 'open-licence rule', path: () => '/utilisation/rules' },
  },
};
