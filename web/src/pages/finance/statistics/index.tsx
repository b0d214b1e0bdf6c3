import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import type { FinanceStatistics, PledgeSplitRow } from '../../../../../common/finance-stats';
import { IpRightKindLabels } from '../../../../../common/finance';
import { SEI_INDUSTRIES } from '../../../../../common/finance-stats';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { percent } from '../loan-format';
import { wanIn } from '../money-format';

type LoanRow = FinanceStatistics['loans']['byDistrict'][number];
const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** A growth in basis points as '+12.34%'. */
function growth(bp: number | null): string | null {
  return bp === null ? null : `${bp >= 0 ? '+' : ''}${percent(bp)}`;
}

/** IP finance statistics of a year: pledges with their splits and growth, loans, pools, subsidies and securitisation. */
export default function FinanceStatisticsPage() {
  const { t, label } = useI18n();
  const wanYuan = wanIn(t);
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const query = { year: Number(params.get('year') ?? thisYear), regionCode: params.get('regionCode') ?? undefined };
  const set = (patch: Record<string, string | undefined>) => {
    const next = { year: String(query.year), regionCode: query.regionCode, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>, { replace: true });
  };
  const { data: s, isFetching } = useQuery({ queryKey: ['finance-statistics', query], queryFn: () => api.get('/finance/statistics', { params: { query } }) });
  const publish = useMutation({
    mutationFn: () => api.post('/finance/statistics/publish', {}),
    onSuccess: (r) => void message.success(t('finance.stat.published', { rows: r.rows, changed: r.changed })),
    onError: (e: Error) => void message.error(e.message),
  });
  const growthNote = (bp: number | null) => <Typography.Text type={bp === null ? 'secondary' : bp >= 0 ? 'success' : 'danger'}>{bp === null ? t('finance.stat.noBase') : `${t('finance.stat.growth')} ${growth(bp)}`}</Typography.Text>;
  const pledgeTable = (rows: PledgeSplitRow[], name: (r: PledgeSplitRow) => string) => (
    <Table<PledgeSplitRow> rowKey="key" size="small" pagination={false} dataSource={rows} scroll={{ x: 460 }} columns={[
      { title: t('finance.figures.name'), key: 'name', render: (_: unknown, r) => name(r) },
      { title: t('finance.stat.projects'), dataIndex: 'projects', align: 'right', width: 100 },
      { title: t('finance.stat.pledgeAmount'), dataIndex: 'amountFen', align: 'right', width: 150, render: (v: number) => wanYuan(v) },
      { title: t('finance.stat.enterprises'), dataIndex: 'enterprises', align: 'right', width: 100 },
    ]} />
  );
  const loanTable = (rows: LoanRow[]) => (
    <Table<LoanRow> rowKey="key" size="small" pagination={false} dataSource={rows} scroll={{ x: 460 }} columns={[
      { title: t('finance.figures.name'), dataIndex: 'name' },
      { title: t('finance.figures.loans'), dataIndex: 'loans', align: 'right', width: 90 },
      { title: t('finance.figures.amount'), dataIndex: 'amountFen', align: 'right', width: 140, render: (v: number) => wanYuan(v) },
      { title: t('finance.figures.inclusive'), dataIndex: 'inclusiveAmountFen', align: 'right', width: 150, render: (v: number) => wanYuan(v) },
    ]} />
  );
  return (
    <PageContainer
      title={s ? `${s.regionName} · ${t('finance.stat.title')}` : t('finance.stat.title')}
      card={false}
      extra={
        <Space wrap>
          <Select value={query.year} onChange={(y: number) => set({ year: String(y) })} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} aria-label={t('finance.figures.year')} />
          <RegionPicker allowClear placeholder={t('finance.stat.region')} value={query.regionCode} onChange={(regionCode) => set({ regionCode })} style={{ width: 200 }} />
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/statistics/export.xlsx', { query }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
          {hasRole(['office', 'admin']) && <Button icon={<CloudUploadOutlined />} loading={publish.isPending} onClick={() => publish.mutate()}>{t('finance.stat.publish')}</Button>}
        </Space>
      }
    >
      {isFetching && !s && <Card loading />}
      {s && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Row gutter={[16, 16]}>
              <Col xs={12} lg={6}><Statistic title={t('finance.stat.pledgeAmount')} value={wanYuan(s.pledges.amountFen)} />{growthNote(s.pledgeAmountGrowthBp)}</Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.stat.projects')} value={s.pledges.projects} />{growthNote(s.pledgeProjectsGrowthBp)}</Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.stat.enterprises')} value={s.pledges.enterprises} />{growthNote(s.enterprisesGrowthBp)}</Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.stat.loanAmount')} value={wanYuan(s.loans.amountFen)} />{growthNote(s.loanAmountGrowthBp)}</Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.figures.inclusive')} value={`${s.loans.inclusiveLoans} / ${wanYuan(s.loans.inclusiveAmountFen)}`} /></Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.figures.inclusiveShare')} value={percent(s.loans.inclusiveShareBp)} /></Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.stat.securitisation')} value={wanYuan(s.securitisation.amountFen)} /><Typography.Text type="secondary">{`${s.securitisation.products}${t('finance.stat.products')}`}</Typography.Text></Col>
              <Col xs={12} lg={6}><Statistic title={t('finance.figures.subsidies')} value={wanYuan(s.loans.subsidiesPaidFen)} /></Col>
            </Row>
          </Card>
          <Card title={t('finance.stat.pools')} size="small">
            <Row gutter={[16, 16]}>
              <Col xs={12} lg={4}><Statistic title={t('finance.stat.poolFund')} value={wanYuan(s.loans.poolFundFen)} /></Col>
              <Col xs={12} lg={4}><Statistic title={t('finance.stat.poolBalance')} value={wanYuan(s.loans.poolBalanceFen)} /></Col>
              <Col xs={12} lg={4}><Statistic title={t('finance.figures.leverage')} value={`${(s.loans.leverageX100 / 100).toFixed(2)}×`} /></Col>
              <Col xs={12} lg={4}><Statistic title={t('finance.figures.payout')} value={wanYuan(s.loans.payoutFen)} /></Col>
              <Col xs={12} lg={4}><Statistic title={t('finance.figures.recovered')} value={wanYuan(s.loans.recoveredFen)} /></Col>
              <Col xs={12} lg={4}><Statistic title={t('finance.figures.lossRate')} value={percent(s.loans.lossRateBp)} /></Col>
            </Row>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('finance.stat.byKind')} extra={<Typography.Text type="secondary">{t('finance.stat.kindNote')}</Typography.Text>}>
                {pledgeTable(s.byKind, (r) => label(IpRightKindLabels[r.key as keyof typeof IpRightKindLabels]))}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('finance.stat.byIndustry')}>{pledgeTable(s.byIndustry, (r) => label(SEI_INDUSTRIES[r.key as keyof typeof SEI_INDUSTRIES]))}</Card>
            </Col>
            <Col xs={24} xl={12}><Card size="small" title={`${t('finance.stat.pledges')} · ${t('finance.stat.byDistrict')}`}>{pledgeTable(s.byDistrict, (r) => r.name)}</Card></Col>
            <Col xs={24} xl={12}><Card size="small" title={`${t('finance.stat.pledges')} · ${t('finance.stat.byBank')}`}>{pledgeTable(s.byBank, (r) => r.name)}</Card></Col>
            <Col xs={24} xl={12}><Card size="small" title={`${t('finance.stat.loans')} · ${t('finance.stat.byDistrict')}`}>{loanTable(s.loans.byDistrict)}</Card></Col>
            <Col xs={24} xl={12}><Card size="small" title={`${t('finance.stat.loans')} · ${t('finance.figures.byBank')}`}>{loanTable(s.loans.byBank)}</Card></Col>
          </Row>
        </Space>
      )}
    </PageContainer>
  );
}
