import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Select, Space, Tabs } from 'antd';
import { useState } from 'react';
import { HOLDER_KINDS, HolderKindLabels, StatsAccess } from '../../../../../common/stats';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { StatsImportWizard } from '../components/StatsImportWizard';
import { ImportHistoryTable } from './ImportHistoryTable';
import { GiTable, PctTable, TrademarkTable } from './OtherTables';
import { PatentTable } from './PatentTable';
import { type List, tabQuery } from './tab-query';

const TABS = ['patent', 'trademark', 'pct', 'gi', 'imports'] as const;
type Tab = (typeof TABS)[number];

/** The Excel export of each tab: the records of the list's filters, or the whole import history. */
function exportTab(tab: Tab, list: List): Promise<void> {
  switch (tab) {
    case 'patent':
      return api.download('/stats/patents/export.xlsx', { query: tabQuery<'/stats/patents/export.xlsx'>(list, false) });
    case 'trademark':
      return api.download('/stats/trademarks/export.xlsx', { query: tabQuery<'/stats/trademarks/export.xlsx'>(list, false) });
    case 'pct':
      return api.download('/stats/pct/export.xlsx', { query: tabQuery<'/stats/pct/export.xlsx'>(list, false) });
    case 'gi':
      return api.download('/stats/gis/export.xlsx', { query: tabQuery<'/stats/gis/export.xlsx'>(list, false) });
    case 'imports':
      return api.download('/stats/imports/export.xlsx');
  }
}

/** Patents, trademarks, PCT applications and geographical indications of the reader's region: filter, sort, page, export, import. */
export default function StatsRecordsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const list = useListQuery({}, ['holderKind', 'type', 'status', 'kind']);
  const f = list.params.filters;
  const tab = (TABS as readonly string[]).includes(String(f.tab)) ? (f.tab as Tab) : 'patent';
  const [importing, setImporting] = useState(false);

  return (
    <PageContainer
      title={t('stats.records.title')}
      extra={
        <>
          {hasRole(StatsAccess.write) && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void exportTab(tab, list).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => list.update({ filters: { tab: k }, page: 1, sort: undefined })}
        items={TABS.map((k) => ({ key: k, label: t(k === 'imports' ? 'stats.records.imports' : k === 'patent' ? 'stats.records.patents' : k === 'trademark' ? 'stats.records.trademarks' : k === 'pct' ? 'stats.records.pct' : 'stats.records.gis') }))}
      />
      {tab !== 'imports' && (
        <Space wrap className="filter-bar">
          <Input.Search allowClear placeholder={t('stats.records.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
          <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
          <InputNumber aria-label={t('stats.year')} placeholder={t('stats.year')} min={1985} max={2100} value={f.year ? Number(f.year) : null} onChange={(v) => list.setFilters({ ...f, year: v ? String(v) : undefined })} style={{ width: 110 }} />
          {tab !== 'gi' && (
            <Select
              mode="multiple"
              allowClear
              placeholder={t('stats.patent.holderKind')}
              value={(f.holderKind as string[] | undefined) ?? []}
              onChange={(holderKind: string[]) => list.setFilters({ ...f, holderKind })}
              options={HOLDER_KINDS.map((k) => ({ value: k, label: label(HolderKindLabels[k]) }))}
              style={{ minWidth: 160 }}
              maxTagCount="responsive"
            />
          )}
          <Button onClick={() => list.setFilters({ tab })}>{t('common.reset')}</Button>
        </Space>
      )}
      {tab === 'patent' && <PatentTable list={list} />}
      {tab === 'trademark' && <TrademarkTable list={list} />}
      {tab === 'pct' && <PctTable list={list} />}
      {tab === 'gi' && <GiTable list={list} />}
      {tab === 'imports' && <ImportHistoryTable />}
      <StatsImportWizard
        open={importing}
        kind={(tab === 'imports' ? 'patent' : tab)}
        kinds={['patent', 'trademark', 'pct', 'gi']}
        onClose={() => setImporting(false)}
        onImported={() => void qc.invalidateQueries({ queryKey: ['stats'] })}
      />
    </PageContainer>
  );
}
