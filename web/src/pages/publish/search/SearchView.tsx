import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Empty, Input, List, Pagination, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { MeetingKindLabels } from '../../../../../common/conference-report';
import { EVENT_KINDS, EventKindLabels } from '../../../../../common/publish';
import { SEARCH_TYPES, SearchTypeLabels } from '../../../../../common/publish-search';
import { api, type QueryOf } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { Highlight } from '../shared';

/** Search with filters in the address bar; signed out it finds public documents only (the server decides). */
export function SearchView(props: { signedIn: boolean }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const list = useListQuery({ pageSize: 20 }, ['type', 'kind']);
  const f = list.params.filters;
  const q = typeof f.q === 'string' ? f.q : '';
  // The filters and sort come from the address bar; the server checks them.
  const query = { q, type: f.type, kind: f.kind, regionCode: f.regionCode, from: f.from, to: f.to, sort: list.params.sort ?? 'relevance', page: list.params.page, pageSize: list.params.pageSize } as QueryOf<'/publish/search'>;
  const { data, isFetching, error } = useQuery({ queryKey: ['search', query], queryFn: () => api.get('/publish/search', { params: { query } }), enabled: q.trim().length > 0 });
  const range = typeof f.from === 'string' && typeof f.to === 'string' ? ([dayjs(f.from), dayjs(f.to)] as [dayjs.Dayjs, dayjs.Dayjs]) : null;
  const kindLabel = (k: string | null) => (k && k in EventKindLabels ? label(EventKindLabels[k as keyof typeof EventKindLabels]) : k && k in MeetingKindLabels ? label(MeetingKindLabels[k as keyof typeof MeetingKindLabels]) : k);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Input.Search
        key={q}
        enterButton={t('common.search')}
        size="large"
        allowClear
        placeholder={t('search.placeholder')}
        defaultValue={q}
        onSearch={(v) => list.setFilters({ ...f, q: v })}
        aria-label={t('search.placeholder')}
      />
      <Space wrap>
        <Select mode="multiple" allowClear placeholder={t('search.type')} value={(f.type as string[] | undefined) ?? []} onChange={(type: string[]) => list.setFilters({ ...f, type })} options={SEARCH_TYPES.map((k) => ({ value: k, label: label(SearchTypeLabels[k]) }))} style={{ minWidth: 150 }} aria-label={t('search.type')} />
        <Select mode="multiple" allowClear placeholder={t('search.kind')} value={(f.kind as string[] | undefined) ?? []} onChange={(kind: string[]) => list.setFilters({ ...f, kind })} options={EVENT_KINDS.map((k) => ({ value: k, label: label(EventKindLabels[k]) }))} style={{ minWidth: 150 }} maxTagCount="responsive" aria-label={t('search.kind')} />
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <DatePicker.RangePicker value={range} onChange={(v) => list.setFilters({ ...f, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })} />
        <Radio.Group value={list.params.sort ?? 'relevance'} onChange={(e) => list.update({ sort: e.target.value as string, page: 1 })} optionType="button" options={[{ value: 'relevance', label: t('search.sortRelevance') }, { value: 'date', label: t('search.sortDate') }]} />
        {props.signedIn && q && (
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/publish/search/export.xlsx', { query: { ...query, page: undefined, pageSize: undefined } }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        )}
      </Space>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      {data && <Typography.Text type="secondary">{t('search.results', { total: data.total })}</Typography.Text>}
      <List
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{
          emptyText: q ? (
            <Empty description={t('search.empty')} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.hint')}>
              <Space wrap style={{ justifyContent: 'center' }}>
                {t('search.suggestions')
                  .split('、')
                  .map((word) => (
                    <Button key={word} size="small" onClick={() => list.setFilters({ ...f, q: word })}>
                      {word}
                    </Button>
                  ))}
              </Space>
            </Empty>
          ),
        }}
        renderItem={(h) => (
          <List.Item key={`${h.entityType}:${h.entityId}`}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag>{label(SearchTypeLabels[h.entityType]) || h.entityType}</Tag>
                  {h.url.startsWith('/p/') || props.signedIn ? (
                    <Link to={h.url}>
                      <Highlight parts={h.titleHighlight} />
                    </Link>
                  ) : (
                    <Highlight parts={h.titleHighlight} />
                  )}
                  {props.signedIn && <Tag color={h.visibility === 'public' ? 'green' : 'default'}>{h.visibility === 'public' ? t('search.public') : t('search.internal')}</Tag>}
                </Space>
              }
              description={
                <>
                  <div style={{ color: 'rgba(0,0,0,0.75)' }}>
                    <Highlight parts={h.snippet} />
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[h.date, h.regionName, kindLabel(h.kind)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {data && data.total > data.pageSize && (
        <Pagination current={list.params.page} pageSize={list.params.pageSize} total={data.total} showSizeChanger={false} onChange={(page) => list.update({ page })} showTotal={(n) => t('common.total', { total: n })} />
      )}
    </Space>
  );
}
