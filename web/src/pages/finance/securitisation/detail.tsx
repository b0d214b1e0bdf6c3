import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { type Tranche, TrancheClassLabels } from '../../../../../common/finance-securitisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { percent, yuan } from '../loan-format';
import { wanIn } from '../money-format';
import { SecuritisationForm } from './SecuritisationForm';

/** One securitisation product: its terms, tranches, underlying enterprises and history. */
export default function SecuritisationDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const wanYuan = wanIn(t);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const key = ['finance-securitisation', id];
  const { data: p, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/finance/securitisations/{id}', { params: { path: { id } } }) });
  return (
    <PageContainer
      title={p?.name ?? t('finance.sec.title')}
      crumbs={[{ title: t('finance.sec.title'), path: '/finance/securitisations' }]}
      card={false}
      extra={p?.canManage && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('finance.sec.edit')}</Button>}
    >
      {isLoading && <Card loading />}
      {p && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('finance.sec.issuer')}>{p.issuer}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.region')}>{p.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.amountShort')}>{wanYuan(p.amountFen)}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.issueDate')}>{p.issueDate}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.term')}>{p.termMonths}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.maturity')}>{p.maturityDate}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.underlying')} span={3}>{p.underlying}</Descriptions.Item>
              <Descriptions.Item label={t('finance.sec.enterprises')} span={3}>
                {p.enterprises.length === 0 ? t('finance.sec.none') : <Space wrap>{p.enterprises.map((e) => <Tag key={e.id}>{e.name}</Tag>)}</Space>}
              </Descriptions.Item>
              {p.note && <Descriptions.Item label={t('finance.sec.note')} span={3}><Typography.Text>{p.note}</Typography.Text></Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('finance.sec.tranches')} size="small">
            <Table<Tranche>
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={p.tranches}
              columns={[
                { title: t('finance.sec.trancheName'), dataIndex: 'name' },
                { title: t('finance.sec.trancheClass'), dataIndex: 'trancheClass', render: (c: Tranche['trancheClass']) => label(TrancheClassLabels[c]) },
                { title: t('finance.sec.trancheAmount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
                { title: t('finance.sec.coupon'), dataIndex: 'couponBp', align: 'right', render: (v: number | null) => (v === null ? '—' : percent(v)) },
                { title: t('finance.sec.rating'), dataIndex: 'rating', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </Card>
          <Card title={t('finance.sec.history')} size="small"><HistoryTimeline path="/finance/securitisations/{id}/history" id={id} /></Card>
        </Space>
      )}
      {p && <SecuritisationForm open={editing} product={p} onClose={() => setEditing(false)} onSaved={(saved) => { queryClient.setQueryData(key, saved); void queryClient.invalidateQueries({ queryKey: ['history'] }); }} />}
    </PageContainer>
  );
}
