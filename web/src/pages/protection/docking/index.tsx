import { DownloadOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Segmented, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Delivery, type Webhook, type WebhookCreate, WebhookCreateSchema } from '../../../../../common/protection-admin';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { PageContainer } from '../../../components/PageContainer';
import { OrgChoice } from '../shared';
import { formatDateTime } from '../../../app/format';

const shape = WebhookCreateSchema.shape;

/** Court docking: the endpoints that receive case events, and every delivery with its retries. */
export default function DockingPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<WebhookCreate>();
  const [editing, setEditing] = useState<Webhook | null | undefined>(undefined);
  const [status, setStatus] = useState<'all' | 'pending' | 'delivered'>('all');
  const [page, setPage] = useState(1);
  const { data: hooks = [] } = useQuery({ queryKey: ['protection', 'webhooks'], queryFn: () => api.get('/protection/webhooks') });
  const query = { status: status === 'all' ? undefined : status, page, pageSize: 20 };
  const { data: deliveries, isFetching } = useQuery({ queryKey: ['protection', 'deliveries', query], queryFn: () => api.get('/protection/deliveries', { params: { query } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['protection'] });
  const open = (w: Webhook | null) => {
    form.resetFields();
    form.setFieldsValue(w ? { ...w, courtId: w.court?.id, secret: undefined } : { active: true });
    setEditing(w);
  };
  const { saving, submit } = useFormSave(
    form,
    async (values) => {
      // An empty secret keeps the one the endpoint has.
      const { secret, ...rest } = values;
      const body = secret ? { ...rest, secret } : rest;
      if (editing) return api.patch('/protection/webhooks/{id}', { params: { path: { id: editing.id } }, body });
      else return api.post('/protection/webhooks', { body });
    },
    () => {
      setEditing(undefined);
      refresh();
    },
  );
  const runNow = () =>
    void api
      .post('/protection/deliveries/run')
      .then((r) => {
        void message.info(t('protection.docking.ran', r));
        refresh();
      })
      .catch((e: Error) => message.error(e.message));

  return (
    <PageContainer title={t('protection.docking.title')} card={false}>
      <Alert type="info" showIcon title={t('protection.docking.intro')} style={{ marginBottom: 16 }} />
      <Card title={t('protection.docking.webhooks')} size="small" style={{ marginBottom: 16 }} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>{t('protection.docking.add')}</Button>}>
        <Table<Webhook>
          rowKey="id"
          size="small"
          dataSource={hooks}
          pagination={false}
          columns={[
            { title: t('protection.docking.name'), dataIndex: 'name' },
            { title: t('protection.docking.url'), dataIndex: 'url', render: (u: string) => <Typography.Text code>{u}</Typography.Text> },
            { title: t('protection.docking.court'), dataIndex: ['court', 'name'], render: (n: string | undefined) => n ?? t('common.all') },
            { title: t('protection.docking.active'), dataIndex: 'active', width: 80, render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{a ? t('common.yes') : t('common.no')}</Tag> },
            { title: t('protection.docking.pending'), dataIndex: 'pending', width: 80 },
            { title: t('protection.docking.delivered'), dataIndex: 'delivered', width: 80 },
            {
              title: t('common.actions'),
              key: 'a',
              width: 120,
              render: (_: unknown, w) => (
                <Space>
                  <a onClick={() => open(w)}>{t('common.edit')}</a>
                  <Popconfirm title={t('common.confirmDelete')} onConfirm={() => void api.delete('/protection/webhooks/{id}', { params: { path: { id: w.id } } }).then(refresh).catch((e: Error) => message.error(e.message))}>
                    <a>{t('common.delete')}</a>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('protection.docking.deliveries')}
        size="small"
        extra={
          <Space>
            <Segmented value={status} onChange={(v) => { setStatus(v as typeof status); setPage(1); }} options={[{ value: 'all', label: t('common.all') }, { value: 'pending', label: t('protection.docking.pending') }, { value: 'delivered', label: t('protection.docking.delivered') }]} />
            <Button icon={<SendOutlined />} onClick={runNow}>{t('protection.docking.runNow')}</Button>
            <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/deliveries/export.xlsx', { query: { status: query.status } }).catch((e: Error) => message.error(e.message))}>
              {t('common.export')}
            </Button>
          </Space>
        }
      >
        <Table<Delivery>
          rowKey={(d) => `${d.outboxId}-${d.webhookId}`}
          size="small"
          loading={isFetching}
          dataSource={deliveries?.items}
          pagination={{ current: page, pageSize: 20, total: deliveries?.total, onChange: setPage, showTotal: (n) => t('common.total', { total: n }) }}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('protection.docking.event'), dataIndex: 'eventType', width: 160 },
            { title: t('protection.field.caseNo'), dataIndex: 'caseNo', width: 220, render: (no: string, d) => <Link to={`/protection/cases/${d.caseId}`}>{no}</Link> },
            { title: t('protection.docking.name'), dataIndex: 'webhookName', ellipsis: true },
            { title: t('protection.cases.status'), dataIndex: 'status', width: 90, render: (s: Delivery['status']) => <Tag color={s === 'delivered' ? 'green' : 'gold'}>{t(`protection.docking.${s}`)}</Tag> },
            { title: t('protection.docking.attempts'), dataIndex: 'attempts', width: 90 },
            { title: t('protection.docking.lastError'), dataIndex: 'lastError', width: 140, render: (e: string | null) => e ?? '—' },
            { title: t('protection.docking.nextAttempt'), dataIndex: 'nextAttemptAt', width: 170, render: (v: string | null) => formatDateTime(v) },
            {
              title: t('common.actions'),
              key: 'a',
              width: 100,
              render: (_: unknown, d) =>
                d.status === 'pending' ? (
                  <a onClick={() => void api.post('/protection/deliveries/{outboxId}/{webhookId}/retry', { params: { path: { outboxId: Number(d.outboxId), webhookId: d.webhookId } } }).then(runNow).catch((e: Error) => message.error(e.message))}>{t('protection.docking.retry')}</a>
                ) : null,
            },
          ]}
        />
      </Card>
      <FormDrawer open={editing !== undefined} onClose={() => setEditing(undefined)} title={editing ? editing.name : t('protection.docking.add')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('protection.docking.name')} rules={[zodRule(shape.name)]}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Form.Item name="url" label={t('protection.docking.url')} rules={[zodRule(shape.url)]}>
            <Input count={{ max: 500 }} placeholder="https://court.example.org/zhichan/events" />
          </Form.Item>
          <Form.Item name="secret" label={t('protection.docking.secret')} extra={t('protection.docking.secretHint')}>
            <Input.Password count={{ max: 200 }} autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="courtId" label={t('protection.docking.court')}>
            <OrgChoice kind="court" allowClear />
          </Form.Item>
          <Form.Item name="active" label={t('protection.docking.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </FormDrawer>
    </PageContainer>
  );
}
