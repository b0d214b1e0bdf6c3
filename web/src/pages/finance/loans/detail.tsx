import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { CollateralLabels, type LoanAction, LoanActionLabels, type LoanDetail, LoanStatusLabels, type Repayment } from '../../../../../common/finance-loans';
import { IpRightKindLabels } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { required, wholeNumberRule, ymd } from '../form-values';
import { applyApiError } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { PageContainer } from '../../../components/PageContainer';
import { percent, yuan } from '../loan-format';
import { TypicalCaseCard } from '../TypicalCaseCard';
import { LoanSigningsCard } from '../signings/LoanSigningsCard';

/** The bank's forms on its own loan: the next state, and a repayment. */
function BankActions({ loan, onDone }: { loan: LoanDetail; onDone: (l: LoanDetail) => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [act] = Form.useForm<{ action: LoanAction; on: Dayjs; overdueDays?: string; note?: string }>();
  const [repay] = Form.useForm<{ paidOn: Dayjs; principal: string; interest: string }>();
  const action = Form.useWatch('action', act);
  const send = async <F extends object>(form: ReturnType<typeof Form.useForm<F>>[0], call: () => Promise<LoanDetail>) => {
    try {
      onDone(await call());
      form.resetFields();
      void message.success(t('common.saved'));
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {loan.actions.length > 0 && (
        <Form form={act} layout="inline" onFinish={(v) => void send(act, () => api.post('/finance/loans/{id}/actions', { params: { path: { id: loan.id } }, body: { action: v.action, on: ymd(v.on), overdueDays: v.overdueDays ? Number(v.overdueDays) : undefined, note: v.note ?? null } }))}>
          <Form.Item name="action" rules={[required]}><Select placeholder={t('finance.loan.action')} style={{ width: 140 }} options={loan.actions.map((a) => ({ value: a, label: label(LoanActionLabels[a]) }))} /></Form.Item>
          <Form.Item name="on" rules={[required, dateRule()]}><DateInput placeholder={t('finance.loan.actionOn')} /></Form.Item>
          {action === 'markDefault' && <Form.Item name="overdueDays" rules={[wholeNumberRule(0, 10_000)]}><Input placeholder={t('finance.loan.overdueDays')} inputMode="numeric" style={{ width: 110 }} /></Form.Item>}
          <Form.Item name="note"><Input placeholder={t('finance.loan.note')} style={{ width: 200 }} /></Form.Item>
          <Button type="primary" htmlType="submit">{t('finance.loan.action')}</Button>
        </Form>
      )}
      {['active', 'rescheduled', 'defaulted'].includes(loan.status) && (
        <Form form={repay} layout="inline" onFinish={(v) => void send(repay, () => api.post('/finance/loans/{id}/repayments', { params: { path: { id: loan.id } }, body: { paidOn: ymd(v.paidOn), principalFen: yuanToFen(v.principal), interestFen: yuanToFen(v.interest) } }))}>
          <Form.Item name="paidOn" rules={[required, dateRule()]}><DateInput placeholder={t('finance.loan.paidOn')} /></Form.Item>
          <Form.Item name="principal" rules={[moneyRule()]}><MoneyInput placeholder={t('finance.loan.principal')} style={{ width: 150 }} /></Form.Item>
          <Form.Item name="interest" rules={[moneyRule()]}><MoneyInput placeholder={t('finance.loan.interest')} style={{ width: 150 }} /></Form.Item>
          <Button htmlType="submit">{t('finance.loan.addRepayment')}</Button>
        </Form>
      )}
    </Space>
  );
}

/** One loan: its terms, state, repayments, the pledges behind it and what happened to it. */
export default function LoanDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const key = ['finance-loan', id];
  const { data: loan, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/finance/loans/{id}', { params: { path: { id } } }) });
  const refresh = (l: LoanDetail) => {
    queryClient.setQueryData(key, l);
    void queryClient.invalidateQueries({ queryKey: ['history'] });
  };
  const mayMark = hasRole(['office', 'admin']) || !!loan?.canManage;
  return (
    <PageContainer title={loan ? `${loan.contractNo} · ${loan.enterpriseName}` : t('finance.loans.title')} crumbs={[{ title: t('finance.loans.title'), path: '/finance/loans' }]} card={false}>
      {isLoading && <Card loading />}
      {loan && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('finance.loan.status')}><Tag color={LoanStatusLabels[loan.status].color}>{label(LoanStatusLabels[loan.status])}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.bank')}>{loan.bankName}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.region')}>{loan.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.collateral')}>{label(CollateralLabels[loan.collateral])}（{percent(loan.ipShareBp)}）</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.amount')}>{yuan(loan.amountFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.rate')}>{percent(loan.rateBp)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.term')}>{loan.termMonths}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.signedOn')}>{loan.signedOn}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.disbursedOn')}>{loan.disbursedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.maturityOn')}>{loan.maturityOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.principalRepaid')}>{yuan(loan.principalRepaidFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.interestRepaid')}>{yuan(loan.interestRepaidFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.outstanding')}>{yuan(loan.outstandingFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.overdueDays')}>{loan.overdueDays}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.defaultOn')}>{loan.defaultOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.pledges')}>
                {loan.pledges.length === 0 ? t('finance.loan.noPledges') : loan.pledges.map((p) => `${p.rightCount} × ${p.kinds.map((k) => label(IpRightKindLabels[k])).join('/')}`).join('；')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {loan.canManage && <Card size="small"><BankActions loan={loan} onDone={refresh} /></Card>}
          <Card title={t('finance.loan.repayments')} size="small">
            <Table<Repayment>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={loan.repayments}
              columns={[
                { title: t('finance.loan.paidOn'), dataIndex: 'paidOn' },
                { title: t('finance.loan.principal'), dataIndex: 'principalFen', align: 'right', render: (v: number) => yuan(v) },
                { title: t('finance.loan.interest'), dataIndex: 'interestFen', align: 'right', render: (v: number) => yuan(v) },
              ]}
            />
          </Card>
          <LoanSigningsCard loanId={id} />
          <TypicalCaseCard typicalCase={loan.typicalCase} caseStory={loan.caseStory} editable={mayMark} onSave={(body) => api.put('/finance/loans/{id}/typical-case', { params: { path: { id } }, body }).then(refresh)} />
          <Card title={t('finance.loan.history')} size="small"><HistoryTimeline path="/finance/loans/{id}/history" id={id} /></Card>
        </Space>
      )}
    </PageContainer>
  );
}
