import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format';

/** My calendar subscription: create it (the address is shown once), replace it, or revoke it. */
export function CalendarFeedModal(props: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const { data } = useQuery({ queryKey: ['calendar-feed'], queryFn: () => api.get('/conference/me/calendar-feed'), enabled: props.open });
  const create = useMutation({
    mutationFn: () => api.post('/conference/me/calendar-feed'),
    onSuccess: (f) => {
      setUrl(f.url);
      void qc.invalidateQueries({ queryKey: ['calendar-feed'] });
    },
    onError: (e) => void message.error(e.message),
  });
  const revoke = useMutation({
    mutationFn: () => api.delete('/conference/me/calendar-feed'),
    onSuccess: () => {
      setUrl(null);
      void message.success(t('feed.revoked'));
      void qc.invalidateQueries({ queryKey: ['calendar-feed'] });
    },
    onError: (e) => void message.error(e.message),
  });
  const close = () => {
    setUrl(null);
    props.onClose();
  };
  return (
    <Modal open={props.open} title={t('feed.title')} onCancel={close} footer={<Button onClick={close}>{t('common.confirm')}</Button>} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('feed.explain')}</Typography.Paragraph>
        {url && (
          <Alert
            type="success"
            showIcon
            title={t('feed.created')}
            description={
              <Typography.Paragraph copyable={{ text: url }} style={{ marginBottom: 0, wordBreak: 'break-all' }} data-testid="feed-url">
                {url}
              </Typography.Paragraph>
            }
          />
        )}
        {data?.active && !url && <Alert type="info" showIcon title={t('feed.active', { created: formatDateTime(data.createdAt), used: formatDateTime(data.lastUsedAt) })} />}
        <Space>
          <Button type="primary" loading={create.isPending} onClick={() => create.mutate()}>
            {data?.active ? t('feed.replace') : t('feed.create')}
          </Button>
          {data?.active && (
            <Popconfirm title={t('feed.revokeConfirm')} onConfirm={() => revoke.mutate()}>
              <Button danger>{t('feed.revoke')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
    </Modal>
  );
}
