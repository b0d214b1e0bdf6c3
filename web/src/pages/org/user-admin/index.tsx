import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { ROLES, RoleLabels } from '../../../../../common/roles';
import { PasswordSchema, type User, type UserCreate, UserCreateSchema, type UserStatus } from '../../../../../common/user';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';

const shape = UserCreateSchema.shape;

function UserDrawer(props: { user: User | null | undefined; onClose: () => void; onSaved: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<UserCreate & { status?: UserStatus }>();
  const editing = !!props.user;
  useEffect(() => {
    form.resetFields();
    if (props.user) form.setFieldsValue(props.user);
  }, [props.user, form]);
  const { saving, submit } = useFormSave(
    form,
    async (values) => {
      if (props.user) return api.patch('/org/users/{id}', { params: { path: { id: props.user.id } }, body: { displayName: values.displayName, orgId: values.orgId, roles: values.roles, status: values.status } });
      else return api.post('/org/users', { body: values });
    },
    () => props.onSaved(),
  );
  return (
    <FormDrawer open={props.user !== undefined} onClose={props.onClose} title={editing ? t('users.edit') : t('users.create')} size={480} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ status: 'active' }}>
        <Form.Item name="username" label={t('users.username')} required rules={editing ? [] : [zodRule(shape.username)]}>
          <Input disabled={editing} count={{ max: 32 }} />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required rules={[zodRule(shape.displayName)]}>
          <Input count={{ max: 50 }} />
        </Form.Item>
        <Form.Item name="orgId" label={t('users.org')} required rules={[zodRule(shape.orgId)]}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} required rules={[zodRule(shape.roles)]}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: label(RoleLabels[r]) }))} />
        </Form.Item>
        {editing ? (
          <Form.Item name="status" label={t('users.status')}>
            <Select options={[{ value: 'active', label: t('users.active') }, { value: 'disabled', label: t('users.disabled') }]} />
          </Form.Item>
        ) : (
          <Form.Item name="password" label={t('users.initialPassword')} required rules={[zodRule(PasswordSchema)]} extra={t('users.passwordPolicy')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}

/** User administration: accounts, roles, status, password resets and lock-outs. */
export default function UserAdminPage() {
  const { t, label } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const list = useListQuery('/org/users', { sort: 'username' });
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [resetting, setResetting] = useState<User | null>(null);
  const [resetForm] = Form.useForm<{ password: string }>();
  const { data, isFetching } = useQuery({ queryKey: ['users', list.query], queryFn: () => api.get('/org/users', { params: { query: list.query } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['users'] });
  const unlock = useMutation({ mutationFn: (id: string) => api.post('/org/users/{id}/unlock', { params: { path: { id } } }), onSuccess: refresh, onError: (e) => void message.error(e.message) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('users.title')}
      extra={
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('common.create')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/org/users/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('users.searchPlaceholder')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} />
        <Select allowClear placeholder={t('users.roles')} value={list.text('role')} onChange={(role: string) => list.setFilters({ ...f, role })} options={ROLES.map((r) => ({ value: r, label: label(RoleLabels[r]) }))} style={{ width: 180 }} />
        <Select
          allowClear
          placeholder={t('users.status')}
          value={list.text('status')}
          onChange={(status: string) => list.setFilters({ ...f, status })}
          options={[{ value: 'active', label: t('users.active') }, { value: 'disabled', label: t('users.disabled') }]}
          style={{ width: 120 }}
        />
      </Space>
      <Table<User>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<User>(data?.total, t)}
        columns={[
          { title: t('users.username'), dataIndex: 'username', key: 'username', sorter: true, sortOrder: list.sortOrder('username'), width: 140 },
          { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName', sorter: true, sortOrder: list.sortOrder('displayName'), width: 160 },
          { title: t('users.org'), dataIndex: 'orgName', ellipsis: true },
          { title: t('users.roles'), dataIndex: 'roles', render: (roles: User['roles']) => roles.map((r) => <Tag key={r}>{label(RoleLabels[r])}</Tag>) },
          {
            title: t('users.status'),
            dataIndex: 'status',
            width: 140,
            render: (s: string, u) => (
              <Space>
                <Tag color={s === 'active' ? 'green' : 'default'}>{s === 'active' ? t('users.active') : t('users.disabled')}</Tag>
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() && <Tag color="red">{t('users.locked')}</Tag>}
              </Space>
            ),
          },
          { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', key: 'lastLoginAt', sorter: true, sortOrder: list.sortOrder('lastLoginAt'), width: 170, render: (d: string | null) => formatDateTime(d) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_: unknown, u) => (
              <Space>
                <a onClick={() => setEditing(u)}>{t('common.edit')}</a>
                <a onClick={() => setResetting(u)}>{t('users.resetPassword')}</a>
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
                  <a onClick={() => void modal.confirm({ title: t('users.unlockConfirm'), onOk: () => unlock.mutateAsync(u.id) })}>{t('users.unlock')}</a>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserDrawer
        user={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          refresh();
        }}
      />
      <Modal
        open={!!resetting}
        title={`${t('users.resetPassword')} · ${resetting?.username ?? ''}`}
        onCancel={() => setResetting(null)}
        destroyOnHidden
        onOk={async () => {
          const checked = await validValues(resetForm);
          if (!checked) return;
          const { password } = checked;
          try {
            await api.post('/org/users/{id}/password', { params: { path: { id: resetting!.id } }, body: { password } });
            void message.success(t('users.passwordReset'));
            setResetting(null);
          } catch (err) {
            const text = applyApiError(resetForm, err);
            if (text) void message.error(text);
          }
        }}
      >
        <Form form={resetForm} layout="vertical">
          <Form.Item name="password" label={t('users.newPassword')} rules={[zodRule(PasswordSchema)]} extra={t('users.mustChangeHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
