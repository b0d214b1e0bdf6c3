import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { type CatalogueItem, DeclarationHolderKindLabels, FIELDS, FieldLabels, HOLDER_KINDS, PATENT_KINDS, PatentKindLabels } from '../../../../../common/utilisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useListQuery } from '../../../components/useListQuery';
import { termsOf } from '../format';

/** The searchable catalogue of open-licence patents, on the portal and inside the platform; `action` adds a column (apply). */
export function CatalogueTable(props: { action?: (item: CatalogueItem) => React.ReactNode }) {
  const { t, label } = useI18n();
  const list = useListQuery('/utilisation/public/catalogue', { sort: 'declaredOn', order: 'desc' }, ['field', 'holderKind', 'patentType']);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-catalogue', list.query], queryFn: () => api.get('/utilisation/public/catalogue', { params: { query: list.query } }) });
  const f = list.params.filters;
  const many = (key: string) => (Array.isArray(f[key]) ? (f[key]) : f[key] ? [String(f[key])] : []);
  return (
    <>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('utilisation.catalogue.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 300 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear placeholder={t('utilisation.field')} value={many('field')} onChange={(field: string[]) => list.setFilters({ ...f, field })} options={FIELDS.map((v) => ({ value: v, label: label(FieldLabels[v]) }))} style={{ minWidth: 180 }} aria-label={t('utilisation.field')} />
        <Input allowClear placeholder={t('utilisation.ipc')} defaultValue={list.text('ipc') ?? ''} onPressEnter={(e) => list.setFilters({ ...f, ipc: e.currentTarget.value })} style={{ width: 140 }} aria-label={t('utilisation.ipc')} />
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear placeholder={t('utilisation.holderKind')} value={many('holderKind')} onChange={(holderKind: string[]) => list.setFilters({ ...f, holderKind })} options={HOLDER_KINDS.map((v) => ({ value: v, label: label(DeclarationHolderKindLabels[v]) }))} style={{ minWidth: 150 }} aria-label={t('utilisation.holderKind')} />
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear placeholder={t('utilisation.patentType')} value={many('patentType')} onChange={(patentType: string[]) => list.setFilters({ ...f, patentType })} options={PATENT_KINDS.map((v) => ({ value: v, label: label(PatentKindLabels[v]) }))} style={{ minWidth: 150 }} aria-label={t('utilisation.patentType')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<CatalogueItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<CatalogueItem>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('utilisation.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, r) => <><div>{v}</div><small>{r.patentNo} · {label(PatentKindLabels[r.patentType])}</small></> },
          { title: t('utilisation.ipc'), dataIndex: 'mainIpc', width: 120 },
          { title: t('utilisation.field'), dataIndex: 'field', width: 130, render: (v: CatalogueItem['field']) => label(FieldLabels[v]) },
          { title: t('utilisation.holder'), dataIndex: 'holderName', width: 220, render: (v: string, r) => <>{v} {r.holderKind === 'university' && <Tag color="blue">{label(DeclarationHolderKindLabels.university)}</Tag>}</> },
          { title: t('utilisation.terms'), key: 'terms', width: 180, render: (_: unknown, r) => termsOf(t, label, r) },
          { title: t('utilisation.term'), key: 'term', width: 200, render: (_: unknown, r) => `${r.termFrom} ~ ${r.termTo}` },
          { title: t('utilisation.declaredOn'), dataIndex: 'declaredOn', key: 'declaredOn', width: 120, sorter: true, sortOrder: list.sortOrder('declaredOn') },
          ...(props.action ? [{ title: t('common.actions'), key: 'action', width: 120, render: (_: unknown, r: CatalogueItem) => props.action!(r) }] : []),
        ]}
      />
    </>
  );
}
