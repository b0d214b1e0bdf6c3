import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Empty, Form, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { FundingSourceLabels, type LedgerEntry, type Pool, PoolOverflowLabels, PoolQualifyingLabels, PoolRoleLabels } from '../../../../../common/finance-loans';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { required, ymd } from '../form-values';
import { applyApiError } from '../../../components/forms';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { PageContainer } from '../../../components/PageContainer';
import { percent, wanYuan, yuan } from '../loan-format';

/** The loan figures of a year: inclusive loans, leverage, loss rate, subsidies, by district and bank. */
function LoanFiguresSection() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data } = useQuery({ queryKey: ['finance-loan-figures', year], queryFn: () => api.get('/finance/loan-figures', { params: { query: { year } } }) });
  const rows = (list: NonNullable<typeof data>['byDistrict']) => (
    <Table rowKey="key" size="small" pagination={false} dataSource={list} columns={[
      { title: t('finance.figures.name'), dataIndex: 'name' },
      { title: t('finance.figures.loans'), dataIndex: 'loans', align: 'right' },
      { title: t('finance.figures.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => wanYuan(v, locale) },
      { title: t('finance.figures.inclusive'), dataIndex: 'inclusiveAmountFen', align: 'right', render: (v: number) => wanYuan(v, locale) },
    ]} />
  );
  return (
    <Card title={t('finance.figures.title')} extra={<Select value={year} onChange={setYear} options={[0, 1, 2, 3].map((i) => ({ value: new Date().getFullYear() - i, label: String(new Date().getFullYear() - i) }))} style={{ width: 100 }} aria-label={t('finance.figures.year')} />}>
      {data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.loans')} value={data.loans} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.amount')} value={wanYuan(data.amountFen, locale)} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.inclusive')} value={`${data.inclusiveLoans} / ${wanYuan(data.inclusiveAmountFen, locale)}`} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.inclusiveShare')} value={percent(data.inclusiveShareBp)} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.leverage')} value={`${(data.leverageX100 / 100).toFixed(2)}×`} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.lossRate')} value={percent(data.lossRateBp)} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.payout')} value={wanYuan(data.payoutFen, locale)} /></Col>
            <Col xs={12} md={6}><Statistic title={t('finance.figures.subsidies')} value={wanYuan(data.subsidiesPaidFen, locale)} /></Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}><Card size="small" title={t('finance.figures.byDistrict')}>{rows(data.byDistrict)}</Card></Col>
            <Col xs={24} lg={12}><Card size="small" title={t('finance.figures.byBank')}>{rows(data.byBank)}</Card></Col>
          </Row>
        </Space>
      )}
    </Card>
  );
}

/** One pool: its sharing, rules, banks, balance and ledger; the office records funding. */
function PoolCard({ pool }: { pool: Pool }) {
  const { t, label, locale } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ source: string; amount: string; on: Dayjs }>();
  const { data: ledger } = useQuery({ queryKey: ['finance-ledger', pool.id], queryFn: () => api.get('/finance/pools/{id}/ledger', { params: { path: { id: pool.id }, query: { pageSize: 50 } } }) });
  const fund = (v: { source: string; amount: string; on: Dayjs }) =>
    void api.post('/finance/pools/{id}/funding', { params: { path: { id: pool.id } }, body: { source: v.source as 'central', amountFen: yuanToFen(v.amount), on: ymd(v.on) } }).then(
      () => { form.resetFields(); void queryClient.invalidateQueries({ queryKey: ['finance-pools'] }); void queryClient.invalidateQueries({ queryKey: ['finance-ledger', pool.id] }); },
      (err: unknown) => { const text = applyApiError(form, err); if (text) void message.error(text); },
    );
  return (
    <Card title={pool.name} extra={<Statistic title={t('finance.pool.balance')} value={yuan(pool.balanceFen)} suffix={t('finance.unit.yuan')} />}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('finance.pool.sources')}>{(['central', 'provincial', 'city'] as const).map((s) => `${label(FundingSourceLabels[s])} ${wanYuan(pool[`${s}Fen`], locale)}`).join('；')}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.parties')}>{pool.parties.map((p) => <Tag key={p.role + (p.orgId ?? '')}>{`${label(PoolRoleLabels[p.role])}${p.orgName ? `（${p.orgName}）` : ''} ${percent(p.shareBp)}`}</Tag>)}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.qualifying')}>{label(PoolQualifyingLabels[pool.qualifying])}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.perLoanCap')}>{wanYuan(pool.perLoanCapFen, locale)}{pool.capNote ? `（${pool.capNote}）` : ''}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.leverage')}>{`${pool.leverageTarget}×`}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.depositMultiple')}>{`${pool.depositMultiple}×`}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.deadline')}>{t('finance.pool.deadlineValue', { days: pool.claimDeadlineDays })}（{pool.claimDeadlineSource}）</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.overflow')}>{label(PoolOverflowLabels[pool.overflow])}</Descriptions.Item>
        <Descriptions.Item label={t('finance.pool.banks')} span={2}>{pool.banks.map((b) => `${b.bankName} ${wanYuan(b.depositFen, locale)}`).join('；')}</Descriptions.Item>
      </Descriptions>
      <Space style={{ margin: '16px 0 8px' }} wrap>
        {hasRole(['office', 'admin']) && (
          <Form form={form} layout="inline" onFinish={fund}>
            <Form.Item name="source" rules={[{ required: true }]}><Select placeholder={t('finance.pool.source')} style={{ width: 120 }} options={Object.entries(FundingSourceLabels).map(([value, l]) => ({ value, label: label(l) }))} /></Form.Item>
            <Form.Item name="amount" rules={[moneyRule(true)]}><MoneyInput placeholder={t('finance.pool.amount')} style={{ width: 150 }} /></Form.Item>
            <Form.Item name="on" rules={[required, dateRule()]}><DateInput placeholder={t('finance.pool.on')} /></Form.Item>
            <Button htmlType="submit">{t('finance.pool.fund')}</Button>
          </Form>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/pools/{id}/ledger/export.xlsx', { path: { id: pool.id } }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
      </Space>
      <Table<LedgerEntry> rowKey="id" size="small" dataSource={ledger?.items} pagination={false} title={() => t('finance.pool.ledger')} columns={[
        { title: '#', dataIndex: 'seq', width: 60 },
        { title: t('finance.pool.on'), dataIndex: 'occurredOn', width: 110 },
        { title: t('finance.pool.kind'), dataIndex: 'kind', width: 100, render: (k: LedgerEntry['kind']) => t(`finance.pool.kind.${k}`) },
        { title: t('finance.pool.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
        { title: t('finance.pool.balanceAfter'), dataIndex: 'balanceAfterFen', align: 'right', render: (v: number) => yuan(v) },
        { title: t('finance.loan.note'), dataIndex: 'note' },
      ]} />
    </Card>
  );
}

/** The risk-compensation pools the caller may see, and the loan figures of the year. */
export default function PoolsPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const { data, isLoading } = useQuery({ queryKey: ['finance-pools'], queryFn: () => api.get('/finance/pools') });
  return (
    <PageContainer title={t('finance.pools.title')} card={false}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {isLoading && <Card loading />}
        {data?.length === 0 && <Card><Empty description={t('finance.pools.none')} /></Card>}
        {data?.map((p) => <PoolCard key={p.id} pool={p} />)}
        {hasRole(['office', 'admin', 'district']) && <LoanFiguresSection />}
      </Space>
    </PageContainer>
  );
}
