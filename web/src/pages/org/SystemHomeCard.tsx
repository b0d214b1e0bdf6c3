import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import { OrgAccess } from '../../../../common/roles';
import { api } from '../../app/api-client';
import { formatDateTime, platformToday, platformYear } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';

const DAY = 86_400_000;

/**
 * The administrator's card: what keeps the platform trustworthy. A backup older than two days or one that
 * failed its check, and a year whose holiday arrangement is not held (deadlines in it would count only
 * weekends as days off), are shown in red with the page that fixes them.
 */
export function SystemHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(OrgAccess.admin);
  const year = platformYear();
  // From October the next year's deadlines are already being set, so its arrangement matters too.
  const years = platformToday().slice(5, 7) >= '10' ? [year, year + 1] : [year];
  const backups = useQuery({
    queryKey: ['backups', 'home'],
    queryFn: async () => {
      const last = (await api.get('/platform/backups')).backups[0];
      return { last, stale: !last || Date.now() - Date.parse(last.createdAt) > 2 * DAY || last.verified === false };
    },
    enabled: allowed,
  });
  const calendars = useQuery({
    queryKey: ['calendar', 'coverage', years],
    queryFn: () => Promise.all(years.map((y) => api.get('/platform/calendar/years/{year}', { params: { path: { year: y } } }))),
    enabled: allowed,
  });
  if (!allowed) return null;
  const last = backups.data?.last;
  const items = [
    {
      key: 'backup',
      bad: backups.data?.stale ?? false,
      text: last ? t(last.verified === false ? 'home.system.backupFailed' : 'home.system.backupAt', { at: formatDateTime(last.createdAt) }) : t('home.system.noBackup'),
      to: '/admin/backups',
    },
    ...(calendars.data ?? []).map((c) => ({ key: `cal-${c.year}`, bad: !c.covered, text: t(c.covered ? 'home.system.calendarHeld' : 'home.system.calendarMissing', { year: c.year }), to: '/admin/calendar' })),
  ];
  return (
    <Card title={t('home.system.title')} loading={backups.isLoading || calendars.isLoading} data-home-card="system">
      <List
        size="small"
        dataSource={items}
        renderItem={(i) => (
          <List.Item key={i.key} extra={<Link to={i.to}>{t('home.system.open')}</Link>}>
            <Typography.Text type={i.bad ? 'danger' : undefined}>{i.text}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
