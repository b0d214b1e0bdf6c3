import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Segmented } from 'antd';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { Link, useSearchParams } from 'react-router';
import type { CaseListItem } from '../../../../../common/protection';
import { api, type QueryOf } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { chinaToday, deadlineLabel, DueCell, NextActorTag, StatusTag } from '../shared';

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Open cases by their current legal deadline: those due within a week, and those already overdue. */
export default function DeadlinesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'overdue' ? 'overdue' : 'upcoming';
  const page = Number(params.get('page') ?? 1) || 1;
  const query: QueryOf<'/protection/cases'> =
    view === 'overdue' ? { overdue: 'true', sort: 'dueOn', order: 'asc', page, pageSize: 50 } : { dueFrom: chinaToday(), dueBefore: addDays(chinaToday(), 7), open: 'true', sort: 'dueOn', order: 'asc', page, pageSize: 50 };
  const { data, isFetching } = useQuery({ queryKey: ['protection', 'cases', 'deadlines', query], queryFn: () => api.get('/protection/cases', { params: { query } }) });
  return (
    <PageContainer
      title={t('protection.deadlines.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/cases/export.xlsx', { query: { ...query, page: undefined, pageSize: undefined } }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Segmented
        className="filter-bar"
        value={view}
        onChange={(v) => setParams(v === 'overdue' ? { view: 'overdue' } : {}, { replace: true })}
        options={[
          { value: 'upcoming', label: t('protection.deadlines.upcoming') },
          { value: 'overdue', label: t('protection.deadlines.overdue') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <ResponsiveTable<CaseListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        pagination={{ current: page, pageSize: 50, total: data?.total, showTotal: (n) => t('common.total', { total: n }), onChange: (p) => setParams({ ...(view === 'overdue' ? { view } : {}), page: String(p) }, { replace: true }) }}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('protection.field.caseNo'), dataIndex: 'caseNo', width: 210, render: (no: string, c) => <Link to={`/protection/cases/${c.id}`}>{no}</Link> },
          { title: t('protection.field.dueKind'), dataIndex: 'dueKind', width: 180, render: (k: string | null) => deadlineLabel(k, locale) },
          { title: t('protection.field.dueOn'), dataIndex: 'dueOn', width: 115, render: (_: unknown, c) => <DueCell dueOn={c.dueOn} dueKind={c.dueKind} /> },
          { title: t('protection.field.nextActor'), dataIndex: 'nextActor', width: 110, render: (w: CaseListItem['nextActor']) => <NextActorTag who={w} /> },
          { title: t('protection.cases.status'), dataIndex: 'status', width: 150, render: (s: CaseListItem['status']) => <StatusTag status={s} /> },
          { title: t('protection.field.applicant'), dataIndex: 'applicantNames', ellipsis: true },
          { title: t('protection.field.mediator'), dataIndex: ['mediator', 'name'], width: 110 },
        ]}
      />
    </PageContainer>
  );
}
