import { useQuery } from '@tanstack/react-query';
import { Card, Space, Statistic, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { PatentKindLabels } from '../../../../../common/centre';
import { type Submission, SubmissionStatusLabels } from '../../../../../common/centre-submissions';
import { api } from '../../../app/api-client';
import { formatDate, platformToday } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { SubmissionDetail } from '../submissions/SubmissionDetail';

/** The examiner's queue: open pre-examinations of the caller's windows, soonest due first. */
export default function QueuePage() {
  const { t, label } = useI18n();
  const [mine, setMine] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const { data, isFetching } = useQuery({ queryKey: ['centre-queue', mine], queryFn: () => api.get('/centre/queue', { params: { query: { mine: mine ? 'true' : 'false' } } }) });
  const today = platformToday();
  return (
    <PageContainer title={t('centre.queue.title')} extra={<Space><Switch checked={mine} onChange={setMine} aria-label={t('centre.queue.mine')} />{t('centre.queue.mine')}</Space>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Card size="small"><Statistic title={t('centre.queue.total')} value={data?.total ?? 0} /></Card>
        <Card size="small"><Statistic title={t('centre.queue.overdue')} value={data?.overdue ?? 0} valueStyle={{ color: data?.overdue ? '#cf1322' : undefined }} /></Card>
      </Space>
      <Table<Submission>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('centre.dueOn'), dataIndex: 'dueOn', width: 130, render: (d: string | null) => <Space>{formatDate(d)}{d && d < today && <Tag color="error">{t('centre.overdue')}</Tag>}</Space> },
          { title: t('centre.title'), dataIndex: 'title', width: 200, ellipsis: true },
          { title: t('centre.kind'), dataIndex: 'kind', width: 90, render: (k: Submission['kind']) => label(PatentKindLabels[k]) },
          { title: t('centre.ipc'), dataIndex: 'ipc', width: 110 },
          { title: t('centre.enterprise'), dataIndex: 'enterpriseName', width: 200, ellipsis: true },
          { title: t('centre.status'), dataIndex: 'status', width: 110, render: (s: Submission['status']) => label(SubmissionStatusLabels[s]) },
          { title: t('centre.round'), dataIndex: 'round', width: 100, render: (r: number) => r - 1 },
          { title: t('centre.examiner'), dataIndex: 'examinerName', width: 160, ellipsis: true },
        ]}
      />
      {open && <SubmissionDetail id={open} onClose={() => setOpen(null)} />}
    </PageContainer>
  );
}
