import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SecuritisationSummary } from '../../../../../common/finance-securitisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { wanIn } from '../money-format';
import { SecuritisationForm } from './SecuritisationForm';

const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

/** The register of IP securitisation products: the office records them, everyone in IP finance reads their region's. */
export default function SecuritisationListPage() {
  const { t } = useI18n();
  const wanYuan = wanIn(t);
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [drawer, setDrawer] = useState(false);
  const list = useListQuery('/finance/securitisations', { sort: 'issueDate', order: 'desc' }, []);
  const { data, isFetching } = useQuery({ queryKey: ['finance-securitisations', list.query], queryFn: () => api.get('/finance/securitisations', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('finance.sec.title')}
      extra={
        <Space wrap>
          {hasRole(['office', 'admin']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('finance.sec.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/finance/securitisations/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('finance.sec.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 340 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('finance.sec.year')} value={list.text('year')} onChange={(year?: string) => list.setFilters({ ...f, year })} options={years.map((y) => ({ value: String(y), label: String(y) }))} style={{ width: 150 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<SecuritisationSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<SecuritisationSummary>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('finance.sec.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrder('name'), render: (v: string, r) => <Link to={`/finance/securitisations/${r.id}`}>{v}</Link> },
          { title: t('finance.sec.issuer'), dataIndex: 'issuer', width: 240 },
          { title: t('finance.sec.amountShort'), dataIndex: 'amountFen', key: 'amountFen', width: 140, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number) => wanYuan(v) },
          { title: t('finance.sec.issueDate'), dataIndex: 'issueDate', key: 'issueDate', width: 120, sorter: true, sortOrder: list.sortOrder('issueDate') },
          { title: t('finance.sec.term'), dataIndex: 'termMonths', key: 'termMonths', width: 100, align: 'right', sorter: true, sortOrder: list.sortOrder('termMonths') },
          { title: t('finance.sec.trancheCount'), dataIndex: 'trancheCount', width: 90, align: 'right' },
          { title: t('finance.sec.enterpriseCount'), dataIndex: 'enterpriseCount', width: 110, align: 'right' },
        ]}
      />
      <SecuritisationForm open={drawer} onClose={() => setDrawer(false)} />
    </PageContainer>
  );
}
