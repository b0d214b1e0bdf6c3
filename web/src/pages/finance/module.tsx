import { AccountBookOutlined, AlertOutlined, BankOutlined, BarChartOutlined, CreditCardOutlined, FileProtectOutlined, FundOutlined, GiftOutlined, OrderedListOutlined, SafetyCertificateOutlined, ShareAltOutlined } from '@ant-design/icons';
import { FinanceAccess, PledgeStatusLabels } from '../../../../common/finance';
import { ClaimStatusLabels, LoanStatusLabels } from '../../../../common/finance-loans';
import { SubsidyStatusLabels } from '../../../../common/finance-subsidies';
import { BatchStatusLabels, CreditStatusLabels } from '../../../../common/finance-whitelist';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { FinanceHomeCard } from './FinanceHomeCard';
import { financeActions } from './finance-labels';
import { financeMessages } from './messages';

const pools = [...FinanceAccess.district, ...FinanceAccess.bank];

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
        { key: 'finance-whitelist-batches', path: '/finance/whitelist-batches', label: 'menu.finance.batches', icon: <OrderedListOutlined />, roles: FinanceAccess.read },
        { key: 'finance-credit-lines', path: '/finance/credit-lines', label: 'menu.finance.creditLines', icon: <CreditCardOutlined />, roles: [...FinanceAccess.manage, ...FinanceAccess.bank, ...FinanceAccess.district] },
        { key: 'finance-loans', path: '/finance/loans', label: 'menu.financeLoans', icon: <AccountBookOutlined />, roles: FinanceAccess.read },
        { key: 'finance-claims', path: '/finance/claims', label: 'menu.financeClaims', icon: <AlertOutlined />, roles: [...FinanceAccess.manage, ...FinanceAccess.bank, ...FinanceAccess.district] },
        { key: 'finance-pools', path: '/finance/pools', label: 'menu.financePools', icon: <FundOutlined />, roles: pools },
        { key: 'finance-subsidies', path: '/finance/subsidies', label: 'menu.financeSubsidies', icon: <GiftOutlined />, roles: [...FinanceAccess.district, ...FinanceAccess.enterprise] },
        { key: 'finance-securitisations', path: '/finance/securitisations', label: 'menu.financeSecuritisations', icon: <ShareAltOutlined />, roles: FinanceAccess.read },
        { key: 'finance-statistics', path: '/finance/statistics', label: 'menu.financeStatistics', icon: <BarChartOutlined />, roles: FinanceAccess.district },
      ],
    },
  ],
  routes: [
    { path: 'finance/pledges', ...page(() => import('./pledges/index'), FinanceAccess.read) },
    { path: 'finance/pledges/:id', ...page(() => import('./pledges/detail'), FinanceAccess.read) },
    { path: 'finance/whitelists', ...page(() => import('./whitelists/index'), FinanceAccess.read) },
    { path: 'finance/whitelist-batches', ...page(() => import('./whitelist-batches/index'), FinanceAccess.read) },
    { path: 'finance/credit-lines', ...page(() => import('./credit-lines/index'), FinanceAccess.read) },
    { path: 'finance/loans', ...page(() => import('./loans/index'), FinanceAccess.read) },
    { path: 'finance/loans/:id', ...page(() => import('./loans/detail'), FinanceAccess.read) },
    { path: 'finance/claims', ...page(() => import('./claims/index'), FinanceAccess.read) },
    { path: 'finance/claims/:id', ...page(() => import('./claims/detail'), FinanceAccess.read) },
    { path: 'finance/pools', ...page(() => import('./pools/index'), pools) },
    { path: 'finance/subsidies', ...page(() => import('./subsidies/index'), FinanceAccess.read) },
    { path: 'finance/securitisations', ...page(() => import('./securitisation/index'), FinanceAccess.read) },
    { path: 'finance/securitisations/:id', ...page(() => import('./securitisation/detail'), FinanceAccess.read) },
    { path: 'finance/statistics', ...page(() => import('./statistics/index'), FinanceAccess.district) },
  ],
  homeWidgets: [FinanceHomeCard],
  messages: financeMessages,
  valueLabels: { financeLoan: { status: LoanStatusLabels }, financeClaim: { status: ClaimStatusLabels }, financeSubsidy: { status: SubsidyStatusLabels }, financePledge: { status: PledgeStatusLabels }, financeWhitelistBatch: { status: BatchStatusLabels }, financeCreditLine: { status: CreditStatusLabels } },
  actions: financeActions,
  entities: {
    financeLoan: { zh: '质押贷款', en: 'loan', path: (id) => `/finance/loans/${id}` },
    financeClaim: { zh: '代偿申请', en: 'compensation claim', path: (id) => `/finance/claims/${id}` },
    financePool: { zh: '风险补偿资金池', en: 'risk pool', path: () => '/finance/pools' },
    financeSubsidy: { zh: '补贴申请', en: 'subsidy application', path: () => '/finance/subsidies' },
    financePledge: { zh: '质押登记', en: 'pledge registration', path: (id: string) => `/finance/pledges/${id}` },
    financeSecuritisation: { zh: '证券化产品', en: 'securitisation product', path: (id: string) => `/finance/securitisations/${id}` },
    financeSigning: { zh: '会议签约', en: 'signing at a meeting', path: () => '/finance/securitisations' },
    financeWhitelistBatch: { zh: '白名单批次', en: 'whitelist batch', path: () => '/finance/whitelist-batches' },
    financeWhitelistApplication: { zh: '白名单申请', en: 'whitelist application', path: () => '/finance/whitelists' },
    financeCreditLine: { zh: '银行授信', en: 'credit line', path: () => '/finance/credit-lines' },
  },
};
