import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { type ClaimDetail, ClaimStatusLabels, PoolRoleLabels, type Share } from '../../../../../common/finance-loans';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import type { Dayjs } from 'dayjs';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { required, ymd } from '../form-values';
import { applyApiError } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { PageContainer } from '../../../components/PageContainer';
import { percent, yuan } from '../loan-format';
import { TypicalCaseCard } from '../TypicalCaseCard';
import { useSession } from '../../../app/session';

/** One claim: the loss, the review, each party's share of the payout and of later recoveries. */
export default function ClaimDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const key = ['finance-claim', id];
  const { data: c, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/finance/claims/{id}', { params: { path: { id } } }) });
  const [review] = Form.useForm<{ note?: string }>();
  const [recover] = Form.useForm<{ amount: string; on: Dayjs }>();
  const done = (next: ClaimDetail) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['history'] });
    void message.success(t('common.saved'));
  };
  const fail = (form: typeof review | typeof recover) => (err: unknown) => {
    const text = applyApiError(form, err);
    if (text) void message.error(text);
  };
  const decide = (approve: boolean) => void api.post('/finance/claims/{id}/review', { params: { path: { id } }, body: { approve, note: (review.getFieldValue('note') as string | undefined) ?? null } }).then(done, fail(review));
  return (
    <PageContainer title={c ? `${c.contractNo} · ${c.enterpriseName}` : t('finance.claims.title')} crumbs={[{ title: t('finance.claims.title'), path: '/finance/claims' }]} card={false}>
      {isLoading && <Card loading />}
      {c && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('finance.claim.status')}><Tag color={ClaimStatusLabels[c.status].color}>{label(ClaimStatusLabels[c.status])}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.bank')}>{c.bankName}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.pool')}>{c.poolName}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.defaultConfirmedOn')}>{c.defaultConfirmedOn}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.appliedOn')}>{c.appliedOn}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.deadlineOn')}>{c.deadlineOn}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.loss')}>{yuan(c.lossFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.eligible')}>{yuan(c.eligibleFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.paid')}>{yuan(c.paidFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.recovered')}>{yuan(c.recoveredFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.efforts')} span={2}>{c.recoveryEfforts}</Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.evidence')} span={3}>
                {c.evidence.length === 0 ? '—' : (
                  <Space wrap>
                    {c.evidence.map((f) => (
                      <Typography.Link key={f.id} onClick={() => void api.download('/finance/claims/{id}/evidence/{fileId}', { path: { id: c.id, fileId: f.id } }, f.name).catch((e: Error) => message.error(e.message))}>
                        <PaperClipOutlined /> {f.name}
                      </Typography.Link>
                    ))}
                  </Space>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('finance.loan.contractNo')}><Link to={`/finance/loans/${c.loanId}`}>{c.contractNo}</Link></Descriptions.Item>
              <Descriptions.Item label={t('finance.claim.reviewNote')} span={3}>{c.reviewNote ?? '—'}{c.reviewedByName ? `（${c.reviewedByName}）` : ''}</Descriptions.Item>
            </Descriptions>
          </Card>
          {c.canReview && (
            <Card size="small">
              <Form form={review} layout="inline">
                <Form.Item name="note"><Input placeholder={t('finance.claim.reviewNote')} style={{ width: 320 }} /></Form.Item>
                <Space><Button type="primary" onClick={() => decide(true)}>{t('finance.claim.approve')}</Button><Button danger onClick={() => decide(false)}>{t('finance.claim.reject')}</Button></Space>
              </Form>
            </Card>
          )}
          {c.canRecover && (
            <Card size="small">
              <Form form={recover} layout="inline" onFinish={(v) => void api.post('/finance/claims/{id}/recoveries', { params: { path: { id } }, body: { amountFen: yuanToFen(v.amount), on: ymd(v.on) } }).then(done, fail(recover))}>
                <Form.Item name="amount" rules={[moneyRule(true)]}><MoneyInput placeholder={t('finance.pool.amount')} style={{ width: 160 }} /></Form.Item>
                <Form.Item name="on" rules={[required, dateRule()]}><DateInput placeholder={t('finance.pool.on')} /></Form.Item>
                <Button htmlType="submit">{t('finance.claim.recover')}</Button>
              </Form>
            </Card>
          )}
          <Card title={t('finance.claim.movements')} size="small">
            {c.movements.map((m) => (
              <div key={m.id} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{`${m.occurredOn} ${t(m.kind === 'payout' ? 'finance.claim.payout' : 'finance.claim.recovery')} ${yuan(m.totalFen)}`}</Typography.Text>
                <Table<Share>
                  rowKey={(s) => `${s.role}-${s.orgId ?? ''}`}
                  size="small"
                  pagination={false}
                  dataSource={m.shares}
                  columns={[
                    { title: t('finance.claim.party'), dataIndex: 'role', render: (r: Share['role'], s) => `${label(PoolRoleLabels[r])}${s.orgName ? ` · ${s.orgName}` : ''}` },
                    { title: t('finance.claim.shareBp'), dataIndex: 'shareBp', width: 100, align: 'right', render: (v: number) => percent(v) },
                    { title: t('finance.claim.shareAmount'), dataIndex: 'amountFen', width: 160, align: 'right', render: (v: number) => yuan(v) },
                  ]}
                />
              </div>
            ))}
            <Typography.Paragraph type="secondary">{t('finance.claim.remainderNote')}</Typography.Paragraph>
          </Card>
          <TypicalCaseCard typicalCase={c.typicalCase} caseStory={c.caseStory} editable={hasRole(['office', 'admin', 'bank'])} onSave={(body) => api.put('/finance/claims/{id}/typical-case', { params: { path: { id } }, body }).then((next) => queryClient.setQueryData(key, next))} />
          <Card title={t('finance.loan.history')} size="small"><HistoryTimeline path="/finance/claims/{id}/history" id={id} /></Card>
        </Space>
      )}
    </PageContainer>
  );
}
