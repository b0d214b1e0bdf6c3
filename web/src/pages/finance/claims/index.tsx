import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Claim, type ClaimCreate, ClaimCreateSchema, ClaimStatusLabels, ClaimStatusSchema } from '../../../../../common/finance-loans';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { FileField } from '../FileField';
import { required, ymd } from '../form-values';
import { wanYuan } from '../loan-format';

type ClaimForm = Omit<ClaimCreate, 'lossFen' | 'defaultConfirmedOn'> & { loss: string; defaultConfirmedOn: Dayjs };
const shape = ClaimCreateSchema.shape;

/** The bank's claim on one of its loans in default: the loss, the recovery efforts and the evidence files. */
function ClaimDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClaimForm>();
  const { data: loans } = useQuery({ queryKey: ['finance-loans', 'defaulted'], queryFn: () => api.get('/finance/loans', { params: { query: { status: 'defaulted', pageSize: 200 } } }), enabled: open });
  const { data: pools } = useQuery({ queryKey: ['finance-pools'], queryFn: () => api.get('/finance/pools'), enabled: open });
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/finance/claims', { body: { loanId: v.loanId, poolId: v.poolId, defaultConfirmedOn: ymd(v.defaultConfirmedOn), lossFen: yuanToFen(v.loss), recoveryEfforts: v.recoveryEfforts, evidenceFileIds: v.evidenceFileIds ?? [] } }),
    (c) => void navigate(`/finance/claims/${c.id}`),
  );
  return (
    <FormDrawer open={open} onClose={onClose} title={t('finance.claims.new')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ evidenceFileIds: [] }}>
        <Form.Item name="loanId" label={t('finance.claim.loan')} rules={[zodRule(shape.loanId)]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={(loans?.items ?? []).map((l) => ({ value: l.id, label: `${l.contractNo} ${l.enterpriseName}` }))} />
        </Form.Item>
        <Form.Item name="poolId" label={t('finance.claim.pool')} rules={[zodRule(shape.poolId)]}><Select options={(pools ?? []).map((p) => ({ value: p.id, label: p.name }))} /></Form.Item>
        <Form.Item name="defaultConfirmedOn" label={t('finance.claim.defaultConfirmedOn')} rules={[required, dateRule()]}><DateInput style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="loss" label={t('finance.claim.loss')} rules={[moneyRule(true)]}><MoneyInput /></Form.Item>
        <Form.Item name="recoveryEfforts" label={t('finance.claim.efforts')} rules={[zodRule(shape.recoveryEfforts)]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="evidenceFileIds" label={t('finance.claim.evidence')} extra={t('finance.claim.evidenceHint')}><FileField multiple /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Compensation claims: the bank's own, or those the office reviews. */
export default function ClaimListPage() {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [drawer, setDrawer] = useState(false);
  const list = useListQuery('/finance/claims', { sort: 'appliedOn', order: 'desc' }, ['status']);
  const { data, isFetching } = useQuery({ queryKey: ['finance-claims', list.query], queryFn: () => api.get('/finance/claims', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('finance.claims.title')}
      extra={
        <Space wrap>
          {hasRole(['bank']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('finance.claims.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/claims/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('finance.claims.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" allowClear placeholder={t('finance.claim.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={ClaimStatusSchema.options.map((s) => ({ value: s, label: label(ClaimStatusLabels[s]) }))} style={{ minWidth: 200 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Claim>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Claim>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('finance.loan.contractNo'), dataIndex: 'contractNo', width: 150, render: (v: string, c) => <Link to={`/finance/claims/${c.id}`}>{v}</Link> },
          { title: t('finance.loan.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('finance.loan.bank'), dataIndex: 'bankName', width: 200 },
          { title: t('finance.claim.appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 110, sorter: true, sortOrder: list.sortOrder('appliedOn') },
          { title: t('finance.claim.loss'), dataIndex: 'lossFen', key: 'lossFen', width: 130, align: 'right', sorter: true, sortOrder: list.sortOrder('lossFen'), render: (v: number) => wanYuan(v, locale) },
          { title: t('finance.claim.paid'), dataIndex: 'paidFen', width: 130, align: 'right', render: (v: number) => wanYuan(v, locale) },
          { title: t('finance.claim.status'), dataIndex: 'status', key: 'status', width: 150, sorter: true, sortOrder: list.sortOrder('status'), render: (s: Claim['status']) => <Tag color={ClaimStatusLabels[s].color}>{label(ClaimStatusLabels[s])}</Tag> },
        ]}
      />
      <ClaimDrawer open={drawer} onClose={() => setDrawer(false)} />
    </PageContainer>
  );
}
