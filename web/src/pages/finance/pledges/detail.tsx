import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { IpRightKindLabels, type Pledge, type PledgeCheck, PledgeStatusLabels, REFUSAL_GROUNDS } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { TypicalCaseCard } from '../TypicalCaseCard';
import { fmtWan } from './index';
import { PledgeDrawer } from './PledgeDrawer';
import { PledgeSteps } from './PledgeSteps';

const OUTCOME_COLOURS: Record<PledgeCheck['outcome'], string> = { pass: 'success', fail: 'error', warn: 'warning' };

/** The pre-checks against the platform's records: each right's result, the finding and the ground it rests on. */
function ChecksCard({ pledge, onRerun, rerunning }: { pledge: Pledge; onRerun: () => void; rerunning: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Card title={t('finance.pledges.checks')} style={{ marginTop: 16 }} extra={<Button icon={<ReloadOutlined />} loading={rerunning} onClick={onRerun}>{t('finance.pledges.rerun')}</Button>}>
      <Table<PledgeCheck>
        rowKey={(c) => `${c.rightNumber}-${c.ground}`}
        size="small"
        pagination={false}
        dataSource={pledge.checks}
        scroll={{ x: 900 }}
        columns={[
          { title: t('finance.pledges.number'), dataIndex: 'rightNumber', width: 190, render: (n: string | null) => n ?? t('finance.pledges.wholePledge') },
          { title: t('finance.pledges.outcome'), dataIndex: 'outcome', width: 90, render: (o: PledgeCheck['outcome']) => <Tag color={OUTCOME_COLOURS[o]}>{t(`finance.pledges.outcome.${o}`)}</Tag> },
          { title: t('finance.pledges.reason'), dataIndex: 'reason' },
          {
            title: t('finance.pledges.rule'),
            dataIndex: 'ground',
            width: 320,
            ellipsis: { showTitle: false },
            render: (g: number) => {
              const ground = REFUSAL_GROUNDS[g - 1];
              const text = `${t('finance.pledges.groundNo', { n: g })} ${ground ? (locale === 'en' ? ground.en : ground.zh) : ''}`;
              return <Tooltip title={text}>{text}</Tooltip>;
            },
          },
        ]}
      />
    </Card>
  );
}

/** One pledge: parties, rights, the pre-checks with the ground each rests on, the registration's steps and events. */
export default function PledgeDetailPage() {
  const { id = '' } = useParams();
  const { t, label, locale } = useI18n();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const key = ['finance-pledge', id];
  const { data, refetch, isFetching } = useQuery({ queryKey: key, queryFn: () => api.get('/finance/pledges/{id}', { params: { path: { id } } }) });
  const crumbs = [{ title: t('finance.pledges.title'), path: '/finance/pledges' }];
  if (!data) return <PageContainer title={t('finance.pledges.title')} crumbs={crumbs}><Card loading /></PageContainer>;
  const refresh = (p: Pledge) => {
    queryClient.setQueryData(key, p);
    void queryClient.invalidateQueries({ queryKey: ['history'] });
    void queryClient.invalidateQueries({ queryKey: ['finance-pledges'] });
  };
  const ground = data.refusalGround ? REFUSAL_GROUNDS[data.refusalGround - 1] : null;
  return (
    <PageContainer
      title={`${data.enterpriseName} — ${label(PledgeStatusLabels[data.status])}`}
      crumbs={crumbs}
      card={false}
      extra={
        <Space wrap>
          {data.canEdit && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('finance.pledges.edit')}</Button>}
          <PledgeSteps pledge={data} onDone={refresh} />
        </Space>
      }
    >
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('finance.pledges.pledgor')}>{data.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.pledgee')}>{data.bankName}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.amount')}>{fmtWan(data.securedAmountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.term')}>{`${formatDate(data.debtStart)} — ${formatDate(data.debtEnd)}`}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.valuation')}>{data.valuationFen === null ? '—' : `${fmtWan(data.valuationFen)}（${data.appraiserName ?? '—'}）`}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.insuranceOrGuarantee')}>{[data.insurance, data.guarantee].filter(Boolean).join('；') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.timeLimit')}>{`${data.timeLimit.name}（${data.timeLimit.workingDays}${t('finance.pledges.workingDays')}，${data.timeLimit.source}）`}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.dueOn')}>{formatDate(data.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.registrationNo')}>{data.registrationNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('finance.pledges.registeredOn')}>{formatDate(data.registeredOn)}</Descriptions.Item>
          {ground && <Descriptions.Item label={t('finance.pledges.refusal')}>{`${t('finance.pledges.groundNo', { n: ground.n })} ${locale === 'en' ? ground.en : ground.zh}${data.refusalNote ? `（${data.refusalNote}）` : ''}`}</Descriptions.Item>}
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
            { title: t('finance.pledges.rightTitle'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
            {
              title: t('finance.pledges.coOwners'),
              dataIndex: 'coOwners',
              render: (owners: Pledge['rights'][number]['coOwners']) =>
                owners.length === 0 ? '—' : owners.map((o) => <Tag key={o.name} color={o.consented ? 'success' : 'warning'}>{`${o.name}（${t(o.consented ? 'finance.pledges.consented' : 'finance.pledges.notConsented')}）`}</Tag>),
            },
          ]}
        />
      </Card>
      <ChecksCard pledge={data} onRerun={() => void refetch()} rerunning={isFetching} />
      <div style={{ marginTop: 16 }}>
        <TypicalCaseCard
          typicalCase={data.typicalCase}
          caseStory={data.caseStory}
          editable={hasRole(['office', 'admin'])}
          onSave={(body) => api.put('/finance/pledges/{id}/typical-case', { params: { path: { id } }, body }).then(refresh)}
        />
      </div>
      <Card title={t('common.history')} style={{ marginTop: 16 }}>
        <HistoryTimeline path="/finance/pledges/{id}/history" id={id} />
      </Card>
      {editing && <PledgeDrawer open={editing} onClose={() => setEditing(false)} pledge={data} onSaved={refresh} />}
    </PageContainer>
  );
}
