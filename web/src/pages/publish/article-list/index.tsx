import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Input, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { ARTICLE_STATUSES, type ArticleListItem, ArticleStatusLabels, EVENT_KINDS, EventKindLabels } from '../../../../../common/publish';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { KindTag, StatusTag } from '../shared';
import { formatDateTime } from '../../../app/format';

/** Articles in the user's scope: filter by words, status, kind, region and date; sort; page; export. */
export default function ArticleListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const list = useListQuery('/publish/articles', { sort: 'updatedAt', order: 'desc' }, ['status', 'eventKind']);
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['articles', list.query], queryFn: () => api.get('/publish/articles', { params: { query: list.query } }) });
  const range = typeof f.from === 'string' && typeof f.to === 'string' ? ([dayjs(f.from), dayjs(f.to)] as [dayjs.Dayjs, dayjs.Dayjs]) : null;

  return (
    <PageContainer
      title={t('publish.articles')}
      extra={
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/publish/articles/new')}>
            {t('publish.newArticle')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => void navigate('/publish/ingest')}>
            {t('publish.fromIngest')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/publish/articles/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('publish.searchPlaceholder')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('publish.status')}
          value={(f.status as string[] | undefined) ?? []}
          onChange={(status: string[]) => list.setFilters({ ...f, status })}
          options={ARTICLE_STATUSES.map((s) => ({ value: s, label: label(ArticleStatusLabels[s]) }))}
          style={{ minWidth: 140 }}
          aria-label={t('publish.status')}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('publish.eventKind')}
          value={(f.eventKind as string[] | undefined) ?? []}
          onChange={(eventKind: string[]) => list.setFilters({ ...f, eventKind })}
          options={EVENT_KINDS.map((k) => ({ value: k, label: label(EventKindLabels[k]) }))}
          style={{ minWidth: 160 }}
          maxTagCount="responsive"
          aria-label={t('publish.eventKind')}
        />
        <RegionPicker allowClear placeholder={t('publish.eventRegion')} value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => list.setFilters({ ...f, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          aria-label={t('publish.dateRange')}
        />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<ArticleListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<ArticleListItem>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1100 }}
        columns={[
          { title: t('publish.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (title: string, a) => <Link to={`/publish/articles/${a.id}`}>{title}</Link> },
          { title: t('publish.status'), dataIndex: 'status', key: 'status', width: 90, sorter: true, sortOrder: list.sortOrder('status'), render: (s: ArticleListItem['status']) => <StatusTag status={s} /> },
          { title: t('publish.eventKind'), dataIndex: 'eventKind', width: 100, render: (k: ArticleListItem['eventKind']) => <KindTag kind={k} /> },
          { title: t('publish.eventDate'), dataIndex: 'eventDate', key: 'eventDate', width: 110, sorter: true, sortOrder: list.sortOrder('eventDate') },
          { title: t('publish.eventRegion'), dataIndex: 'eventRegionName', width: 110 },
          { title: t('publish.author'), dataIndex: 'authorOrgName', width: 180, ellipsis: true },
          { title: t('publish.newsDate'), dataIndex: 'publishedAt', key: 'newsDate', width: 110, sorter: true, sortOrder: list.sortOrder('newsDate'), render: (_: unknown, a) => a.newsDate ?? '—' },
          { title: t('publish.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', width: 150, sorter: true, sortOrder: list.sortOrder('updatedAt'), render: (d: string) => formatDateTime(d) },
        ]}
      />
    </PageContainer>
  );
}
