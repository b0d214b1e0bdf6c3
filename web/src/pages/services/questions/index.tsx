import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ServicesAccess } from '../../../../../common/services';
import { type Question, type QuestionCreateInput, QuestionCategoryLabels, QuestionCreateSchema, QuestionStatusLabels, QUESTION_CATEGORIES, QUESTION_STATUSES } from '../../../../../common/services-desk';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { AttachmentField } from '../AttachmentField';

const shape = QuestionCreateSchema.shape;

/** The asker's form: category, title, the question and its files. */
function AskDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<QuestionCreateInput>();
  const { saving, submit } = useFormSave(form, (v) => api.post('/services/questions', { body: { ...v, fileIds: v.fileIds ?? [] } }), (q) => void navigate(`/services/questions/${q.id}`));
  return (
    <FormDrawer open={open} onClose={onClose} title={t('services.questions.new')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ category: 'patent', fileIds: [] }}>
        <Form.Item name="category" label={t('services.q.category')} rules={[zodRule(shape.category)]}>
          <Select options={QUESTION_CATEGORIES.map((c) => ({ value: c, label: label(QuestionCategoryLabels[c]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('services.q.title')} rules={[zodRule(shape.title)]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="body" label={t('services.q.body')} rules={[zodRule(shape.body)]}><Input.TextArea rows={6} maxLength={2000} showCount /></Form.Item>
        <Form.Item name="fileIds" label={t('services.q.files')}><AttachmentField /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The consultation desk's queue for the office; an asker's own questions; an assignee's given ones. */
export default function QuestionListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [drawer, setDrawer] = useState(false);
  const list = useListQuery('/services/questions', { sort: 'askedOn', order: 'desc' }, ['status', 'category']);
  const { data, isFetching } = useQuery({ queryKey: ['services-questions', list.query], queryFn: () => api.get('/services/questions', { params: { query: list.query } }) });
  const f = list.params.filters;
  const dueCell = (due: string, late: boolean) => (late ? <Typography.Text type="danger">{due} · {t('services.q.late')}</Typography.Text> : due);
  return (
    <PageContainer
      title={t('services.questions.title')}
      extra={
        <Space wrap>
          {hasRole(ServicesAccess.ask) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('services.questions.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/services/questions/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('services.questions.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear placeholder={t('services.q.status')} value={(f.status as string[] | undefined) ?? []} onChange={(status: string[]) => list.setFilters({ ...f, status })} options={QUESTION_STATUSES.map((s) => ({ value: s, label: label(QuestionStatusLabels[s]) }))} style={{ minWidth: 160 }} />
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} allowClear placeholder={t('services.q.category')} value={(f.category as string[] | undefined) ?? []} onChange={(category: string[]) => list.setFilters({ ...f, category })} options={QUESTION_CATEGORIES.map((c) => ({ value: c, label: label(QuestionCategoryLabels[c]) }))} style={{ minWidth: 160 }} />
        <Select allowClear placeholder={t('services.questions.late')} value={(f.late as string | undefined) ?? undefined} onChange={(late?: string) => list.setFilters({ ...f, late })} options={[{ value: 'firstAnswer', label: t('services.questions.lateFirst') }, { value: 'resolution', label: t('services.questions.lateResolution') }]} style={{ minWidth: 150 }} />
        {hasRole(['office', 'volunteer']) && (
          <Space><Switch size="small" checked={f.mine === 'true'} onChange={(on) => list.setFilters({ ...f, mine: on ? 'true' : undefined })} />{t('services.questions.mine')}</Space>
        )}
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Question>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Question>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('services.q.number'), dataIndex: 'number', key: 'number', width: 140, sorter: true, sortOrder: list.sortOrder('number'), render: (v: string, q) => <Link to={`/services/questions/${q.id}`}>{v}</Link> },
          { title: t('services.q.title'), dataIndex: 'title', render: (v: string, q) => <Link to={`/services/questions/${q.id}`}>{v}</Link> },
          { title: t('services.q.category'), dataIndex: 'category', width: 110, render: (c: Question['category']) => label(QuestionCategoryLabels[c]) },
          { title: t('services.q.asker'), dataIndex: 'askerName', width: 200 },
          { title: t('services.q.assignee'), dataIndex: 'assigneeName', width: 160, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('services.q.noAssignee')}</Typography.Text> },
          { title: t('services.q.askedOn'), dataIndex: 'askedOn', key: 'askedOn', width: 110, sorter: true, sortOrder: list.sortOrder('askedOn') },
          { title: t('services.q.firstAnswerDue'), dataIndex: 'firstAnswerDue', key: 'firstAnswerDue', width: 150, sorter: true, sortOrder: list.sortOrder('firstAnswerDue'), render: (v: string, q) => dueCell(v, q.lateFirstAnswer && !q.firstAnsweredOn) },
          { title: t('services.q.resolutionDue'), dataIndex: 'resolutionDue', key: 'resolutionDue', width: 150, sorter: true, sortOrder: list.sortOrder('resolutionDue'), render: (v: string, q) => dueCell(v, q.lateResolution) },
          { title: t('services.q.status'), dataIndex: 'status', key: 'status', width: 130, sorter: true, sortOrder: list.sortOrder('status'), render: (s: Question['status']) => <Tag color={QuestionStatusLabels[s].color}>{label(QuestionStatusLabels[s])}</Tag> },
        ]}
      />
      <AskDrawer open={drawer} onClose={() => setDrawer(false)} />
    </PageContainer>
  );
}
