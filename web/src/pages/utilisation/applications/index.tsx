import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type Application, APPLICATION_STATUSES, ApplicationStatusLabels } from '../../../../../common/utilisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';

/** Licence applications: the holder sees those made to it and grants or declines; the applicant follows its own. */
export default function ApplicationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [declining, setDeclining] = useState<Application | null>(null);
  const [note, setNote] = useState('');
  const list = useListQuery('/utilisation/applications', { sort: 'appliedOn', order: 'desc' }, ['status']);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-applications', list.query], queryFn: () => api.get('/utilisation/applications', { params: { query: list.query } }) });
  const f = list.params.filters;
  const decide = async (id: string, decision: 'grant' | 'decline', text: string | null) => {
    try {
      await api.post('/utilisation/applications/{id}/decision', { params: { path: { id } }, body: { decision, note: text } });
      message.success(t(decision === 'grant' ? 'utilisation.granted' : 'utilisation.declined'));
      setDeclining(null);
      void qc.invalidateQueries({ queryKey: ['utilisation-applications'] });
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <PageContainer title={t('utilisation.applications.title')}>
      <Space wrap className="filter-bar">
        <Select allowClear placeholder={t('utilisation.side')} value={list.text('side')} onChange={(side?: string) => list.setFilters({ ...f, side })} options={[{ value: 'holder', label: t('utilisation.side.holder') }, { value: 'applicant', label: t('utilisation.side.applicant') }]} style={{ width: 180 }} aria-label={t('utilisation.side')} />
        <Select allowClear placeholder={t('utilisation.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={APPLICATION_STATUSES.map((v) => ({ value: v, label: label(ApplicationStatusLabels[v]) }))} style={{ width: 180 }} aria-label={t('utilisation.status')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Application>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Application>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('utilisation.title'), dataIndex: 'title', render: (v: string, r) => <><div>{v}</div><small>{r.patentNo}</small></> },
          { title: t('utilisation.holder'), dataIndex: 'holderName', width: 200 },
          { title: t('utilisation.applicant'), dataIndex: 'applicantName', width: 220 },
          { title: t('utilisation.apply.use'), dataIndex: 'intendedUse', width: 220 },
          { title: t('utilisation.appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 120, sorter: true, sortOrder: list.sortOrder('appliedOn') },
          { title: t('utilisation.replyDueOn'), dataIndex: 'replyDueOn', key: 'replyDueOn', width: 120, sorter: true, sortOrder: list.sortOrder('replyDueOn') },
          { title: t('utilisation.status'), dataIndex: 'status', width: 130, render: (v: Application['status']) => <Tag color={v === 'granted' ? 'green' : v === 'declined' ? 'red' : 'gold'}>{label(ApplicationStatusLabels[v])}</Tag> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_: unknown, r) =>
              r.canDecide ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => void decide(r.id, 'grant', null)}>{t('utilisation.grant')}</Button>
                  <Button size="small" onClick={() => { setNote(''); setDeclining(r); }}>{t('utilisation.decline')}</Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal open={declining !== null} title={t('utilisation.decline')} onCancel={() => setDeclining(null)} onOk={() => declining && void decide(declining.id, 'decline', note)} destroyOnHidden>
        <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('utilisation.decline.reason')} aria-label={t('utilisation.decline.reason')} />
      </Modal>
    </PageContainer>
  );
}
