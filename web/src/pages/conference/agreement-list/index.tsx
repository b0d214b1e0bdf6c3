import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Input, Select, Space, Tag } from 'antd';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConferenceAccess } from '../../../../../common/conference';
import { AgreementKindLabels, AgreementKindSchema } from '../../../../../common/conference-report';
import type { Agreement } from '../../../../../common/conference-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { AgreementForm } from './AgreementForm';

/** Agreements signed (协议, 框架协议, 备忘录): filter, sort, page, export, record. */
export default function AgreementListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const list = useListQuery('/conference/agreements', { sort: 'signedOn', order: 'desc' });
  const [adding, setAdding] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['agreements', list.query], queryFn: () => api.get('/conference/agreements', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('agreement.listTitle')}
      extra={
        <>
          {hasRole(ConferenceAccess.manage) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('agreement.add')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/conference/agreements/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('agreement.searchPlaceholder')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 260 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('agreement.kind')} value={list.text('kind')} onChange={(kind?: string) => list.setFilters({ ...f, kind })} options={AgreementKindSchema.options.map((k) => ({ value: k, label: label(AgreementKindLabels[k]) }))} style={{ width: 140 }} />
        <DatePicker.RangePicker
          value={[list.text('from') ? dayjs(list.text('from')) : null, list.text('to') ? dayjs(list.text('to')) : null]}
          onChange={(r) => list.setFilters({ ...f, from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
        <RegionPicker allowClear value={list.text('regionCode')} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<Agreement>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Agreement>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('agreement.name'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, a) => <Link to={`/agreements/${a.id}`}>《{v}》</Link> },
          { title: t('agreement.kind'), dataIndex: 'kind', key: 'kind', width: 110, sorter: true, sortOrder: list.sortOrder('kind'), render: (k: Agreement['kind']) => <Tag>{label(AgreementKindLabels[k])}</Tag> },
          { title: t('agreement.parties'), key: 'parties', width: 320, render: (_: unknown, a) => a.parties.map((p) => p.name).join('；') },
          { title: t('agreement.signedOn'), dataIndex: 'signedOn', key: 'signedOn', width: 120, sorter: true, sortOrder: list.sortOrder('signedOn') },
          { title: t('agreement.meeting'), dataIndex: 'meetingTitle', width: 240, ellipsis: true, render: (v: string | null, a) => (a.meetingId ? <Link to={`/meetings/${a.meetingId}`}>{v}</Link> : '—') },
        ]}
      />
      <AgreementForm
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          void qc.invalidateQueries({ queryKey: ['agreements'] });
        }}
      />
    </PageContainer>
  );
}
