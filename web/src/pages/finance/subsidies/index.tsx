import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Lpr, type SubsidyApplication, type SubsidyBatch, SubsidyKindLabels, type SubsidyPolicy, SubsidyStatusLabels, SubsidyStatusSchema } from '../../../../../common/finance-subsidies';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { percent, yuan } from '../loan-format';

const lastYear = new Date().getFullYear() - 1;

/** The working of a subsidy, line by line. */
function Working({ a }: { a: SubsidyApplication }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }}>
      {a.working.lines.map((l, i) => <div key={i}>{`${l.contractNo ?? ''} ${l.note}`}</div>)}
      {a.working.notes.map((n) => <div key={n}><Typography.Text type="secondary">{n}</Typography.Text></div>)}
    </Typography.Paragraph>
  );
}

/** Enterprises' applications: the enterprise applies, the office reviews and puts approved ones in a payment batch. */
function Applications({ policies }: { policies: SubsidyPolicy[] }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const office = hasRole(['office', 'admin']);
  const [selected, setSelected] = useState<string[]>([]);
  const [applyForm] = Form.useForm<{ policyId: string; year: number }>();
  const list = useListQuery('/finance/subsidies', { sort: 'createdAt', order: 'desc' }, ['status']);
  const { data, isFetching } = useQuery({ queryKey: ['finance-subsidies', list.query], queryFn: () => api.get('/finance/subsidies', { params: { query: list.query } }) });
  const f = list.params.filters;
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['finance-subsidies'] });
  const fail = (err: unknown) => { const text = applyApiError(null, err); if (text) void message.error(text); };
  const review = (id: string, approve: boolean) => void api.post('/finance/subsidies/{id}/review', { params: { path: { id } }, body: { approve, note: null } }).then(reload, fail);
  const batch = () => {
    let title = `${lastYear}年度知识产权质押融资贴息批次`;
    Modal.confirm({
      title: t('finance.subsidies.newBatch'),
      content: <Input defaultValue={title} onChange={(e) => (title = e.target.value)} aria-label={t('finance.subsidies.batchTitle')} />,
      onOk: () => api.post('/finance/subsidy-batches', { body: { regionCode: '440300', title, applicationIds: selected } }).then(() => { setSelected([]); reload(); void queryClient.invalidateQueries({ queryKey: ['finance-batches'] }); }, fail),
    });
  };
  return (
    <>
      {hasRole(['enterprise']) && (
        <Form form={applyForm} layout="inline" style={{ marginBottom: 12 }} initialValues={{ year: lastYear }} onFinish={(v) => void api.post('/finance/subsidies', { body: { policyId: v.policyId, year: Number(v.year), feePaidFen: 0 } }).then(reload, (err: unknown) => { const text = applyApiError(applyForm, err); if (text) void message.error(text); })}>
          <Form.Item name="policyId" rules={[{ required: true }]}><Select placeholder={t('finance.subsidy.policy')} style={{ width: 260 }} options={policies.map((p) => ({ value: p.id, label: p.name }))} /></Form.Item>
          <Form.Item name="year" rules={[{ required: true }]}><Select style={{ width: 100 }} options={[0, 1, 2].map((i) => ({ value: lastYear + 1 - i, label: String(lastYear + 1 - i) }))} /></Form.Item>
          <Button type="primary" htmlType="submit">{t('finance.subsidies.apply')}</Button>
        </Form>
      )}
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('finance.subsidy.enterprise')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" allowClear placeholder={t('finance.subsidy.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={SubsidyStatusSchema.options.map((s) => ({ value: s, label: label(SubsidyStatusLabels[s]) }))} style={{ minWidth: 160 }} />
        <Select allowClear placeholder={t('finance.subsidy.year')} value={list.text('year')} onChange={(year?: string) => list.setFilters({ ...f, year })} options={[0, 1, 2].map((i) => ({ value: String(lastYear + 1 - i), label: String(lastYear + 1 - i) }))} style={{ width: 100 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/subsidies/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        {office && <Button type="primary" disabled={selected.length === 0} onClick={batch} title={t('finance.subsidies.selectApproved')}>{t('finance.subsidies.newBatch')}</Button>}
      </Space>
      <Table<SubsidyApplication>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<SubsidyApplication>(data?.total, t)}
        rowSelection={office ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (a) => ({ disabled: a.status !== 'approved' || !!a.batchId }) } : undefined}
        expandable={{ expandedRowRender: (a) => <Working a={a} /> }}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('finance.subsidy.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise', sorter: true, sortOrder: list.sortOrder('enterprise') },
          { title: t('finance.subsidy.policy'), dataIndex: 'policyName', width: 200 },
          { title: t('finance.subsidy.year'), dataIndex: 'year', width: 70 },
          { title: t('finance.subsidy.amount'), dataIndex: 'amountFen', key: 'amountFen', width: 130, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number) => `${yuan(v)} 元` },
          { title: t('finance.subsidy.status'), dataIndex: 'status', width: 100, render: (s: SubsidyApplication['status']) => <Tag color={SubsidyStatusLabels[s].color}>{label(SubsidyStatusLabels[s])}</Tag> },
          { title: t('finance.subsidy.batch'), dataIndex: 'batchTitle', width: 200 },
          ...(office ? [{ title: '', key: 'review', width: 150, render: (_: unknown, a: SubsidyApplication) => a.status === 'submitted' && <Space><Button size="small" type="link" onClick={() => review(a.id, true)}>{t('finance.subsidy.approve')}</Button><Button size="small" type="link" danger onClick={() => review(a.id, false)}>{t('finance.subsidy.reject')}</Button></Space> }] : []),
        ]}
      />
    </>
  );
}

/** Interest and fee subsidies: applications, policies, payment batches and the LPR they are computed from. */
export default function SubsidiesPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const { data: policies } = useQuery({ queryKey: ['finance-policies'], queryFn: () => api.get('/finance/subsidy-policies') });
  const { data: lpr } = useQuery({ queryKey: ['finance-lpr'], queryFn: () => api.get('/finance/lpr') });
  const { data: batches } = useQuery({ queryKey: ['finance-batches'], queryFn: () => api.get('/finance/subsidy-batches', { params: { query: { pageSize: 100 } } }), enabled: hasRole(['office', 'admin', 'district']) });
  const tabs = [
    { key: 'applications', label: t('finance.subsidies.applications'), children: <Applications policies={policies ?? []} /> },
    {
      key: 'policies',
      label: t('finance.subsidies.policies'),
      children: (
        <Table<SubsidyPolicy> rowKey="id" size="small" pagination={false} dataSource={policies} columns={[
          { title: t('finance.subsidy.policy'), dataIndex: 'name' },
          { title: t('finance.subsidy.kind'), dataIndex: 'kind', render: (k: SubsidyPolicy['kind']) => label(SubsidyKindLabels[k]) },
          { title: t('finance.subsidy.share'), dataIndex: 'shareBp', width: 90, render: (v: number) => percent(v) },
          { title: t('finance.subsidy.cap'), dataIndex: 'capPerEnterpriseYearFen', width: 140, render: (v: number) => `${yuan(v)} 元` },
          { title: t('finance.subsidy.firstTime'), dataIndex: 'firstTimeOnly', width: 110, render: (v: boolean) => (v ? t('finance.yes') : '') },
          { title: t('finance.subsidy.valid'), key: 'valid', width: 200, render: (_: unknown, p) => `${p.validFrom} ~ ${p.validTo ?? ''}` },
          { title: t('finance.subsidy.source'), dataIndex: 'source' },
        ]} />
      ),
    },
    ...(batches
      ? [{
          key: 'batches',
          label: t('finance.subsidies.batches'),
          children: (
            <Table<SubsidyBatch> rowKey="id" size="small" dataSource={batches.items} pagination={false} columns={[
              { title: t('finance.subsidies.batchTitle'), dataIndex: 'title' },
              { title: t('finance.subsidy.count'), dataIndex: 'count', width: 90 },
              { title: t('finance.subsidy.total'), dataIndex: 'totalFen', width: 150, align: 'right', render: (v: number) => `${yuan(v)} 元` },
              { title: t('finance.subsidy.approvedAt'), dataIndex: 'approvedAt', width: 180, render: (v: string | null) => (v ? new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '') },
              { title: '', key: 'x', width: 100, render: (_: unknown, b) => <Button size="small" icon={<DownloadOutlined />} onClick={() => void api.download('/finance/subsidies/export.xlsx', { query: { batchId: b.id } }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button> },
            ]} />
          ),
        }]
      : []),
    {
      key: 'lpr',
      label: t('finance.subsidies.lpr'),
      children: (
        <Table<Lpr> rowKey="month" size="small" dataSource={[...(lpr ?? [])].reverse()} pagination={{ pageSize: 12 }} columns={[
          { title: t('finance.subsidy.month'), dataIndex: 'month', width: 100 },
          { title: t('finance.subsidy.oneYear'), dataIndex: 'oneYearBp', width: 110, render: (v: number) => percent(v) },
          { title: t('finance.subsidy.fiveYear'), dataIndex: 'fiveYearBp', width: 130, render: (v: number | null) => (v ? percent(v) : '') },
          { title: t('finance.subsidy.source'), dataIndex: 'source' },
        ]} />
      ),
    },
  ];
  return (
    <PageContainer title={t('finance.subsidies.title')}>
      <Tabs items={tabs} />
    </PageContainer>
  );
}
