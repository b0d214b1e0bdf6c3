import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Select, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { FieldLabels, type Field } from '../../../../../common/utilisation';
import { DealKindLabels } from '../../../../../common/utilisation-transfers';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { wan } from '../format';

const years = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i);
interface Row { key: string; label: string; count: number; amountFen: number; rightsIn?: number; rightsOut?: number }

/** Transformation statistics: deals by district, industry and kind, university to enterprise, and the open licences. */
export default function UtilisationStatisticsPage() {
  const { t, label } = useI18n();
  const [year, setYear] = useState(years[0]);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-statistics', year], queryFn: () => api.get('/utilisation/statistics', { params: { query: { year } } }) });
  const columns = (first: string, name: (r: Row) => string, withMoves = false) => [
    { title: first, key: 'label', render: (_: unknown, r: Row) => name(r) },
    { title: t('utilisation.count'), dataIndex: 'count', width: 100, align: 'right' as const },
    { title: t('utilisation.amount'), dataIndex: 'amountFen', width: 160, align: 'right' as const, render: (v: number) => wan(t, v) },
    ...(withMoves ? [{ title: t('utilisation.rightsIn'), dataIndex: 'rightsIn', width: 100, align: 'right' as const }, { title: t('utilisation.rightsOut'), dataIndex: 'rightsOut', width: 100, align: 'right' as const }] : []),
  ];
  return (
    <PageContainer title={t('utilisation.statistics.title')} extra={<Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 120 }} aria-label={t('utilisation.year')} />}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Card loading={isFetching}><Statistic title={t('utilisation.stats.deals')} value={data?.total.count ?? 0} /></Card></Col>
          <Col xs={12} md={6}><Card loading={isFetching}><Statistic title={t('utilisation.stats.amount')} value={data ? wan(t, data.total.amountFen) : ''} /></Card></Col>
          <Col xs={12} md={6}><Card loading={isFetching}><Statistic title={t('utilisation.u2e')} value={data?.universityToEnterprise.count ?? 0} suffix={data ? ` / ${wan(t, data.universityToEnterprise.amountFen)}` : ''} /></Card></Col>
          <Col xs={12} md={6}><Card loading={isFetching}><Statistic title={t('utilisation.stats.open')} value={data?.openLicences.open ?? 0} suffix={data ? ` / ${t('utilisation.stats.grantedShort')} ${data.openLicences.granted}` : ''} /></Card></Col>
        </Row>
        <Card title={t('utilisation.stats.byDistrict')}><Table<Row> rowKey="key" size="small" pagination={false} scroll={{ x: 560 }} dataSource={data?.byDistrict} columns={columns(t('utilisation.district'), (r) => (r.key === 'outside' ? t('utilisation.outside') : r.label), true)} /></Card>
        <Card title={t('utilisation.stats.byIndustry')}><Table<Row> rowKey="key" size="small" pagination={false} dataSource={data?.byIndustry} columns={columns(t('utilisation.field'), (r) => (r.key in FieldLabels ? label(FieldLabels[r.key as Field]) : t('utilisation.unclassified')))} /></Card>
        <Card title={t('utilisation.stats.byKind')}><Table<Row> rowKey="key" size="small" pagination={false} dataSource={data?.byDealKind} columns={columns(t('utilisation.dealKind'), (r) => label(DealKindLabels[r.key as 'assignment' | 'licence']))} /></Card>
      </Space>
    </PageContainer>
  );
}
