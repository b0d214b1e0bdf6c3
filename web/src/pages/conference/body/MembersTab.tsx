import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Member, type MemberPosition, MemberPositionLabels, MemberPositionSchema } from '../../../../../common/conference';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';
import { ImportModal } from '../../../components/ImportModal';
import { OrgPicker } from '../../../components/OrgPicker';
import { useListQuery } from '../../../components/useListQuery';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

interface Values {
  orgId: string;
  position: MemberPosition;
  joinedOn?: Dayjs | null;
  leftOn?: Dayjs | null;
  duties?: string;
  sortOrder?: number;
}

/** Member units with their position and term: filter, sort, page, export, import, add, edit, remove. */
export function MembersTab({ canEdit }: { canEdit: boolean }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useListQuery('/conference/members', { sort: 'sortOrder' });
  const [editing, setEditing] = useState<Member | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<Values>();
  const { data, isFetching } = useQuery({ queryKey: ['conference', 'members', list.query], queryFn: () => api.get('/conference/members', { params: { query: list.query } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['conference'] });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { position: v.position, joinedOn: v.joinedOn?.format('YYYY-MM-DD') ?? null, leftOn: v.leftOn?.format('YYYY-MM-DD') ?? null, duties: v.duties ?? null, sortOrder: v.sortOrder ?? 0 };
      return editing ? api.patch('/conference/members/{id}', { params: { path: { id: editing.id } }, body }) : api.post('/conference/members', { body: { ...body, orgId: v.orgId } });
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
  const remove = useMutation({ mutationFn: (id: string) => api.delete('/conference/members/{id}', { params: { path: { id } } }), onSuccess: refresh, onError: (e) => void message.error(e.message) });
  const open = (m: Member | null) => {
    form.resetFields();
    if (m) form.setFieldsValue({ ...m, joinedOn: m.joinedOn ? dayjs(m.joinedOn) : null, leftOn: m.leftOn ? dayjs(m.leftOn) : null, duties: m.duties ?? undefined });
    else form.setFieldsValue({ position: 'member', sortOrder: (data?.total ?? 0) + 1 });
    setEditing(m);
  };
  const f = list.params.filters;

  return (
    <>
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('body.searchUnit')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('body.position')} value={list.text('position')} onChange={(position?: string) => list.setFilters({ ...f, position })} options={MemberPositionSchema.options.map((p) => ({ value: p, label: label(MemberPositionLabels[p]) }))} style={{ width: 130 }} />
        <Select allowClear placeholder={t('body.current')} value={list.text('current')} onChange={(current?: string) => list.setFilters({ ...f, current })} options={[{ value: 'true', label: t('body.currentYes') }, { value: 'false', label: t('body.currentNo') }]} style={{ width: 130 }} />
        {canEdit && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
              {t('body.addMember')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          </>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/conference/members/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      </Space>
      <Table<Member>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Member>(data?.total, t)}
        columns={[
          { title: t('body.order'), dataIndex: 'sortOrder', key: 'sortOrder', width: 80, sorter: true, sortOrder: list.sortOrder('sortOrder') },
          { title: t('body.unit'), dataIndex: 'orgName', key: 'orgName', sorter: true, sortOrder: list.sortOrder('orgName'), render: (v: string, m) => (canEdit ? <Link to={`/orgs/${m.orgId}`}>{v}</Link> : v) },
          { title: t('body.position'), dataIndex: 'position', key: 'position', width: 110, sorter: true, sortOrder: list.sortOrder('position'), render: (p: Member['position']) => <Tag color={p === 'lead' ? 'red' : 'blue'}>{label(MemberPositionLabels[p])}</Tag> },
          { title: t('body.liaison'), dataIndex: 'liaisonName', width: 120 },
          { title: t('body.joinedOn'), dataIndex: 'joinedOn', key: 'joinedOn', width: 120, sorter: true, sortOrder: list.sortOrder('joinedOn') },
          { title: t('body.leftOn'), dataIndex: 'leftOn', width: 120 },
          { title: t('body.duties'), dataIndex: 'duties', ellipsis: true },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, m: Member) => (
                    <Space>
                      <a onClick={() => open(m)}>{t('common.edit')}</a>
                      <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(m.id)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal open={editing !== undefined} title={editing ? t('body.editMember') : t('body.addMember')} onCancel={() => setEditing(undefined)} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="orgId" label={t('body.unit')} rules={[{ required: !editing, message: t('body.unitRequired') }]}>
            <OrgPicker allowClear={!editing} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="position" label={t('body.position')}>
              <Select style={{ width: 140 }} options={MemberPositionSchema.options.map((p) => ({ value: p, label: label(MemberPositionLabels[p]) }))} />
            </Form.Item>
            <Form.Item name="sortOrder" label={t('body.order')}>
              <InputNumber min={0} max={9999} />
            </Form.Item>
            <Form.Item rules={[dateRule()]} name="joinedOn" label={t('body.joinedOn')}>
              <DateInput />
            </Form.Item>
            <Form.Item rules={[dateRule()]} name="leftOn" label={t('body.leftOn')}>
              <DateInput />
            </Form.Item>
          </Space>
          <Form.Item name="duties" label={t('body.duties')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <ImportModal open={importing} onClose={() => setImporting(false)} template="/conference/members/import-template.xlsx" upload="/conference/members/import" onImported={refresh} />
    </>
  );
}
