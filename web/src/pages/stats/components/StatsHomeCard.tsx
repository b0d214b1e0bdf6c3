import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import type { IndicatorId } from '../../../../../common/indicators';
import { StatsAccess } from '../../../../../common/stats';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { headline } from './IndicatorCard';
import { unitIn, useIndicatorName } from './localized-names';

const SHOWN: IndicatorId[] = ['domesticPatentGrants', 'highValueInventionPatentsPer10k', 'inventionPatentsPer10k', 'pctApplications'];

/** Home-page card for statistics readers: four headline indicators of their own region's latest year. */
export function StatsHomeCard() {
  const { t, locale } = useI18n();
  const indicatorName = useIndicatorName();
  const { me, hasRole } = useSession();
  const reader = hasRole(StatsAccess.read);
  const region = me?.org.regionCode ?? '';
  const { data, isLoading } = useQuery({ queryKey: ['stats', 'dashboard', region, undefined], queryFn: () => api.get('/stats/dashboard', { params: { query: { region } } }), enabled: reader && !!region });
  if (!reader) return null;
  const cards = SHOWN.flatMap((id) => data?.cards.filter((c) => c.id === id && c.value !== null) ?? []);
  return (
    <Card title={`${t('menu.statsDashboard')}${data?.year ? ` · ${data.region.name} ${locale === 'zh' ? `${data.year}年` : data.year}` : ''}`} loading={isLoading} extra={<Link to="/stats">{t('common.detail')}</Link>}>
      {cards.length ? (
        <Row gutter={[12, 12]}>
          {cards.map((c) => (
            <Col span={12} key={c.id}>
              <Statistic title={indicatorName(c.id)} value={headline(c, locale)} suffix={unitIn(c.unit, locale)} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.noData')} />
      )}
    </Card>
  );
}
