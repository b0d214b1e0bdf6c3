import { WifiOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, List, Select, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { EVENT_KINDS, EventKindLabels } from '../../../../../common/publish';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useListQuery } from '../../../components/useListQuery';
import { href } from '../../../app/api-client';
import { KindTag } from '../shared';

const YEARS = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i);

/** The public news list: newest first, by words, kind and year, with the RSS feed. */
export default function NewsListPage() {
  const { t, label } = useI18n();
  const list = useListQuery('/publish/public/news', { pageSize: 10, order: 'desc' }, ['eventKind']);
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['public-news', list.query], queryFn: () => api.get('/publish/public/news', { params: { query: list.query } }) });
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('news.title')}
        </Typography.Title>
        <Button icon={<WifiOutlined />} href={href('/publish/public/news.rss')} target="_blank">
          {t('news.rss')}
        </Button>
      </Flex>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search allowClear placeholder={t('common.keyword')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" allowClear placeholder={t('news.kind')} value={(f.eventKind as string[] | undefined) ?? []} onChange={(eventKind: string[]) => list.setFilters({ ...f, eventKind })} options={EVENT_KINDS.map((k) => ({ value: k, label: label(EventKindLabels[k]) }))} style={{ minWidth: 160 }} aria-label={t('news.kind')} />
        <Select allowClear placeholder={t('news.year')} value={typeof f.year === 'string' ? Number(f.year) : undefined} onChange={(y?: number) => list.setFilters({ ...f, year: y ? String(y) : undefined })} options={YEARS.map((y) => ({ value: y, label: String(y) }))} style={{ width: 110 }} aria-label={t('news.year')} />
      </Space>
      <List
        loading={isFetching}
        itemLayout="vertical"
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={t('news.empty')} /> }}
        pagination={data && data.total > list.params.pageSize ? { current: list.params.page, pageSize: list.params.pageSize, total: data.total, onChange: (page) => list.update({ page }), showSizeChanger: false } : false}
        renderItem={(a) => (
          <List.Item key={a.id} extra={<Typography.Text type="secondary">{a.newsDate}</Typography.Text>}>
            <List.Item.Meta
              title={
                <Link to={`/p/news/${a.id}`} style={{ fontSize: 17 }}>
                  {a.title}
                </Link>
              }
              description={
                <Space size={4} wrap>
                  <KindTag kind={a.eventKind} />
                  {a.eventRegionName && <Typography.Text type="secondary">{a.eventRegionName}</Typography.Text>}
                  {a.source && <Typography.Text type="secondary">· {a.source}</Typography.Text>}
                </Space>
              }
            />
            {a.summary && <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>{a.summary}</Typography.Paragraph>}
          </List.Item>
        )}
      />
    </Card>
  );
}
