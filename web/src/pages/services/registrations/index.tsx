import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Registration, RegistrationKindLabels, RegistrationStatusLabels, REGISTRATION_KINDS, REGISTRATION_STATUSES } from '../../../../../common/services';
import { api } from '../../../app/api-client';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';

/** The office's review of self-registrations, and the automatic-approval setting. */
export default function RegistrationListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const list = useListQuery('/services/registrations', { sort: 'createdAt', order: 'desc' }, ['status']);
  const { data, isFetching } = useQuery({ queryKey: ['services-registrations', list.query], queryFn: () => api.get('/services/registrations', { params: { query: list.query } }) });
  const { data: settings } = useQuery({ queryKey: ['services-settings'], queryFn: () => api.get('/services/settings') });
  const f = list.params.filters;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['services-registrations'] });
  const review = (r: Registration, approve: boolean) =>
    void api.post('/services/registrations/{id}/review', { params: { path: { id: r.id } }, body: { approve, note: note || null } }).then(() => {
      setNote('');
      refresh();
      void message.success(t('common.saved'));
    }, (e: Error) => void message.error(e.message));
  const setAuto = (autoApprove: boolean) => void api.put('/services/settings', { body: { autoApprove } }).then((s) => queryClient.setQueryData(['services-settings'], s), (e: Error) => void message.error(e.message));
  return (
    <PageContainer
      title={t('services.reg.title')}
      extra={
        <Space wrap>
          <Space><Switch checked={settings?.autoApprove ?? false} onChange={setAuto} aria-label={t('services.reg.autoApprove')} />{t('services.reg.autoApprove')}</Space>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/services/registrations/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('services.reg.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear placeholder={t('services.q.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: label(RegistrationStatusLabels[s]) }))} style={{ minWidth: 160 }} />
        <Select allowClear placeholder={t('services.reg.kind')} value={(f.kind as string | undefined) ?? undefined} onChange={(kind?: string) => list.setFilters({ ...f, kind })} options={REGISTRATION_KINDS.map((k) => ({ value: k, label: label(RegistrationKindLabels[k]) }))} style={{ minWidth: 120 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Registration>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Registration>(data?.total, t)}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('services.reg.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 160, sorter: true, sortOrder: list.sortOrder('createdAt'), render: (v: string) => formatDateTime(v) },
          { title: t('services.reg.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrder('name'), render: (v: string, r) => <Space direction="vertical" size={0}><span>{v}</span><Typography.Text type="secondary">{label(RegistrationKindLabels[r.kind])}</Typography.Text></Space> },
          { title: t('services.reg.creditCode'), dataIndex: 'creditCode', width: 190, render: (v: string | null, r) => <Space direction="vertical" size={0}><span>{v ?? '—'}</span>{r.duplicateOfName && <Typography.Text type="danger">{t('services.reg.duplicate')}：{r.duplicateOfName}</Typography.Text>}</Space> },
          { title: t('services.reg.contact'), dataIndex: 'contactName', width: 100 },
          { title: t('services.reg.target'), dataIndex: 'target', width: 170 },
          { title: t('services.reg.username'), dataIndex: 'username', width: 130 },
          { title: t('services.q.status'), dataIndex: 'status', key: 'status', width: 140, sorter: true, sortOrder: list.sortOrder('status'), render: (s: Registration['status'], r) => <Space size={4} wrap><Tag color={RegistrationStatusLabels[s].color}>{label(RegistrationStatusLabels[s])}</Tag>{r.automatic && <Tag>{t('services.reg.automatic')}</Tag>}</Space> },
          {
            title: t('services.reg.note'), key: 'actions', width: 220,
            render: (_: unknown, r) => r.status !== 'pending' ? (r.reviewNote ?? '') : (
              <Space wrap>
                <Popconfirm title={<Input placeholder={t('services.reg.note')} value={note} onChange={(e) => setNote(e.target.value)} />} onConfirm={() => review(r, true)}><Button size="small" type="primary">{t('services.reg.approve')}</Button></Popconfirm>
                <Popconfirm title={<Input placeholder={t('services.reg.note')} value={note} onChange={(e) => setNote(e.target.value)} />} onConfirm={() => review(r, false)}><Button size="small" danger>{t('services.reg.reject')}</Button></Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
