import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { TopTenSourceLabels } from '../../../../../common/publish-search';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

/** The published top-ten events of a year, for anyone. */
export default function PublicTopTenPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? undefined;
  const regionCode = params.get('regionCode') ?? undefined;
  const { data, isLoading } = useQuery({ queryKey: ['public-top-ten', year, regionCode], queryFn: () => api.get('/publish/public/top-ten', { params: { query: { year: year ? Number(year) : undefined, regionCode } } }) });
  const list = data?.list;
  return (
    <Card loading={isLoading} style={{ maxWidth: 960, margin: '0 auto' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {list?.title ?? t('topTen.publicTitle')}
        </Typography.Title>
        {data && data.available.length > 1 && (
          <Select
            aria-label={t('topTen.year')}
            value={list ? `${list.year}:${list.regionCode}` : undefined}
            onChange={(v: string) => {
              const [y, r] = v.split(':');
              setParams({ year: y, regionCode: r });
            }}
            options={data.available.map((a) => ({ value: `${a.year}:${a.regionCode}`, label: `${a.year} · ${a.regionName}` }))}
            style={{ width: 200 }}
          />
        )}
      </Space>
      {!list ? (
        <Empty description={t('topTen.none')} style={{ marginTop: 32 }} />
      ) : (
        <List
          style={{ marginTop: 16 }}
          dataSource={list.items}
          renderItem={(item) => (
            <List.Item>
              <List.Item.Meta
                avatar={<span style={{ fontSize: 28, fontWeight: 700, color: '#c41d7f', width: 40, display: 'inline-block', textAlign: 'center' }}>{item.position}</span>}
                title={
                  <Space wrap>
                    {item.url?.startsWith('/p/') ? <a href={item.url}>{item.title}</a> : <span>{item.title}</span>}
                    <Tag>{label(TopTenSourceLabels[item.type])}</Tag>
                  </Space>
                }
                description={[item.date, item.summary].filter(Boolean).join(' · ')}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
