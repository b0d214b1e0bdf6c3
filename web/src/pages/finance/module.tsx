import { BankOutlined } from '@ant-design/icons';
import { FinanceAccess } from '../../../../common/finance';
import type { WebModule } from '../../app/module-types';
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
      children: [],
    },
  ],
  routes: [],
  messages: financeMessages,
  entities: {},
};
