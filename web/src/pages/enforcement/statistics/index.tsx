import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { CustomsRightKindLabels } from '../../../../../common/enforcement-agency';
import { DetentionRightLabels, type EnforcementFigures, type EnforcementStats } from '../../../../../common/enforcement-stats';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';

/** Fen as 万元 with two decimals, grouped the Chinese way. */
const wan = (fen: number) => (fen / 1_000_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The figure columns shared by the agency and district tables. */
function useFigureColumns<T extends EnforcementFigures>() {
  const { t } = useI18n();
  const n = (key: keyof EnforcementFigures, title: string, width = 90) => ({ title: t(title), dataIndex: key, width, align: 'right' as const });
  return [
    n('casesReceived', 'enforcement.stats.casesReceived'),
    n('casesOpened', 'enforcement.stats.casesOpened', 70),
    n('casesClosed', 'enforcement.stats.casesClosed', 70),
    n('penalties', 'enforcement.stats.penalties'),
    { title: `${t('enforcement.stats.fine')}（万元）`, dataIndex: 'fineFen', width: 120, align: 'right' as const, render: wan },
    { title: `${t('enforcement.stats.confiscated')}（万元）`, dataIndex: 'confiscatedFen', width: 150, align: 'right' as const, render: wan },
    n('transfers', 'enforcement.stats.transfers'),
    n('transfersOpened', 'enforcement.stats.transfersOpened', 100),
    n('transfersRefused', 'enforcement.stats.transfersRefused'),
    n('transfersPending', 'enforcement.stats.transfersPending', 80),
    n('cluesReceived', 'enforcement.stats.clues'),
    { title: t('enforcement.stats.clueDays'), dataIndex: 'clueAnswerDays', width: 150, align: 'right' as const, render: (v: number | null) => (v === null ? '—' : v.toFixed(1)) },
    n('detentions', 'enforcement.stats.detentions'),
  ] satisfies NonNullable<Parameters<typeof Table<T>>[0]['columns']>;
}

/** Enforcement statistics of a year: totals, per agency, per district, customs detentions by kind of right. */
export default function EnforcementStatisticsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data: s, isFetching } = useQuery({ queryKey: ['enforcement-stats', year], queryFn: () => api.get('/enforcement/statistics', { params: { query: { year } } }) });
  const figureColumns = useFigureColumns<EnforcementStats['byAgency'][number]>();
  const districtColumns = useFigureColumns<EnforcementStats['byDistrict'][number]>();
  const tot = s?.totals;
  return (
    <PageContainer
      title={t('enforcement.stats.title')}
      card={false}
      extra={
        <Space wrap>
          <Select value={year} onChange={setYear} aria-label={t('enforcement.stats.year')} style={{ width: 110 }} options={[0, 1, 2, 3, 4].map((i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} />
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/statistics/export.xlsx', { query: { year } }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card loading={!tot && isFetching}>
          {tot && (
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.casesOpened')} value={tot.casesOpened} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.casesClosed')} value={tot.casesClosed} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.penalties')} value={tot.penalties} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={`${t('enforcement.stats.fineTotal')}（万元）`} value={wan(tot.fineFen + tot.confiscatedFen)} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.transfers')} value={tot.transfers} suffix={`/ ${tot.transfersOpened}`} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.detentions')} value={tot.detentions} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.clues')} value={tot.cluesReceived} suffix={`/ ${tot.cluesAnswered}`} /></Col>
              <Col xs={12} md={6} xl={3}><Statistic title={t('enforcement.stats.clueDays')} value={tot.clueAnswerDays ?? '—'} precision={tot.clueAnswerDays === null ? undefined : 1} /></Col>
            </Row>
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('enforcement.stats.catalogueNote')}</Typography.Paragraph>
        </Card>
        <Card title={t('enforcement.stats.byAgency')} size="small">
          <Table rowKey={(r) => r.org.id} size="small" loading={isFetching} pagination={false} dataSource={s?.byAgency} scroll={{ x: 1600 }} columns={[{ title: t('enforcement.stats.agency'), dataIndex: ['org', 'name'], fixed: 'left', width: 260 }, ...figureColumns]} />
        </Card>
        <Card title={t('enforcement.stats.byDistrict')} size="small">
          <Table rowKey="regionCode" size="small" loading={isFetching} pagination={false} dataSource={s?.byDistrict} scroll={{ x: 1500 }} columns={[{ title: t('enforcement.stats.district'), dataIndex: 'regionName', fixed: 'left', width: 140 }, ...districtColumns]} />
        </Card>
        <Card title={t('enforcement.stats.byRight')} size="small">
          <Table rowKey="rightKind" size="small" loading={isFetching} pagination={false} dataSource={s?.detentionsByRight} columns={[
            { title: t('enforcement.stats.rightKind'), dataIndex: 'rightKind', render: (k: EnforcementStats['detentionsByRight'][number]['rightKind']) => label(k === 'unrecorded' ? DetentionRightLabels.unrecorded : CustomsRightKindLabels[k]) },
            { title: t('enforcement.stats.detentions'), dataIndex: 'detentions', width: 120, align: 'right' },
            { title: t('enforcement.stats.confiscatedBatches'), dataIndex: 'confiscated', width: 140, align: 'right' },
            { title: `${t('enforcement.stats.declaredValue')}（万元）`, dataIndex: 'declaredValueFen', width: 160, align: 'right', render: wan },
          ]} />
        </Card>
      </Space>
    </PageContainer>
  );
}
