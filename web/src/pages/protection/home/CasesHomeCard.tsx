import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { ProtectionAccess } from '../../../../../common/protection';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { type CountLook, HomeCounts } from '../../../components/HomeCounts';
import { DueCell, StatusTag } from '../shared';

const CASES = '/protection/cases';
const LOOKS: Record<string, CountLook> = {
  open: { label: 'home.cases.open', path: CASES },
  overdue: { label: 'home.cases.overdue', path: CASES, tone: 'danger' },
  dueSoon: { label: 'home.cases.dueSoon', path: CASES, tone: 'warning' },
  'waiting.office': { label: 'home.cases.waiting.office', path: CASES, tone: 'warning' },
  'waiting.mediator': { label: 'home.cases.waiting.mediator', path: CASES, tone: 'warning' },
  'waiting.court': { label: 'home.cases.waiting.court', path: CASES, tone: 'warning' },
  'waiting.party': { label: 'home.cases.waiting.party', path: CASES, tone: 'warning' },
  ended: { label: 'home.cases.ended', path: CASES },
};

/** The home card of dispute cases: the caller's open cases by next deadline, those past it or due within a week, and what waits for them. */
export function CasesHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(ProtectionAccess.cases);
  const party = hasRole(['enterprise']) && !hasRole(ProtectionAccess.manage);
  const { data, isLoading } = useQuery({ queryKey: ['protection', 'home'], queryFn: () => api.get('/protection/home'), enabled: allowed });
  if (!allowed) return null;
  return (
    <Card
      title={t(party ? 'home.cases.partyTitle' : 'protection.home.title')}
      loading={isLoading}
      extra={party ? <Link to="/protection/cases/new">{t('menu.protectionNew')}</Link> : <Link to="/protection/deadlines">{t('menu.protectionDeadlines')}</Link>}
      data-home-card="cases"
    >
      <HomeCounts counts={data?.counts ?? []} looks={LOOKS} />
      <Typography.Text type="secondary">{t('home.cases.list')}</Typography.Text>
      {data && data.cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(party ? 'home.cases.partyNone' : 'protection.home.empty')} />
      ) : (
        <List
          size="small"
          dataSource={data?.cases ?? []}
          renderItem={(c) => (
            <List.Item extra={<DueCell dueOn={c.dueOn} dueKind={c.dueKind} />}>
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <Link to={`/protection/cases/${c.id}`}>{c.caseNo}</Link>
                    <StatusTag status={c.status} />
                  </Space>
                }
                description={<Typography.Text type="secondary" ellipsis={{ tooltip: true }}>{t('home.cases.parties', { a: c.applicantNames, b: c.respondentNames })}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
