import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { TasksAccess, type WorkPlan, type WorkPlanCreate, WorkPlanCreateSchema } from '../../../../../common/tasks';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError, zodRule } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { ProgressCell, yearOptions } from '../shared';

/** Work plans (工作要点) per year and region. */
export default function PlanListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me, hasRole } = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const list = useListQuery('/tasks/work-plans', { sort: 'year', order: 'desc' });
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<WorkPlanCreate>();
  const { data, isFetching } = useQuery({ queryKey: ['work-plans', list.query], queryFn: () => api.get('/tasks/work-plans', { params: { query: list.query } }) });
  const create = useMutation({
    mutationFn: (body: WorkPlanCreate) => api.post('/tasks/work-plans', { body }),
    onSuccess: (p) => {
      setCreating(false);
      void qc.invalidateQueries({ queryKey: ['work-plans'] });
      void navigate(`/work-plans/${p.id}`);
    },
    onError: (e) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    },
  });
  const f = list.params.filters;

  return (
    <PageContainer
      title={t('plan.listTitle')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/work-plans/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
          {hasRole(TasksAccess.manage) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.setFieldsValue({ year: new Date().getFullYear(), regionCode: me?.org.regionCode, title: `${new Date().getFullYear()}年知识产权工作要点` }); setCreating(true); }}>
              {t('plan.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('plan.searchPlaceholder')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('plan.year')} value={list.text('year') ? Number(list.text('year')) : undefined} onChange={(y?: number) => list.setFilters({ ...f, year: y ? String(y) : undefined })} options={yearOptions()} style={{ width: 110 }} />
        <RegionPicker allowClear value={list.text('regionCode')} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<WorkPlan>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<WorkPlan>(data?.total, t)}
        columns={[
          { title: t('plan.year'), dataIndex: 'year', key: 'year', width: 90, sorter: true, sortOrder: list.sortOrder('year') },
          { title: t('plan.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, p) => <Link to={`/work-plans/${p.id}`}>{v}</Link> },
          { title: t('plan.region'), dataIndex: 'regionName', width: 200 },
          { title: t('plan.tasks'), dataIndex: 'taskCount', width: 90 },
          { title: t('plan.completed'), dataIndex: 'completed', width: 90 },
          { title: t('plan.overdue'), dataIndex: 'overdue', width: 90, render: (n: number) => (n > 0 ? <span style={{ color: '#cf1322' }}>{n}</span> : n) },
          { title: t('plan.progress'), dataIndex: 'progress', width: 180, render: (p: number) => <ProgressCell percent={p} /> },
        ]}
      />
      <Modal open={creating} title={t('plan.create')} onCancel={() => setCreating(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="title" label={t('plan.title')} rules={[zodRule(WorkPlanCreateSchema.shape.title)]}>
            <Input count={{ max: 200 }} />
          </Form.Item>
          <Space>
            <Form.Item name="year" label={t('plan.year')} rules={[zodRule(WorkPlanCreateSchema.shape.year)]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="regionCode" label={t('plan.region')} rules={[zodRule(WorkPlanCreateSchema.shape.regionCode)]}>
              <RegionPicker />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </PageContainer>
  );
}
