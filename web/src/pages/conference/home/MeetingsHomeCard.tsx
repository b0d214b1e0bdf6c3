import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import { ConferenceAccess } from '../../../../../common/conference';
import { api } from '../../../app/api-client';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { type CountLook, HomeCounts } from '../../../components/HomeCounts';
import { MeetingKindTag } from '../shared';

const LOOKS: Record<string, CountLook> = {
  thisWeek: { label: 'home.meetings.thisWeek', path: '/meetings' },
  toRegister: { label: 'home.meetings.toRegister', path: '/meetings', tone: 'warning' },
};

/** The home card of meetings: this week's, and for the units those they are invited to and may still register for. */
export function MeetingsHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const allowed = hasRole(ConferenceAccess.read);
  const { data, isLoading } = useQuery({ queryKey: ['conference', 'home'], queryFn: () => api.get('/conference/home'), enabled: allowed });
  if (!allowed) return null;
  return (
    <Card title={t('home.meetings.title')} loading={isLoading} extra={<Link to="/meetings">{t('menu.meetings')}</Link>} data-home-card="meetings">
      <HomeCounts counts={data?.counts ?? []} looks={LOOKS} />
      <Typography.Text type="secondary">{t('home.meetings.list')}</Typography.Text>
      {data && data.meetings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.meetings.none')} />
      ) : (
        <List
          size="small"
          dataSource={data?.meetings ?? []}
          renderItem={(m) => (
            <List.Item extra={<MeetingKindTag kind={m.kind} />}>
              <List.Item.Meta title={<Link to={`/meetings/${m.id}`}>{m.title}</Link>} description={`${formatDateTime(m.startsAt)}${m.venue ? `\u3000${m.venue}` : ''}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
