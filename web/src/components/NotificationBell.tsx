import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../app/api-client';
import { useI18n } from '../app/i18n';
import { formatDateTime } from '../app/format';

/** The bell in the header: unread count and the latest messages (reminders, supervision notices). */
export function NotificationBell() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { data } = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get('/platform/notifications', { params: { query: { pageSize: 8 } } }),
    refetchInterval: 60_000,
  });
  const read = useMutation({
    mutationFn: (id: string) => api.post('/platform/notifications/{id}/read', { params: { path: { id } } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const readAll = useMutation({
    mutationFn: () => api.post('/platform/notifications/read-all'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const content = (
    <div style={{ width: 'min(360px, calc(100vw - 40px))' }}>
      {data && data.items.length > 0 ? (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}
              onClick={() => {
                if (!n.readAt) read.mutate(n.id);
                if (n.link) void navigate(n.link);
              }}
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                description={
                  <>
                    {n.body && <div>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('notifications.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {data && data.unread > 0 && (
        <Button type="link" block onClick={() => readAll.mutate()}>
          {t('notifications.readAll')}
        </Button>
      )}
    </div>
  );
  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" placement="bottomRight">
      <Badge count={data?.unread ?? 0} size="small">
        <Button type="text" icon={<BellOutlined />} aria-label={t('notifications.title')} />
      </Badge>
    </Popover>
  );
}
