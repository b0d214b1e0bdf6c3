import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { LimitCodeLabels } from '../../../../../common/enforcement';
import { ASSIST_KINDS, ASSIST_OUTCOMES, ASSIST_STATES, type AssistAction, AssistKindLabels, AssistOutcomeLabels, type AssistRequest, AssistStateLabels } from '../../../../../common/enforcement-cooperation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { useListQuery } from '../../../components/useListQuery';

const STATE_COLOR: Record<AssistRequest['state'], string> = { sent: 'gold', accepted: 'processing', answered: 'success' };

/** The requested office answers a request. */
function AnswerDrawer({ request, onClose }: { request: AssistRequest | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Extract<AssistAction, { action: 'answer' }>>();
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/cooperation/requests/{id}/actions', { params: { path: { id: request!.id } }, body: { ...v, action: 'answer' } }), () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['enforcement-coop'] });
  });
  return (
    <FormDrawer open={request !== null} onClose={onClose} title={`${t('enforcement.coop.request.respond')} · ${request?.subject ?? ''}`} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="outcome" label={t('enforcement.coop.request.outcome')} rules={[{ required: true }]}><Select options={ASSIST_OUTCOMES.map((o) => ({ value: o, label: label(AssistOutcomeLabels[o]) }))} /></Form.Item>
        <Form.Item name="answer" label={t('enforcement.coop.request.answer')} rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="on" label={t('enforcement.more.on')}><DateInput /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Assistance requests with their filters, deadlines and the receiver's actions; `bodyId` keeps to one body. */
export function RequestTable({ bodyId }: { bodyId?: string }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [answering, setAnswering] = useState<AssistRequest | null>(null);
  const list = useListQuery('/enforcement/cooperation/requests', { sort: 'sentOn', order: 'desc' });
  const query = { ...list.query, bodyId };
  const { data, isFetching } = useQuery({ queryKey: ['enforcement-coop', 'requests', query], queryFn: () => api.get('/enforcement/cooperation/requests', { params: { query } }) });
  const f = list.params.filters;
  const accept = (r: AssistRequest) =>
    void api.post('/enforcement/cooperation/requests/{id}/actions', { params: { path: { id: r.id } }, body: { action: 'accept' } }).then(
      () => void queryClient.invalidateQueries({ queryKey: ['enforcement-coop'] }),
      (e: Error) => void message.error(e.message),
    );
  return (
    <>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.coop.request.subject')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select value={(f.box as string | undefined) ?? 'all'} onChange={(box: string) => list.setFilters({ ...f, box })} options={(['all', 'sent', 'received'] as const).map((b) => ({ value: b, label: t(`enforcement.coop.box.${b}`) }))} style={{ width: 140 }} aria-label={t('enforcement.coop.box')} />
        <Select allowClear placeholder={t('enforcement.coop.request.kind')} value={(f.kind as string | undefined) ?? undefined} onChange={(kind?: string) => list.setFilters({ ...f, kind })} options={ASSIST_KINDS.map((k) => ({ value: k, label: label(AssistKindLabels[k]) }))} style={{ width: 160 }} />
        <Select allowClear placeholder={t('enforcement.coop.request.state')} value={(f.state as string | undefined) ?? undefined} onChange={(state?: string) => list.setFilters({ ...f, state })} options={ASSIST_STATES.map((s) => ({ value: s, label: label(AssistStateLabels[s]) }))} style={{ width: 170 }} />
        <Select allowClear placeholder={t('enforcement.more.overdueOnly')} value={(f.overdue as string | undefined) ?? undefined} onChange={(overdue?: string) => list.setFilters({ ...f, overdue })} options={[{ value: 'true', label: t('enforcement.more.overdue') }]} style={{ width: 150 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
        <Button onClick={() => void api.download('/enforcement/cooperation/requests/export.xlsx', { query: { ...list.exportQuery, bodyId } }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
      </Space>
      <Table<AssistRequest>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<AssistRequest>(data?.total, t)}
        scroll={{ x: 1250 }}
        expandable={{ expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.detail}{r.answer ? `\n${t('enforcement.coop.request.answer')}：${r.answer}` : ''}</div> }}
        columns={[
          { title: t('enforcement.coop.request.subject'), dataIndex: 'subject', width: 200 },
          { title: t('enforcement.coop.request.kind'), dataIndex: 'kind', width: 120, render: (k: AssistRequest['kind']) => label(AssistKindLabels[k]) },
          { title: `${t('enforcement.coop.request.from')} → ${t('enforcement.coop.request.to')}`, width: 260, render: (_, r) => <div>{r.from.name}<br />→ {r.to.name}</div> },
          { title: t('enforcement.coop.request.sentOn'), dataIndex: 'sentOn', key: 'sentOn', width: 110, sorter: true, sortOrder: list.sortOrder('sentOn') },
          {
            title: t('enforcement.coop.request.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 150, sorter: true, sortOrder: list.sortOrder('dueOn'),
            render: (v: string, r) => <Tooltip title={`${label(LimitCodeLabels[r.limit.code])}：${r.limit.length}（${r.limit.citation}）`}><Space size={4}>{v}{r.overdue && <Tag color="error">{t('enforcement.more.overdue')}</Tag>}</Space></Tooltip>,
          },
          { title: t('enforcement.coop.request.state'), dataIndex: 'state', width: 140, render: (s: AssistRequest['state']) => <Tag color={STATE_COLOR[s]}>{label(AssistStateLabels[s])}</Tag> },
          { title: t('enforcement.coop.request.outcome'), dataIndex: 'outcome', width: 130, render: (o: AssistRequest['outcome']) => (o ? label(AssistOutcomeLabels[o]) : '—') },
          {
            title: t('common.actions'), width: 130, fixed: 'right',
            render: (_, r) => (
              <Space size={4}>
                {r.actions.includes('accept') && <Button size="small" onClick={() => accept(r)}>{t('enforcement.coop.request.accept')}</Button>}
                {r.actions.includes('answer') && <Button size="small" type="primary" onClick={() => setAnswering(r)}>{t('enforcement.coop.request.respond')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <AnswerDrawer request={answering} onClose={() => setAnswering(null)} />
    </>
  );
}
