import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Row, Space, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { CaseSourceLabels, DisputeTypeLabels } from '../../../../../common/protection';
import type { Statistics } from '../../../../../common/protection-admin';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { chinaToday, OrgChoice, pct } from '../shared';
import { Bars } from './Bars';

type Perf = Statistics['byOrg'][number];
const days = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** Mediation statistics for a period: sources, types, outcomes, success, duration against the period, judicial confirmation; per organisation and mediator. */
export default function StatisticsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const today = chinaToday();
  const query = { from: params.get('from') ?? `${today.slice(0, 4)}-01-01`, to: params.get('to') ?? today, regionCode: params.get('regionCode') ?? undefined, orgId: params.get('orgId') ?? undefined };
  const set = (patch: Record<string, string | undefined>) => {
    const next = { ...query, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>, { replace: true });
  };
  const { data: s, isFetching } = useQuery({ queryKey: ['protection', 'statistics', query], queryFn: () => api.get('/protection/statistics', { params: { query } }) });
  const perfColumns = (nameWidth: number) => [
    { title: t('protection.stats.name'), dataIndex: 'name', ellipsis: true, width: nameWidth },
    { title: t('protection.stats.cases'), dataIndex: 'cases', width: 80, sorter: (a: Perf, b: Perf) => a.cases - b.cases },
    { title: t('protection.stats.concluded'), dataIndex: 'concluded', width: 80 },
    { title: t('protection.stats.succeeded'), dataIndex: 'succeeded', width: 90 },
    { title: t('protection.stats.successRate'), dataIndex: 'successRate', width: 100, render: pct, sorter: (a: Perf, b: Perf) => (a.successRate ?? -1) - (b.successRate ?? -1) },
    { title: t('protection.stats.avgDuration'), dataIndex: 'avgDurationDays', width: 110, render: days },
    { title: t('protection.stats.confirmed'), dataIndex: 'confirmed', width: 90 },
    { title: t('protection.stats.confirmationRate'), dataIndex: 'confirmationRate', width: 110, render: pct },
  ];
  const series: [string, string] = [t('protection.stats.cases'), t('protection.stats.succeeded')];
  return (
    <PageContainer
      title={t('protection.stats.title')}
      card={false}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/statistics/export.xlsx', { query }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <span>{t('protection.stats.period')}</span>
          <DatePicker.RangePicker allowClear={false} value={[dayjs(query.from), dayjs(query.to)]} onChange={(r) => r && set({ from: r[0]?.format('YYYY-MM-DD'), to: r[1]?.format('YYYY-MM-DD') })} />
          <RegionPicker allowClear value={query.regionCode} onChange={(regionCode) => set({ regionCode })} />
          <OrgChoice kind="mediationOrg" allowClear placeholder={t('protection.field.mediationOrg')} value={query.orgId} onChange={(orgId) => set({ orgId })} />
        </Space>
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[
          ['protection.stats.total', s?.total],
          ['protection.stats.open', s?.open],
          ['protection.stats.concluded', s?.concluded],
          ['protection.stats.successRate', pct(s?.successRate)],
          ['protection.stats.avgDuration', s ? `${days(s.avgDurationDays)} / ${days(s.avgPeriodDays)}` : '—'],
          ['protection.stats.withinPeriod', pct(s?.withinPeriodRate)],
          ['protection.stats.confirmationRate', s ? `${pct(s.confirmationRate)}（${s.confirmed}/${s.agreements}）` : '—'],
        ].map(([key, value]) => (
          <Col key={String(key)} flex="1 1 140px">
            <Card size="small" loading={isFetching && !s} style={{ height: '100%' }}>
              <Statistic title={key === 'protection.stats.avgDuration' ? `${t('protection.stats.avgDuration')} / ${t('protection.stats.avgPeriod')}` : t(String(key))} value={value ?? 0} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={8}>
          <Bars title={t('protection.stats.bySource')} series={series} rows={(s?.bySource ?? []).map((r) => ({ name: label(CaseSourceLabels[r.key as keyof typeof CaseSourceLabels]) || r.key, count: r.count, succeeded: r.succeeded }))} />
        </Col>
        <Col xs={24} lg={8}>
          <Bars title={t('protection.stats.byType')} series={series} rows={(s?.byType ?? []).map((r) => ({ name: label(DisputeTypeLabels[r.key as keyof typeof DisputeTypeLabels]) || r.key, count: r.count, succeeded: r.succeeded }))} />
        </Col>
        <Col xs={24} lg={8}>
          <Bars title={t('protection.stats.byOutcome')} series={series} rows={(s?.byOutcome ?? []).map((r) => ({ name: t(`protection.outcome.${r.key}`), count: r.count, succeeded: r.succeeded }))} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={12}>
          <Card title={t('protection.stats.byOrg')} size="small">
            <Table<Perf> size="small" rowKey="id" dataSource={s?.byOrg} columns={perfColumns(280)} pagination={false} scroll={{ x: 900 }} />
          </Card>
        </Col>
        <Col xs={24} xxl={12}>
          <Card title={t('protection.stats.byMediator')} size="small">
            <Table<Perf> size="small" rowKey="id" dataSource={s?.byMediator} columns={perfColumns(120)} pagination={false} scroll={{ x: 760 }} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
