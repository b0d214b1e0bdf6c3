import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, Table, type TableColumnType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CollateralLabels, type Loan, type LoanCreate, LoanCreateSchema, LOAN_STATUSES, LoanStatusLabels } from '../../../../../common/finance-loans';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { ImportModal } from '../../../components/ImportModal';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { required, wholeNumberRule, ymd } from '../form-values';
import { percent, percentToBp, wanYuan } from '../loan-format';
import { PartyPicker } from '../PartyPicker';

type LoanForm = Omit<LoanCreate, 'amountFen' | 'rateBp' | 'ipShareBp' | 'signedOn' | 'termMonths'> & { amount: string; rate: string; ipShare: string; signedOn: Dayjs; termMonths: string };
const years = Array.from({ length: 4 }, (_, i) => new Date().getFullYear() - i);
const shape = LoanCreateSchema.shape;
const pct = { validator: async (_: unknown, v: unknown) => { if (v !== undefined && v !== '' && Number.isNaN(percentToBp(v))) throw new Error('请填写百分数，最多两位小数'); } };

/**
 * The bank's form for a new loan: the enterprise found by name or credit code (a bank officer's own
 * organisation picker shows only its bank), the registered pledges behind it, amounts in yuan and rates
 * in percent, sent as fen and basis points.
 */
function LoanDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, label, locale } = useI18n();
  const [form] = Form.useForm<LoanForm>();
  const navigate = useNavigate();
  const collateral = Form.useWatch('collateral', form);
  const enterpriseOrgId = Form.useWatch('enterpriseOrgId', form);
  const pledges = useQuery({
    queryKey: ['finance-pledges', 'for-loan', enterpriseOrgId],
    queryFn: () => api.get('/finance/pledges', { params: { query: { enterpriseOrgId, status: ['registered', 'changed'], pageSize: 100 } } }),
    enabled: open && !!enterpriseOrgId,
  });
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/finance/loans', { body: { enterpriseOrgId: v.enterpriseOrgId, contractNo: v.contractNo, collateral: v.collateral, ipShareBp: v.collateral === 'pureIp' ? 10_000 : percentToBp(v.ipShare), amountFen: yuanToFen(v.amount), rateBp: percentToBp(v.rate), termMonths: Number(v.termMonths), signedOn: ymd(v.signedOn), pledgeIds: v.pledgeIds ?? [] } }),
    (loan) => void navigate(`/finance/loans/${loan.id}`),
  );
  return (
    <FormDrawer open={open} onClose={onClose} title={t('finance.loans.new')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ collateral: 'pureIp', termMonths: '12', pledgeIds: [] }}>
        <Form.Item name="enterpriseOrgId" label={t('finance.loan.enterprise')} rules={[zodRule(shape.enterpriseOrgId)]} extra={t('finance.loan.enterpriseHint')}>
          <PartyPicker kind="enterprise" onChange={() => form.setFieldValue('pledgeIds', [])} />
        </Form.Item>
        <Form.Item name="contractNo" label={t('finance.loan.contractNo')} rules={[zodRule(shape.contractNo)]}><Input /></Form.Item>
        <Form.Item name="pledgeIds" label={t('finance.loan.pledges')} extra={t('finance.loan.pledgesHint')}>
          <Select
            mode="multiple"
            allowClear
            disabled={!enterpriseOrgId}
            options={(pledges.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.registrationNo ?? ''} ${p.rightNumbers}（${wanYuan(p.securedAmountFen, locale)}）` }))}
          />
        </Form.Item>
        <Form.Item name="collateral" label={t('finance.loan.collateral')} rules={[zodRule(shape.collateral)]}><Select options={Object.entries(CollateralLabels).map(([value, l]) => ({ value, label: label(l) }))} /></Form.Item>
        {collateral === 'mixed' && <Form.Item name="ipShare" label={t('finance.loan.ipShare')} rules={[required, pct]}><Input inputMode="decimal" /></Form.Item>}
        <Form.Item name="amount" label={t('finance.loan.amount')} rules={[moneyRule(true)]}><MoneyInput /></Form.Item>
        <Form.Item name="rate" label={t('finance.loan.rate')} rules={[required, pct]}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name="termMonths" label={t('finance.loan.term')} rules={[wholeNumberRule(1, 600)]}><Input inputMode="numeric" /></Form.Item>
        <Form.Item name="signedOn" label={t('finance.loan.signedOn')} rules={[required, dateRule()]}><DateInput style={{ width: '100%' }} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Loans the caller may see: a bank its own, an enterprise its own, a district its district's, the office all. */
export default function LoanListPage() {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState(false);
  const [importing, setImporting] = useState<'loans' | 'repayments' | null>(null);
  const list = useListQuery('/finance/loans', { sort: 'signedOn', order: 'desc' }, ['status']);
  const { data, isFetching } = useQuery({ queryKey: ['finance-loans', list.query], queryFn: () => api.get('/finance/loans', { params: { query: list.query } }) });
  const f = list.params.filters;
  const bank = hasRole(['bank']);
  return (
    <PageContainer
      title={t('finance.loans.title')}
      extra={
        <Space wrap>
          {bank && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('finance.loans.new')}</Button>}
          {bank && <Button icon={<UploadOutlined />} onClick={() => setImporting('loans')}>{t('finance.loans.importLoans')}</Button>}
          {bank && <Button icon={<UploadOutlined />} onClick={() => setImporting('repayments')}>{t('finance.loans.importRepayments')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/loans/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('finance.loans.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" allowClear placeholder={t('finance.loan.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={LOAN_STATUSES.map((s) => ({ value: s, label: label(LoanStatusLabels[s]) }))} style={{ minWidth: 200 }} />
        <Select allowClear placeholder={t('finance.figures.year')} value={list.text('year')} onChange={(year?: string) => list.setFilters({ ...f, year })} options={years.map((y) => ({ value: String(y), label: String(y) }))} style={{ width: 100 }} />
        <Select allowClear placeholder={t('finance.loans.overdue')} value={list.text('overdue')} onChange={(overdue?: string) => list.setFilters({ ...f, overdue })} options={[{ value: 'true', label: t('finance.loans.overdueOnly') }]} style={{ width: 120 }} />
        <Select allowClear placeholder={t('finance.loans.typical')} value={list.text('typicalCase')} onChange={(typicalCase?: string) => list.setFilters({ ...f, typicalCase })} options={[{ value: 'true', label: t('finance.yes') }]} style={{ width: 120 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Loan>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Loan>(data?.total, t)}
        scroll={{ x: 1080 + (bank ? 0 : 220) + (hasRole(['enterprise']) ? 0 : 240) }}
        columns={[
          { title: t('finance.loan.contractNo'), dataIndex: 'contractNo', key: 'contractNo', width: 150, sorter: true, sortOrder: list.sortOrder('contractNo'), render: (v: string, l) => <Link to={`/finance/loans/${l.id}`}>{v}</Link> },
          ...(hasRole(['enterprise']) ? [] : [{ title: t('finance.loan.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise', width: 240, ellipsis: true, sorter: true, sortOrder: list.sortOrder('enterprise') } satisfies TableColumnType<Loan>]),
          ...(bank ? [] : [{ title: t('finance.loan.bank'), dataIndex: 'bankName', width: 220, ellipsis: true }]),
          { title: t('finance.loan.collateral'), dataIndex: 'collateral', width: 150, render: (c: Loan['collateral'], l) => (c === 'pureIp' ? label(CollateralLabels[c]) : `${label(CollateralLabels[c])} ${percent(l.ipShareBp)}`) },
          { title: t('finance.figures.amount'), dataIndex: 'amountFen', key: 'amountFen', width: 130, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number) => wanYuan(v, locale) },
          { title: t('finance.loan.rate'), dataIndex: 'rateBp', width: 90, align: 'right', render: (v: number) => percent(v) },
          { title: t('finance.loan.signedOn'), dataIndex: 'signedOn', key: 'signedOn', width: 110, sorter: true, sortOrder: list.sortOrder('signedOn') },
          { title: t('finance.loan.outstanding'), dataIndex: 'outstandingFen', width: 130, align: 'right', render: (v: number) => wanYuan(v, locale) },
          { title: t('finance.loan.status'), dataIndex: 'status', key: 'status', width: 110, sorter: true, sortOrder: list.sortOrder('status'), render: (s: Loan['status'], l) => <Space size={2}><Tag color={LoanStatusLabels[s].color}>{label(LoanStatusLabels[s])}</Tag>{l.overdueDays > 0 && <Tag color="red">{l.overdueDays}</Tag>}</Space> },
        ]}
      />
      <LoanDrawer open={drawer} onClose={() => setDrawer(false)} />
      <ImportModal
        open={importing !== null}
        onClose={() => setImporting(null)}
        title={t(importing === 'repayments' ? 'finance.loans.importRepayments' : 'finance.loans.importLoans')}
        template={importing === 'repayments' ? '/finance/repayments/import-template.xlsx' : '/finance/loans/import-template.xlsx'}
        upload={importing === 'repayments' ? '/finance/repayments/import' : '/finance/loans/import'}
        onImported={() => void queryClient.invalidateQueries({ queryKey: ['finance-loans'] })}
      />
    </PageContainer>
  );
}
