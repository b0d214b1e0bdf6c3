import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Meeting } from '../../../../../common/conference';
import { type Attendee, type AttendeeCreate, AttendeeCreateSchema, AttendeeRoleLabels, AttendeeRoleSchema } from '../../../../../common/conference-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';
import { ImportModal } from '../../../components/ImportModal';
import { OrgPicker } from '../../../components/OrgPicker';

/** The attendance list with each person's title at the time; organisers add, import and remove people. */
export function AttendeesTab({ meeting: m }: { meeting: Meeting }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<AttendeeCreate>();
  const key = ['meetings', m.id, 'attendees'];
  const { data = [], isFetching } = useQuery({ queryKey: key, queryFn: () => api.get('/conference/meetings/{id}/attendees', { params: { path: { id: m.id } } }) });
  const add = useMutation({
    mutationFn: (v: AttendeeCreate) => api.post('/conference/meetings/{id}/attendees', { params: { path: { id: m.id } }, body: v }),
    onSuccess: () => {
      setAdding(false);
      form.resetFields();
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => api.delete('/conference/meetings/{id}/attendees/{childId}', { params: { path: { id: m.id, childId: id } } }), onSuccess: () => void qc.invalidateQueries({ queryKey: key }), onError: (e) => void message.error(e.message) });

  return (
    <>
      <Space wrap className="filter-bar">
        {m.canManage && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('att.add')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          </>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/conference/meetings/{id}/attendees/export.xlsx', { path: { id: m.id } }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      </Space>
      <Table<Attendee>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 50, showTotal: (n) => t('common.total', { total: n }) }}
        columns={[
          { title: t('att.name'), dataIndex: 'name', width: 120, sorter: (a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') },
          { title: t('att.title'), dataIndex: 'title' },
          { title: t('att.org'), dataIndex: 'orgName', width: 260, ellipsis: true },
          { title: t('att.role'), dataIndex: 'role', width: 110, filters: AttendeeRoleSchema.options.map((r) => ({ text: label(AttendeeRoleLabels[r]), value: r })), onFilter: (v, a) => a.role === v, render: (r: Attendee['role']) => <Tag>{label(AttendeeRoleLabels[r])}</Tag> },
          { title: t('att.online'), dataIndex: 'online', width: 80, render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
          ...(m.canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, a: Attendee) => (
                    <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(a.id)}>
                      <a>{t('common.delete')}</a>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal open={adding} title={t('att.add')} onCancel={() => setAdding(false)} onOk={() => form.submit()} confirmLoading={add.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ role: 'attendee', online: false }} onFinish={(v) => add.mutate(v)}>
          <Form.Item name="name" label={t('att.name')} required rules={[zodRule(AttendeeCreateSchema.shape.name)]}>
            <Input count={{ max: 50 }} />
          </Form.Item>
          <Form.Item name="title" label={t('att.titleAtTime')}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Form.Item name="orgId" label={t('att.org')}>
            <OrgPicker allowClear />
          </Form.Item>
          <Form.Item name="orgName" label={t('att.orgFree')}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Space>
            <Form.Item name="role" label={t('att.role')}>
              <Select style={{ width: 140 }} options={AttendeeRoleSchema.options.map((r) => ({ value: r, label: label(AttendeeRoleLabels[r]) }))} />
            </Form.Item>
            <Form.Item name="online" label={t('att.online')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
      <ImportModal open={importing} onClose={() => setImporting(false)} template="/conference/meetings/attendees/import-template.xlsx" upload="/conference/meetings/{id}/attendees/import" pathParams={{ id: m.id }} onImported={() => void qc.invalidateQueries({ queryKey: key })} />
    </>
  );
}
