import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { QuestionCategoryLabels, SlaClockLabels, type SlaReportRow, type SlaRule } from '../../../../../common/services-desk';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { PageContainer } from '../../../components/PageContainer';

const share = (met: number, late: number) => (met + late === 0 ? '—' : `${((met / (met + late)) * 100).toFixed(1)}%`);

/** The share of service levels met per category, each late count a link to the late questions. */
export default function SlaReportPage() {
  const { t, label } = useI18n();
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const { data, isFetching } = useQuery({ queryKey: ['services-sla', from, to], queryFn: () => api.get('/services/sla-report', { params: { query: { from, to } } }) });
  const { data: rules } = useQuery({ queryKey: ['services-sla-rules'], queryFn: () => api.get('/services/sla-rules') });
  const lateLink = (n: number, late: 'firstAnswer' | 'resolution', r: SlaReportRow) => {
    if (n === 0) return 0;
    const q = new URLSearchParams({ late, ...(r.category ? { category: r.category } : {}), ...(data ? { from: data.from, to: data.to } : {}) });
    return <Link to={`/services/questions?${q.toString()}`}><Typography.Text type="danger">{n}</Typography.Text></Link>;
  };
  const ymd = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined);
  return (
    <PageContainer title={t('services.sla.title')} card={false}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap>
            {t('services.sla.period')}
            <DateInput onChange={(d: Dayjs | null) => setFrom(ymd(d))} placeholder={data?.from} />
            <DateInput onChange={(d: Dayjs | null) => setTo(ymd(d))} placeholder={data?.to} />
          </Space>
        </Card>
        <Card size="small">
          <Table<SlaReportRow>
            rowKey={(r) => r.category ?? 'all'}
            loading={isFetching}
            dataSource={data?.rows}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { title: t('services.q.category'), dataIndex: 'category', render: (c: SlaReportRow['category']) => (c ? label(QuestionCategoryLabels[c]) : <strong>{t('services.sla.all')}</strong>) },
              { title: t('services.sla.total'), dataIndex: 'total', align: 'right' },
              { title: t('services.sla.firstMet'), dataIndex: 'firstMet', align: 'right' },
              { title: t('services.sla.firstLate'), dataIndex: 'firstLate', align: 'right', render: (n: number, r) => lateLink(n, 'firstAnswer', r) },
              { title: t('services.sla.firstShare'), key: 'fs', align: 'right', render: (_: unknown, r) => share(r.firstMet, r.firstLate) },
              { title: t('services.sla.resolved'), dataIndex: 'resolved', align: 'right' },
              { title: t('services.sla.resolutionLate'), dataIndex: 'resolutionLate', align: 'right', render: (n: number, r) => lateLink(n, 'resolution', r) },
              { title: t('services.sla.resolutionShare'), key: 'rs', align: 'right', render: (_: unknown, r) => share(r.resolutionMet, r.resolutionLate) },
              { title: t('services.sla.rating'), dataIndex: 'averageRating', align: 'right', render: (v: number | null) => v ?? '—' },
            ]}
          />
        </Card>
        <Card size="small" title={t('services.sla.rules')}>
          <Table<SlaRule>
            rowKey="id"
            dataSource={rules}
            pagination={false}
            size="small"
            columns={[
              { title: t('services.q.category'), dataIndex: 'category', width: 140, render: (c: SlaRule['category']) => (c ? label(QuestionCategoryLabels[c]) : t('services.sla.default')) },
              { title: '', dataIndex: 'clock', width: 110, render: (c: SlaRule['clock']) => label(SlaClockLabels[c]) },
              { title: t('services.sla.days'), dataIndex: 'workingDays', width: 90, align: 'right' },
              { title: t('services.sla.source'), dataIndex: 'source' },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
