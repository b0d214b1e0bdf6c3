import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { type CountLook, HomeCounts } from '../../components/HomeCounts';

/** How the finance counts look on a home card, and the list each opens. */
export const FINANCE_LOOKS: Record<string, CountLook> = {
  submitted: { label: 'finance.home.loansSubmitted', path: '/finance/loans', tone: 'warning' },
  active: { label: 'finance.home.loansActive', path: '/finance/loans' },
  overdue: { label: 'finance.home.loansOverdue', path: '/finance/loans', tone: 'danger' },
  defaulted: { label: 'finance.home.loansDefaulted', path: '/finance/loans', tone: 'danger' },
  closed: { label: 'finance.home.loansClosed', path: '/finance/loans' },
  waiting: { label: 'finance.home.claimsWaiting', path: '/finance/claims', tone: 'warning' },
  paid: { label: 'finance.home.claimsPaid', path: '/finance/claims' },
};
const SUBSIDY_LOOKS: Record<string, CountLook> = {
  submitted: { label: 'finance.home.subsidySubmitted', path: '/finance/subsidies', tone: 'warning' },
  approved: { label: 'finance.home.subsidyApproved', path: '/finance/subsidies' },
};

/** The enterprise's card: its loans and its subsidy requests (the bank's card is on the home page itself). */
export function FinanceHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(['enterprise']);
  const { data, isLoading } = useQuery({ queryKey: ['finance', 'home'], queryFn: () => api.get('/finance/home'), enabled: allowed });
  if (!allowed) return null;
  return (
    <Card title={t('finance.home.enterprise')} loading={isLoading} extra={<Link to="/finance/loans">{t('menu.financeLoans')}</Link>} data-home-card="finance">
      <HomeCounts counts={data?.loanCounts ?? []} looks={FINANCE_LOOKS} />
      <HomeCounts counts={data?.subsidyCounts ?? []} looks={SUBSIDY_LOOKS} />
    </Card>
  );
}
