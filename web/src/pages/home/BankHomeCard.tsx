import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { type CountLook, HomeCounts } from '../../components/HomeCounts';
import { FINANCE_LOOKS } from '../finance/FinanceHomeCard';

/** Whitelist counts, filled in by the whitelist pages. */
const WHITELIST_LOOKS: Record<string, CountLook> = {};

/** The bank officer's card: its loans by state, overdue loans, claims under way, and its whitelist. */
export function BankHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(['bank']);
  const { data, isLoading } = useQuery({ queryKey: ['finance', 'home'], queryFn: () => api.get('/finance/home'), enabled: allowed });
  if (!allowed) return null;
  return (
    <Card title={t('home.bank.title')} loading={isLoading} extra={<Link to="/finance/loans">{t('menu.financeLoans')}</Link>} data-home-card="bank">
      <HomeCounts counts={data?.loanCounts ?? []} looks={FINANCE_LOOKS} />
      <HomeCounts counts={data?.claimCounts ?? []} looks={FINANCE_LOOKS} />
      <HomeCounts counts={data?.whitelistCounts ?? []} looks={WHITELIST_LOOKS} />
    </Card>
  );
}
