import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Select, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { type HonourEntry, VolunteerKindLabels, VolunteerSkillLabels } from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { platformYear } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';

const hours = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1);

/** The year's honour list by approved hours, and for the office the year's volunteer figures. */
export default function HonourListPage() {
  const { t, label } = useI18n();
  const { hasRole } = useSession();
  const [year, setYear] = useState(platformYear());
  const staff = hasRole(['office', 'admin', 'district']);
  const { data, isFetching } = useQuery({ queryKey: ['services-honours', year], queryFn: () => api.get('/services/honour-list', { params: { query: { year } } }) });
  const { data: stats } = useQuery({ queryKey: ['services-volunteer-stats', year], queryFn: () => api.get('/services/volunteer-stats', { params: { query: { year } } }), enabled: staff });
  return (
    <PageContainer title={t('services.honour.title')} card={false} extra={<Select aria-label={t('services.vol.year')} value={year} onChange={setYear} options={[0, 1, 2, 3].map((i) => ({ value: platformYear() - i, label: `${platformYear() - i}` }))} style={{ width: 110 }} />}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {stats && (
          <Card title={t('services.honour.stats')} size="small">
            <Row gutter={[16, 16]}>
              <Col xs={12} md={4}><Statistic title={t('services.honour.volunteers')} value={stats.volunteers} /></Col>
              <Col xs={12} md={4}><Statistic title={t('services.honour.activeVolunteers')} value={stats.activeVolunteers} /></Col>
              <Col xs={12} md={4}><Statistic title={t('services.honour.requests')} value={stats.requests} /></Col>
              <Col xs={12} md={4}><Statistic title={t('services.honour.completed')} value={stats.completed} /></Col>
              <Col xs={12} md={4}><Statistic title={t('services.honour.totalHours')} value={hours(stats.approvedMinutes)} /></Col>
              <Col xs={12} md={4}><Statistic title={t('services.honour.avgRating')} value={stats.averageRating ?? '—'} /></Col>
            </Row>
            <Table size="small" rowKey="skill" pagination={false} style={{ marginTop: 12 }} dataSource={stats.bySkill.filter((s) => s.requests > 0 || s.minutes > 0)} columns={[
              { title: t('services.req.skill'), dataIndex: 'skill', render: (v: keyof typeof VolunteerSkillLabels) => label(VolunteerSkillLabels[v]) },
              { title: t('services.honour.requests'), dataIndex: 'requests', align: 'right' },
              { title: t('services.honour.totalHours'), dataIndex: 'minutes', align: 'right', render: (v: number) => hours(v) },
            ]} />
          </Card>
        )}
        <Card title={`${year} ${t('services.honour.title')}`} size="small">
          <Table<HonourEntry> rowKey="volunteerId" size="small" loading={isFetching} pagination={false} scroll={{ x: 640 }} dataSource={data?.items} columns={[
            { title: t('services.honour.rank'), dataIndex: 'rank', width: 60 },
            { title: t('services.vol.name'), dataIndex: 'name', width: 100 },
            { title: t('services.vol.kind'), dataIndex: 'kind', width: 110, render: (v: HonourEntry['kind']) => label(VolunteerKindLabels[v]) },
            { title: t('services.vol.affiliation'), dataIndex: 'affiliation' },
            { title: t('services.honour.totalHours'), dataIndex: 'minutes', width: 130, align: 'right', render: (v: number) => hours(v) },
            { title: t('services.honour.services'), dataIndex: 'services', width: 90, align: 'right' },
            { title: t('services.honour.avgRating'), dataIndex: 'averageRating', width: 90, align: 'right', render: (v: number | null) => v ?? '—' },
          ]} />
        </Card>
      </Space>
    </PageContainer>
  );
}
