import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Input, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { COUNTRY_LABELS, DISPUTE_KINDS, DisputeKindLabels, OVERSEAS_STATUSES, type OverseasCaseSummary, OverseasOutcomeLabels, OverseasStatusLabels } from '../../../../../common/services-overseas';
import { api } from '../../../app/api-client';
import { platformYear } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { OverseasCaseForm } from './OverseasCaseForm';
import { useState } from 'react';

/** 万元 with two decimals, as the assessment tables state amounts. */
export const wan = (fen: number) => (fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Overseas-dispute guidance cases, with the year's figures as the national assessment counts them. */
export default function OverseasCaseListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [creating, setCreating] = useState(false);
  const staff = hasRole(['office', 'admin', 'district']);
  const list = useListQuery('/services/overseas-cases', { sort: 'openedOn', order: 'desc' }, []);
  const { data, isFetching } = useQuery({ queryKey: ['services-overseas', list.query], queryFn: () => api.get('/services/overseas-cases', { params: { query: list.query } }) });
  const { data: stats } = useQuery({ queryKey: ['services-overseas-stats'], queryFn: () => api.get('/services/overseas-stats', { params: { query: { year: platformYear() } } }), enabled: staff });
  const f = list.params.filters;
  const country = (c: string) => (COUNTRY_LABELS[c] ? label(COUNTRY_LABELS[c]) : c);
  return (
    <PageContainer title={t('services.os.title')} card={false} extra={
      <Space wrap>
        {hasRole(['office', 'admin']) && <Button type="primary" onClick={() => setCreating(true)}>{t('services.os.new')}</Button>}
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/services/overseas-cases/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
      </Space>
    }>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {stats && (
          <Card title={`${stats.year} ${t('services.os.stats')}`} size="small">
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6}><Statistic title={t('services.os.enterprisesGuided')} value={stats.enterprisesGuided} /></Col>
              <Col xs={12} md={6}><Statistic title={t('services.os.cases')} value={stats.cases} /></Col>
              <Col xs={12} md={6}><Statistic title={t('services.os.amount')} value={wan(stats.amountFen)} /></Col>
              <Col xs={12} md={6}><Statistic title={t('services.os.closed')} value={stats.closed} /></Col>
            </Row>
            <Space wrap style={{ marginTop: 12 }}>
              {stats.byOutcome.filter((o) => o.cases > 0).map((o) => <Tag key={o.outcome}>{label(OverseasOutcomeLabels[o.outcome])} {o.cases}</Tag>)}
              {stats.byKind.filter((o) => o.cases > 0).map((o) => <Tag key={o.disputeKind} color="blue">{label(DisputeKindLabels[o.disputeKind])} {o.cases}</Tag>)}
            </Space>
          </Card>
        )}
        <Card>
          <Space wrap className="filter-bar">
            <Input.Search allowClear placeholder={t('services.os.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
            <Select allowClear placeholder={t('services.os.kind')} value={list.text('disputeKind')} onChange={(disputeKind?: string) => list.setFilters({ ...f, disputeKind })} options={DISPUTE_KINDS.map((s) => ({ value: s, label: label(DisputeKindLabels[s]) }))} style={{ width: 170 }} />
            <Select allowClear placeholder={t('services.os.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={OVERSEAS_STATUSES.map((s) => ({ value: s, label: label(OverseasStatusLabels[s]) }))} style={{ width: 150 }} />
            <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
          </Space>
          <Table<OverseasCaseSummary> rowKey="id" loading={isFetching} dataSource={data?.items} {...list.tableProps<OverseasCaseSummary>(data?.total, t)} scroll={{ x: 1100 }} columns={[
            { title: t('services.os.number'), dataIndex: 'number', key: 'number', width: 120, sorter: true, sortOrder: list.sortOrder('number'), render: (v: string, r) => <Link to={`/services/overseas-cases/${r.id}`}>{v}</Link> },
            { title: t('services.os.enterprise'), dataIndex: 'enterpriseName', width: 220 },
            { title: t('services.os.country'), dataIndex: 'country', width: 100, render: country },
            { title: t('services.os.kind'), dataIndex: 'disputeKind', width: 130, render: (v: OverseasCaseSummary['disputeKind']) => label(DisputeKindLabels[v]) },
            { title: t('services.os.opponent'), dataIndex: 'opponent' },
            { title: t('services.os.openedOn'), dataIndex: 'openedOn', key: 'openedOn', width: 110, sorter: true, sortOrder: list.sortOrder('openedOn') },
            { title: t('services.os.deadlineAbroad'), dataIndex: 'deadlineAbroad', key: 'deadlineAbroad', width: 120, sorter: true, sortOrder: list.sortOrder('deadlineAbroad'), render: (v: string | null) => v ?? '—' },
            { title: t('services.os.amount'), dataIndex: 'amountFen', key: 'amountFen', width: 130, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number) => wan(v) },
            { title: t('services.os.status'), dataIndex: 'status', width: 110, render: (v: OverseasCaseSummary['status'], r) => `${label(OverseasStatusLabels[v])}${r.outcome ? `（${label(OverseasOutcomeLabels[r.outcome])}）` : ''}` },
          ]} />
        </Card>
      </Space>
      <OverseasCaseForm open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
