import { BankOutlined, FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { FinanceAccess } from '../../../../common/finance';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { financeMessages } from './messages';

/** IP finance: pledge registrations, whitelists, loans, risk pools and claims, subsidies, securitisation. */
export const financeModule: WebModule = {
  key: 'finance',
  order: 50,
  menu: [
    {
      key: 'finance',
      label: 'menu.finance',
      icon: <BankOutlined />,
      roles: FinanceAccess.read,
      children: [
        { key: 'finance-pledges', path: '/finance/pledges', label: 'menu.finance.pledges', icon: <FileProtectOutlined />, roles: FinanceAccess.read },
        { key: 'finance-whitelists', path: '/finance/whitelists', label: 'menu.finance.whitelists', icon: <SafetyCertificateOutlined />, roles: FinanceAccess.read },
      ],
    },
  ],
  routes: [
    { path: 'finance/pledges', ...page(() => import('./pledges/index'), FinanceAccess.read) },
    { path: 'finance/pledges/:id', ...page(() => import('./pledges/detail'), FinanceAccess.read) },
    { path: 'finance/whitelists', ...page(() => import('./whitelists/index'), FinanceAccess.read) },
  ],
  messages: financeMessages,
  entities: {
    financePledge: { zh: '质押登记', en: 'Pledge registration', path: (id: string) => `/finance/pledges/${id}` },
  },
};
