import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type Liaison, LiaisonCreateSchema } from '../../../../../common/conference';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { useListQuery } from '../../../components/useListQuery';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

interface Values {
  orgId: string;
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  termStart: Dayjs;
  termEnd?: Dayjs | null;
}

/** Liaisons of the member units with the start and end of their terms. */
export function LiaisonsTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useListQuery('/conference/liaisons', { sort: 'orgName' });
  const [editing, setEditing] = useState<Liaison | null | undefined>(undefined);
  const [form] = Form.useForm<Values>();
  const { data, isFetching } = useQuery({ queryKey: ['conference', 'liaisons', list.query], queryFn: () => api.get('/conference/liaisons', { params: { query: list.query } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['conference'] });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { name: v.name, title: v.title ?? null, phone: v.phone ?? null, email: v.email ?? null, termStart: v.termStart.format('YYYY-MM-DD'), termEnd: v.termEnd?.format('YYYY-MM-DD') ?? null };
      return editing ? api.patch('/conference/liaisons/{id}', { params: { path: { id: editing.id } }, body }) : api.post('/conference/liaisons', { body: { ...body, orgId: v.orgId } });
    },
    onSuccess: () => {
      setEditing(undefined);
      refresh();
    },
    onError: (e) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => api.delete('/conference/liaisons/{id}', { params: { path: { id } } }), onSuccess: refresh, onError: (e) => void message.error(e.message) });
  const open = (l: Liaison | null) => {
    form.resetFields();
    if (l) form.setFieldsValue({ ...l, title: l.title ?? undefined, phone: l.phone ?? undefined, email: l.email ?? undefined, termStart: dayjs(l.termStart), termEnd: l.termEnd ? dayjs(l.termEnd) : null });
    else form.setFieldsValue({ termStart: dayjs() });
    setEditing(l);
  };
  const f = list.params.filters;

  return (
    <>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('body.searchLiaison')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('body.inOffice')} value={list.text('current')} onChange={(current?: string) => list.setFilters({ ...f, current })} options={[{ value: 'true', label: t('body.inOfficeYes') }, { value: 'false', label: t('body.inOfficeNo') }]} style={{ width: 130 }} />
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
            {t('body.addLiaison')}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/conference/liaisons/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      </Space>
      <Table<Liaison>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Liaison>(data?.total, t)}
        columns={[
          { title: t('body.unit'), dataIndex: 'orgName', key: 'orgName', sorter: true, sortOrder: list.sortOrder('orgName') },
          { title: t('body.liaisonName'), dataIndex: 'name', key: 'name', width: 110, sorter: true, sortOrder: list.sortOrder('name') },
          { title: t('body.liaisonTitle'), dataIndex: 'title', ellipsis: true },
          { title: t('body.phone'), dataIndex: 'phone', width: 140 },
          { title: t('body.termStart'), dataIndex: 'termStart', key: 'termStart', width: 120, sorter: true, sortOrder: list.sortOrder('termStart') },
          { title: t('body.termEnd'), dataIndex: 'termEnd', key: 'termEnd', width: 120, sorter: true, sortOrder: list.sortOrder('termEnd') },
          { title: t('body.inOffice'), dataIndex: 'current', width: 90, render: (c: boolean) => <Tag color={c ? 'green' : 'default'}>{c ? t('body.inOfficeYes') : t('body.inOfficeNo')}</Tag> },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, l: Liaison) => (
                    <Space>
                      <a onClick={() => open(l)}>{t('common.edit')}</a>
                      <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(l.id)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal open={editing !== undefined} title={editing ? t('body.editLiaison') : t('body.addLiaison')} onCancel={() => setEditing(undefined)} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          {!editing && (
            <Form.Item name="orgId" label={t('body.unit')} rules={[{ required: true, message: t('body.unitRequired') }]}>
              <OrgPicker />
            </Form.Item>
          )}
          <Form.Item name="name" label={t('body.liaisonName')} rules={[zodRule(LiaisonCreateSchema.shape.name)]}>
            <Input count={{ max: 50 }} />
          </Form.Item>
          <Form.Item name="title" label={t('body.liaisonTitle')}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="phone" label={t('body.phone')}>
              <Input count={{ max: 30 }} />
            </Form.Item>
            <Form.Item name="email" label={t('body.email')}>
              <Input count={{ max: 100 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="termStart" label={t('body.termStart')} rules={[{ required: true, message: t('body.termStartRequired') }, dateRule()]}>
              <DateInput />
            </Form.Item>
            <Form.Item rules={[dateRule()]} name="termEnd" label={t('body.termEnd')}>
              <DateInput />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
