import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { DEAL_KINDS, DealKindLabels, LicenceKindLabels, PartyKindLabels, RIGHT_KINDS, RightKindLabels, type Transfer } from '../../../../../common/utilisation-transfers';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { wan } from '../format';
import { TransferForm } from './TransferForm';

const years = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i);

/** The register of assignments and licences of patents and trademarks. */
export default function TransfersPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const manage = hasRole(['office', 'admin']);
  const list = useListQuery('/utilisation/transfers', { sort: 'effectiveOn', order: 'desc' }, ['dealKind', 'rightKind']);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-transfers', list.query], queryFn: () => api.get('/utilisation/transfers', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('utilisation.transfers.title')}
      extra={
        <Space wrap>
          {manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('utilisation.transfers.new')}</Button>}
          {manage && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('common.import')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/utilisation/transfers/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('utilisation.transfers.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 280 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('utilisation.dealKind')} value={list.text('dealKind')} onChange={(dealKind?: string) => list.setFilters({ ...f, dealKind })} options={DEAL_KINDS.map((v) => ({ value: v, label: label(DealKindLabels[v]) }))} style={{ width: 130 }} aria-label={t('utilisation.dealKind')} />
        <Select allowClear placeholder={t('utilisation.rightKind')} value={list.text('rightKind')} onChange={(rightKind?: string) => list.setFilters({ ...f, rightKind })} options={RIGHT_KINDS.map((v) => ({ value: v, label: label(RightKindLabels[v]) }))} style={{ width: 130 }} aria-label={t('utilisation.rightKind')} />
        <Select allowClear placeholder={t('utilisation.year')} value={list.text('year')} onChange={(year?: string) => list.setFilters({ ...f, year })} options={years.map((y) => ({ value: String(y), label: String(y) }))} style={{ width: 120 }} aria-label={t('utilisation.year')} />
        <Select allowClear placeholder={t('utilisation.u2e')} value={list.text('universityToEnterprise')} onChange={(universityToEnterprise?: string) => list.setFilters({ ...f, universityToEnterprise })} options={[{ value: 'true', label: t('utilisation.u2e') }]} style={{ width: 170 }} aria-label={t('utilisation.u2e')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Transfer>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Transfer>(data?.total, t)}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('utilisation.dealKind'), key: 'kind', width: 130, render: (_: unknown, r) => `${label(DealKindLabels[r.dealKind])}${r.licenceKind ? ` · ${label(LicenceKindLabels[r.licenceKind])}` : ''}` },
          { title: t('utilisation.right'), key: 'right', render: (_: unknown, r) => <><div>{r.rightTitle ?? ''}</div><small>{label(RightKindLabels[r.rightKind])} {r.rightNo}</small></> },
          { title: t('utilisation.from'), key: 'from', width: 220, render: (_: unknown, r) => <><div>{r.fromName}</div><small>{[label(PartyKindLabels[r.fromKind]), r.fromRegionName].filter(Boolean).join(' · ')}</small></> },
          { title: t('utilisation.to'), key: 'to', width: 220, render: (_: unknown, r) => <><div>{r.toName}</div><small>{[label(PartyKindLabels[r.toKind]), r.toRegionName].filter(Boolean).join(' · ')}</small></> },
          { title: t('utilisation.amount'), dataIndex: 'amountFen', key: 'amountFen', width: 140, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number) => wan(t, v) },
          { title: t('utilisation.effectiveOn'), dataIndex: 'effectiveOn', key: 'effectiveOn', width: 120, sorter: true, sortOrder: list.sortOrder('effectiveOn') },
        ]}
      />
      <TransferForm open={adding} onClose={() => setAdding(false)} />
      <ImportModal open={importing} onClose={() => setImporting(false)} title={t('utilisation.transfers.import')} template="/utilisation/transfers/import-template.xlsx" upload="/utilisation/transfers/import" onImported={() => void qc.invalidateQueries({ queryKey: ['utilisation-transfers'] })} />
    </PageContainer>
  );
}
