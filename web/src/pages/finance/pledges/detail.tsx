import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { IpRightKindLabels, type PledgeCheck, PledgeStatusLabels } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { fmtWan } from './index';

const OUTCOME_COLOURS: Record<PledgeCheck['outcome'], string> = { pass: 'success', fail: 'error', warn: 'warning' };

/** One pledge: parties, rights, the pre-checks with the ground each rests on, the registration's events. */
export default function PledgeDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { data } = useQuery({ queryKey: ['finance-pledge', id], queryFn: () => api.get('/finance/pledges/{id}', { params: { path: { id } } }) });
  if (!data) return <PageContainer title={t('finance.pledges.title')}>{null}</PageContainer>;
  return (
    <PageContainer title={`${data.enterpriseName} — ${label(PledgeStatusLabels[data.status])}`}>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('finance.pledges.pledgor')}>{data.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.pledgee')}>{data.bankName}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.amount')}>{fmtWan(data.securedAmountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.term')}>{`${formatDate(data.debtStart)} — ${formatDate(data.debtEnd)}`}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.valuation')}>{data.valuationFen === null ? '—' : `${fmtWan(data.valuationFen)}（${data.appraiserName ?? '—'}）`}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.timeLimit')}>{`${data.timeLimit.name}（${data.timeLimit.source}）`}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.dueOn')}>{formatDate(data.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.registrationNo')}>{data.registrationNo ?? '—'}</Descriptions.Item>
          {data.refusalRule && <Descriptions.Item label={t('finance.pledges.refusal')}>{data.refusalRule}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('finance.pledges.rights')} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.rights}
          columns={[
            { title: t('finance.pledges.kind'), dataIndex: 'kind', width: 120, render: (k: 'patent') => label(IpRightKindLabels[k]) },
            { title: t('finance.pledges.number'), dataIndex: 'number', width: 200 },
            { title: t('finance.pledges.rightTitle'), dataIndex: 'title' },
          ]}
        />
      </Card>
      <Card title={t('finance.pledges.checks')} style={{ marginTop: 16 }}>
        <Table<PledgeCheck>
          rowKey={(c) => `${c.rightNumber}-${c.ground}`}
          size="small"
          pagination={false}
          dataSource={data.checks}
          columns={[
            { title: t('finance.pledges.number'), dataIndex: 'rightNumber', width: 190 },
            { title: t('finance.pledges.outcome'), dataIndex: 'outcome', width: 90, render: (o: PledgeCheck['outcome']) => <Tag color={OUTCOME_COLOURS[o]}>{t(`finance.pledges.outcome.${o}`)}</Tag> },
            { title: t('finance.pledges.reason'), dataIndex: 'reason' },
            { title: t('finance.pledges.rule'), dataIndex: 'rule', ellipsis: true },
          ]}
        />
      </Card>
      <Card title={t('common.history')} style={{ marginTop: 16 }}>
        <HistoryTimeline path="/finance/pledges/{id}/history" id={id} />
      </Card>
    </PageContainer>
  );
}
