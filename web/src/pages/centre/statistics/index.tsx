import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, InputNumber, Row, Select, Space, Statistic, Table, Tabs } from 'antd';
import { useState } from 'react';
import type { StatsLine } from '../../../../../common/centre-submissions';
import { api } from '../../../app/api-client';
import { platformYear } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null) => (v === null ? '—' : v.toLocaleString('zh-CN'));

/** The centre statistics: filings, pre-examinations by kind, field, window, examiner and district, pass and grant rates, time against the limit. */
export default function CentreStatisticsPage() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | null>(platformYear());
  const [windowId, setWindowId] = useState<string | undefined>();
  const config = useQuery({ queryKey: ['centre-config'], queryFn: () => api.get('/centre/config') });
  const { data, isFetching } = useQuery({ queryKey: ['centre-stats', year, windowId], queryFn: () => api.get('/centre/statistics', { params: { query: { ...(year ? { year } : {}), ...(windowId ? { windowId } : {}) } } }) });
  const columns = [
    { title: t('centre.stats.name'), dataIndex: 'label', width: 200, fixed: 'left' as const },
    { title: t('centre.stats.submissions'), dataIndex: 'submissions', width: 100, align: 'right' as const, render: num },
    { title: t('centre.stats.pending'), dataIndex: 'pending', width: 90, align: 'right' as const, render: num },
    { title: t('centre.stats.returned'), dataIndex: 'returned', width: 90, align: 'right' as const, render: num },
    { title: t('centre.stats.passed'), dataIndex: 'passed', width: 90, align: 'right' as const, render: num },
    { title: t('centre.stats.refused'), dataIndex: 'refused', width: 90, align: 'right' as const, render: num },
    { title: t('centre.stats.passRate'), dataIndex: 'passRate', width: 90, align: 'right' as const, render: pct },
    { title: t('centre.stats.avgReturns'), dataIndex: 'avgReturns', width: 110, align: 'right' as const, render: num },
    { title: t('centre.stats.avgDays'), dataIndex: 'avgExaminerDays', width: 120, align: 'right' as const, render: num },
    { title: t('centre.stats.avgLimit'), dataIndex: 'avgLimitDays', width: 120, align: 'right' as const, render: num },
    { title: t('centre.stats.withinLimit'), dataIndex: 'withinLimitRate', width: 110, align: 'right' as const, render: pct },
    { title: t('centre.stats.granted'), dataIndex: 'granted', width: 80, align: 'right' as const, render: num },
    { title: t('centre.stats.rejected'), dataIndex: 'rejected', width: 80, align: 'right' as const, render: num },
    { title: t('centre.stats.grantRate'), dataIndex: 'grantRate', width: 90, align: 'right' as const, render: pct },
    { title: t('centre.stats.daysToGrant'), dataIndex: 'avgDaysToGrant', width: 130, align: 'right' as const, render: num },
  ];
  const table = (rows: StatsLine[] | undefined) => <Table<StatsLine> rowKey="key" size="small" loading={isFetching} dataSource={rows} columns={columns} pagination={false} scroll={{ x: 1600 }} />;
  const total = data?.total;
  return (
    <PageContainer
      title={t('centre.stats.title')}
      extra={
        <Space wrap>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v)} placeholder={t('centre.stats.year')} aria-label={t('centre.stats.year')} />
          <Select allowClear placeholder={t('centre.window')} value={windowId} onChange={setWindowId} options={config.data?.windows.map((w) => ({ value: w.id, label: w.name }))} style={{ minWidth: 220 }} />
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/centre/submissions/export.xlsx', { query: { ...(year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {}), ...(windowId ? { windowId } : {}) } })}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.approved')} value={data?.filings.approved ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.pendingFilings')} value={data?.filings.submitted ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.submissions')} value={total?.submissions ?? 0} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.passRate')} value={pct(total?.passRate ?? null)} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.avgDays')} value={num(total?.avgExaminerDays ?? null)} suffix={total?.avgLimitDays ? `/ ${total.avgLimitDays}` : undefined} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.withinLimit')} value={pct(total?.withinLimitRate ?? null)} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.grantRate')} value={pct(total?.grantRate ?? null)} /></Card></Col>
        <Col xs={12} md={6}><Card size="small"><Statistic title={t('centre.stats.daysToGrant')} value={num(total?.avgDaysToGrant ?? null)} /></Card></Col>
      </Row>
      <Tabs
        items={[
          { key: 'kind', label: t('centre.stats.byKind'), children: table(data?.byKind) },
          { key: 'field', label: t('centre.stats.byField'), children: table(data?.byField) },
          { key: 'window', label: t('centre.stats.byWindow'), children: table(data?.byWindow) },
          { key: 'examiner', label: t('centre.stats.byExaminer'), children: table(data?.byExaminer) },
          { key: 'district', label: t('centre.stats.byDistrict'), children: table(data?.byDistrict) },
        ]}
      />
    </PageContainer>
  );
}
