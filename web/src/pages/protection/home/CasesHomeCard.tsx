import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Statistic } from 'antd';
import { Link } from 'react-router';
import { ProtectionAccess } from '../../../../../common/protection';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DueCell, StatusTag } from '../shared';

/** The home page card: the caller's open cases by nearest deadline, and how many are overdue. */
export function CasesHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(ProtectionAccess.cases);
  const { data: soon } = useQuery({
    queryKey: ['protection', 'cases', 'home', 'soon'],
    queryFn: () => api.get('/protection/cases', { params: { query: { open: 'true', sort: 'dueOn', order: 'asc', pageSize: 5 } } }),
    enabled: allowed,
  });
  const { data: overdue } = useQuery({
    queryKey: ['protection', 'cases', 'home', 'overdue'],
    queryFn: () => api.get('/protection/cases', { params: { query: { overdue: 'true', pageSize: 1 } } }),
    enabled: allowed,
  });
  if (!allowed) return null;
  return (
    <Card title={t('protection.home.title')} extra={<Link to="/protection/cases?open=true">{t('menu.protectionCases')}</Link>}>
      <Space size={32} style={{ marginBottom: 12 }}>
        <Statistic title={t('protection.home.open')} value={soon?.total ?? 0} />
        <Statistic title={<Link to="/protection/deadlines?view=overdue">{t('protection.home.overdue')}</Link>} value={overdue?.total ?? 0} styles={{ content: { color: overdue?.total ? '#cf1322' : undefined } }} />
      </Space>
      {soon && soon.items.length === 0 ? (
        <Empty description={t('protection.home.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={soon?.items ?? []}
          renderItem={(c) => (
            <List.Item>
              <Space wrap>
                <Link to={`/protection/cases/${c.id}`}>{c.caseNo}</Link>
                <StatusTag status={c.status} />
              </Space>
              <DueCell dueOn={c.dueOn} dueKind={c.dueKind} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
