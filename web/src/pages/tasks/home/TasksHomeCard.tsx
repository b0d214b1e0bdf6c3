import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { TasksAccess } from '../../../../../common/tasks';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { type CountLook, HomeCounts } from '../../../components/HomeCounts';
import { FlagTag, StatusTag } from '../shared';

const LOOKS: Record<string, CountLook> = {
  overdue: { label: 'home.tasks.overdue', path: '/tasks', tone: 'danger' },
  atRisk: { label: 'home.tasks.atRisk', path: '/tasks', tone: 'warning' },
  red: { label: 'home.tasks.red', path: '/tasks', tone: 'danger' },
  yellow: { label: 'home.tasks.yellow', path: '/tasks', tone: 'warning' },
  onTrack: { label: 'home.tasks.onTrack', path: '/tasks' },
  reviews: { label: 'home.tasks.reviews', path: '/progress-reviews', tone: 'warning' },
  notices: { label: 'home.tasks.notices', path: '/supervision', tone: 'warning' },
  escalated: { label: 'home.tasks.escalated', path: '/supervision', tone: 'danger' },
  responded: { label: 'home.tasks.responded', path: '/supervision', tone: 'warning' },
  books: { label: 'home.tasks.books', path: '/task-books', tone: 'warning' },
};

/** The home card of key tasks: the office's late and at-risk tasks and queues, or a unit's own tasks by flag and what it must answer. */
export function TasksHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(TasksAccess.read);
  const { data, isLoading } = useQuery({ queryKey: ['tasks', 'home'], queryFn: () => api.get('/tasks/home'), enabled: allowed });
  if (!allowed) return null;
  const thisYear = new Date().getFullYear();
  const office = data?.view === 'office';
  return (
    <Card title={t(office ? 'home.tasks.officeTitle' : 'home.tasks.unitTitle')} loading={isLoading} extra={<Link to="/tasks/dashboard">{t('menu.tasksDashboard')}</Link>} data-home-card="tasks">
      <HomeCounts counts={data?.counts ?? []} looks={LOOKS} />
      <Typography.Text type="secondary">{t(office ? 'home.tasks.urgent' : 'home.tasks.mine')}</Typography.Text>
      {data && data.tasks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.tasks.none')} />
      ) : (
        <List
          size="small"
          dataSource={data?.tasks ?? []}
          renderItem={(x) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/tasks/${x.id}`}>{`${x.path} ${x.title}`}</Link>}
                description={
                  <Space wrap size={4}>
                    {x.year !== thisYear && <Tag>{t('home.tasks.year', { year: x.year })}</Tag>}
                    <Typography.Text type="secondary">{t('home.tasks.due', { date: x.deadline ?? '—' })}</Typography.Text>
                    <StatusTag status={x.status} />
                    <FlagTag flag={x.flag} />
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
