import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { INDICATORS } from '../../../../../common/indicators';
import { unitIn } from '../../stats/components/localized-names';
import { PublishAccess } from '../../../../../common/publish';
import type { ReportedFigure } from '../../../../../common/publish-search';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';

/** Figures stated by reports: filter by indicator, year and region; sort; page; export; import from Excel. */
export default function FiguresPage() {
  const { t, label, locale } = useI18n();
  // A figure tied to the catalogue is named in the reader's language; a free-text one as its report wrote it.
  const indicatorName = (r: ReportedFigure) => {
    const known = r.indicatorId ? INDICATORS.find((i) => i.id === r.indicatorId) : undefined;
    return known ? label({ zh: known.name, en: known.nameEn }) : r.indicator;
  };
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const list = useListQuery('/publish/reported-figures', { sort: 'year', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['reported-figures', list.query], queryFn: () => api.get('/publish/reported-figures', { params: { query: list.query } }) });
  const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 });

  return (
    <PageContainer
      title={t('figures.title')}
      extra={
        <>
          {hasRole(PublishAccess.review) && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/publish/reported-figures/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('figures.intro')}</Typography.Paragraph>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('figures.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('figures.search')} />
        <Select allowClear placeholder={t('figures.catalogue')} value={typeof f.indicatorId === 'string' ? f.indicatorId : undefined} onChange={(indicatorId?: string) => list.setFilters({ ...f, indicatorId })} options={INDICATORS.map((i) => ({ value: i.id, label: label({ zh: i.name, en: i.nameEn }) }))} style={{ width: 260 }} showSearch={{ optionFilterProp: 'label' }} aria-label={t('figures.catalogue')} />
        <InputNumber placeholder={t('figures.year')} aria-label={t('figures.year')} min={1990} max={2100} value={typeof f.year === 'string' ? Number(f.year) : null} onChange={(v) => list.setFilters({ ...f, year: v ? String(v) : undefined })} />
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<ReportedFigure>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<ReportedFigure>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1100 }}
        columns={[
          { title: t('figures.indicator'), dataIndex: 'indicator', key: 'indicator', sorter: true, sortOrder: list.sortOrder('indicator'), width: 220, render: (_: string, r) => indicatorName(r) },
          { title: t('figures.value'), dataIndex: 'value', key: 'value', sorter: true, sortOrder: list.sortOrder('value'), width: 110, align: 'right', render: (v: number) => number.format(v) },
          { title: t('figures.unit'), dataIndex: 'unit', width: 60, render: (u: string) => unitIn(u, locale) || '—' },
          { title: t('figures.year'), dataIndex: 'year', key: 'year', sorter: true, sortOrder: list.sortOrder('year'), width: 80 },
          { title: t('figures.region'), dataIndex: 'regionName', width: 110 },
          { title: t('figures.source'), dataIndex: 'articleTitle', ellipsis: true, render: (title: string | null, r) => (r.articleId ? <Link to={`/publish/articles/${r.articleId}`}>{title}</Link> : r.source) },
          { title: t('figures.org'), dataIndex: 'orgName', width: 170, ellipsis: true },
          { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', sorter: true, sortOrder: list.sortOrder('createdAt'), width: 150, render: (d: string) => formatDateTime(d) },
        ]}
      />
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        template="/publish/reported-figures/import-template.xlsx"
        upload="/publish/reported-figures/import"
        onImported={() => void qc.invalidateQueries({ queryKey: ['reported-figures'] })}
      />
    </PageContainer>
  );
}
