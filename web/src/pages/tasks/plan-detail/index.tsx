import { DownloadOutlined, FileTextOutlined, PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Result, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { TasksAccess, type TaskSummary } from '../../../../../common/tasks';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { FlagTag, ProgressCell, StatusTag } from '../shared';
import { TaskForm } from '../task-form/TaskForm';
import { IssueBookModal } from './IssueBookModal';
import { PasteTextModal } from './PasteTextModal';

type Node = TaskSummary & { children?: Node[] };

/** Nests a plan's tasks (already in plan order) under their parents. */
function tree(items: TaskSummary[]): Node[] {
  const byId = new Map<string, Node>(items.map((i) => [i.id, { ...i }]));
  const roots: Node[] = [];
  for (const n of byId.values()) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (parent) (parent.children ??= []).push(n);
    else roots.push(n);
  }
  return roots;
}

/** A work plan's numbered tasks as a tree: add, edit, import from Excel or pasted text, export, issue task books. */
export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const canManage = hasRole(TasksAccess.manage);
  const [adding, setAdding] = useState<{ parent: { id: string; path: string } | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const { data: plan, error } = useQuery({ queryKey: ['work-plans', 'one', id], queryFn: () => api.get('/tasks/work-plans/{id}', { params: { path: { id } } }) });
  const { data: tasks = [], isFetching } = useQuery({ queryKey: ['work-plans', id, 'tasks'], queryFn: () => api.get('/tasks/work-plans/{id}/tasks', { params: { path: { id } } }), enabled: !!plan });
  const nodes = useMemo(() => tree(tasks), [tasks]);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['work-plans'] });
  const remove = useMutation({ mutationFn: (taskId: string) => api.delete('/tasks/{id}', { params: { path: { id: taskId } } }), onSuccess: refresh, onError: (e) => void message.error(e.message) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!plan) return null;

  return (
    <PageContainer
      title={plan.title}
      crumbs={[{ title: t('plan.listTitle'), path: '/work-plans' }, { title: plan.title }]}
      extra={
        <>
          {canManage && (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({ parent: null })}>
                {t('task.add')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('common.import')}
              </Button>
              <Button icon={<FileTextOutlined />} onClick={() => setPasting(true)}>
                {t('plan.paste')}
              </Button>
              <Button icon={<SendOutlined />} onClick={() => setIssuing(true)}>
                {t('book.issue')}
              </Button>
            </>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/work-plans/{id}/export.xlsx', { path: { id } }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Table<Node>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={nodes}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={nodes.length}
        scroll={{ x: 1300 }}
        columns={[
          { title: t('task.number'), dataIndex: 'number', width: 110 },
          { title: t('task.title'), dataIndex: 'title', render: (v: string, n) => <Link to={`/tasks/${n.id}`}>{v}</Link> },
          { title: t('task.lead'), dataIndex: 'leadOrgName', width: 200, ellipsis: true },
          { title: t('task.deadline'), dataIndex: 'deadline', width: 110 },
          { title: t('task.weight'), dataIndex: 'weight', width: 70 },
          { title: t('task.progress'), dataIndex: 'progress', width: 150, render: (p: number, n) => <ProgressCell percent={p} status={n.status} /> },
          { title: t('task.status'), dataIndex: 'status', width: 140, render: (s: Node['status'], n) => (<><StatusTag status={s} /><FlagTag flag={n.flag} /></>) },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 180,
                  fixed: 'right' as const,
                  render: (_: unknown, n: Node) => (
                    <Space>
                      {n.level < 3 && <a onClick={() => setAdding({ parent: { id: n.id, path: n.path } })}>{t('task.addChildShort')}</a>}
                      {!n.hasChildren && n.progress === 0 && n.status !== 'cancelled' && n.status !== 'completed' && (
                        <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(n.id)}>
                          <a>{t('common.delete')}</a>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TaskForm open={!!adding} workPlanId={id} parent={adding?.parent ?? null} task={null} onClose={() => setAdding(null)} onSaved={() => { setAdding(null); refresh(); }} />
      <ImportModal open={importing} onClose={() => setImporting(false)} template="/tasks/work-plans/import-template.xlsx" upload="/tasks/work-plans/{id}/import" pathParams={{ id }} onImported={refresh} />
      <PasteTextModal open={pasting} planId={id} onClose={() => setPasting(false)} onImported={refresh} />
      <IssueBookModal open={issuing} plan={plan} tasks={tasks} onClose={() => setIssuing(false)} />
    </PageContainer>
  );
}
