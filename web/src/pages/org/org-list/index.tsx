import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ORG_KINDS, type Org, OrgKindLabels } from '../../../../../common/org';
import { OrgAccess } from '../../../../../common/roles';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { OrgFormDrawer } from './OrgFormDrawer';
import { formatDate } from '../../../app/format';

/** Organisations: filter, sort, page, create, edit, delete, import and export. */
export default function OrgListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const canWrite = hasRole(OrgAccess.write);
  const qc = useQueryClient();
  const list = useListQuery('/org/orgs', { sort: 'name' }, ['kind']);
  const [editing, setEditing] = useState<Org | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['orgs', list.query], queryFn: () => api.get('/org/orgs', { params: { query: list.query } }) });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete('/org/orgs/{id}', { params: { path: { id } } }),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    },
    onError: (err) => void message.error(err.message),
  });
  const f = list.params.filters;

  return (
    <PageContainer
      title={t('org.title')}
      extra={
        <>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('common.create')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/org/orgs/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search
          allowClear
          placeholder={t('org.searchPlaceholder')}
          defaultValue={typeof f.q === 'string' ? f.q : ''}
          onSearch={(q) => list.setFilters({ ...f, q })}
          style={{ width: 260 }}
          aria-label={t('common.keyword')}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('org.kind')}
          value={(f.kind as string[] | undefined) ?? []}
          onChange={(kind: string[]) => list.setFilters({ ...f, kind })}
          options={ORG_KINDS.map((k) => ({ value: k, label: label(OrgKindLabels[k]) }))}
          style={{ minWidth: 200 }}
          maxTagCount="responsive"
        />
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Org>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Org>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1100 }}
        columns={[
          { title: t('org.name'), dataIndex: 'name', key: 'name', sorter: true, ellipsis: true, sortOrder: list.sortOrder('name'), render: (name: string, o) => <Link to={`/orgs/${o.id}`}>{name}</Link> },
          { title: t('org.kind'), dataIndex: 'kind', key: 'kind', sorter: true, sortOrder: list.sortOrder('kind'), width: 140, render: (k: Org['kind']) => <Tag style={{ whiteSpace: 'normal' }}>{label(OrgKindLabels[k])}</Tag> },
          { title: t('org.region'), dataIndex: 'regionName', key: 'regionCode', sorter: true, sortOrder: list.sortOrder('regionCode'), width: 160, ellipsis: true },
          { title: t('org.parent'), dataIndex: 'parentName', width: 160, ellipsis: true },
          { title: t('org.creditCode'), dataIndex: 'creditCode', width: 180, render: (c: string | null) => <span style={{ fontFamily: 'monospace' }}>{c}</span> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', sorter: true, sortOrder: list.sortOrder('createdAt'), width: 110, render: (d: string) => formatDate(d) },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 110,
                  fixed: 'right' as const,
                  render: (_: unknown, o: Org) => (
                    <Space>
                      <a onClick={() => setEditing(o)}>{t('common.edit')}</a>
                      <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(o.id)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <OrgFormDrawer
        open={editing !== undefined}
        org={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void qc.invalidateQueries({ queryKey: ['orgs'] });
        }}
      />
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        template="/org/orgs/import-template.xlsx"
        upload="/org/orgs/import"
        onImported={() => void qc.invalidateQueries({ queryKey: ['orgs'] })}
      />
    </PageContainer>
  );
}
