import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { type CountLook, HomeCounts } from '../../components/HomeCounts';

const CASES = '/enforcement/cases';
const TRANSFERS = '/enforcement/transfers';
const CLUES = '/enforcement/clues';
const DETENTIONS = '/enforcement/detentions';

/** How each enforcement count looks on the home card, and the list it opens (with the count's own query). */
const LOOKS: Record<string, CountLook> = {
  checking: { label: 'enforcement.home.checking', path: CASES, tone: 'warning' },
  investigating: { label: 'enforcement.home.investigating', path: CASES },
  overdue: { label: 'enforcement.home.overdue', path: CASES, tone: 'danger' },
  mine: { label: 'enforcement.home.mine', path: CASES },
  toApprove: { label: 'enforcement.home.toApprove', path: TRANSFERS, tone: 'warning' },
  toDecide: { label: 'enforcement.home.toDecide', path: TRANSFERS, tone: 'warning' },
  reconsidering: { label: 'enforcement.home.reconsidering', path: TRANSFERS, tone: 'warning' },
  all: { label: 'enforcement.home.allTransfers', path: TRANSFERS },
  waitingPolice: { label: 'enforcement.home.waitingPolice', path: TRANSFERS, tone: 'warning' },
  opened: { label: 'enforcement.home.opened', path: TRANSFERS },
  transfersOverdue: { label: 'enforcement.home.transfersOverdue', path: TRANSFERS, tone: 'danger' },
  cluesWaiting: { label: 'enforcement.home.cluesWaiting', path: CLUES, tone: 'warning' },
  cluesAcknowledged: { label: 'enforcement.home.cluesAcknowledged', path: CLUES },
  cluesUnanswered: { label: 'enforcement.home.cluesUnanswered', path: `${CLUES}/unanswered`, tone: 'danger' },
  notified: { label: 'enforcement.home.notified', path: DETENTIONS, tone: 'warning' },
  detained: { label: 'enforcement.home.detained', path: DETENTIONS },
};
/** Overdue transfers are what the police and the procuratorate watch; the officer's overdue count is of cases. */
const TRANSFER_VIEWS = new Set(['police', 'procuratorate']);

/** The enforcement card: what waits for the caller's part (officer, police, procuratorate, customs, office, party), each number a link to its list. */
export function EnforcementHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(['admin', 'office', 'district', 'officer', 'liaison', 'court', 'enterprise']);
  const { me } = useSession();
  const { data, isLoading } = useQuery({ queryKey: ['enforcement', 'home', me?.id], queryFn: () => api.get('/enforcement/home'), enabled: allowed });
  if (!allowed || !data || data.view === 'none' || data.counts.length === 0) return null;
  // A party or a member unit with nothing in enforcement does not need the card.
  if ((data.view === 'party' || data.view === 'member') && data.counts.every((c) => c.count === 0)) return null;
  const looks = TRANSFER_VIEWS.has(data.view) ? { ...LOOKS, overdue: { label: 'enforcement.home.transfersOverdue', path: TRANSFERS, tone: 'danger' as const } } : LOOKS;
  const main = data.view === 'customs' ? DETENTIONS : TRANSFER_VIEWS.has(data.view) ? TRANSFERS : data.view === 'member' ? CLUES : CASES;
  return (
    <Card title={t(`enforcement.home.title.${data.view}`)} loading={isLoading} extra={<Link to={main}>{t('enforcement.home.open')}</Link>} data-home-card="enforcement">
      <HomeCounts counts={data.counts} looks={looks} />
    </Card>
  );
}
