import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type Person, type PersonCreate, PersonCreateSchema } from '../../../../../common/org';
import { OrgAccess } from '../../../../../common/roles';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { ImportModal } from '../../../components/ImportModal';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';

const shape = PersonCreateSchema.shape;

function PersonDrawer(props: { person: Person | null | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<PersonCreate>();
  useEffect(() => {
    form.resetFields();
    if (props.person) form.setFieldsValue(props.person);
  }, [props.person, form]);
  const { saving, submit } = useFormSave(
    form,
    async (values) => {
      if (props.person) return api.patch('/org/people/{id}', { params: { path: { id: props.person.id } }, body: values });
      else return api.post('/org/people', { body: values });
    },
    () => props.onSaved(),
  );
  return (
    <FormDrawer open={props.person !== undefined} onClose={props.onClose} title={props.person ? t('people.edit') : t('people.create')} size={480} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('people.name')} required rules={[zodRule(shape.name)]}>
          <Input count={{ max: 50 }} />
        </Form.Item>
        <Form.Item name="title" label={t('people.title_')} rules={[zodRule(shape.title)]} extra={t('people.titleHint')}>
          <Input.TextArea count={{ max: 100 }} autoSize />
        </Form.Item>
        <Form.Item name="orgId" label={t('people.org')} required rules={[zodRule(shape.orgId)]}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="phone" label={t('people.phone')} rules={[zodRule(shape.phone)]}>
          <Input count={{ max: 30 }} />
        </Form.Item>
        <Form.Item name="email" label={t('people.email')} rules={[zodRule(shape.email)]}>
          <Input count={{ max: 100 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** People of the organisations in scope, with their position titles. */
export default function PeopleListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const canWrite = hasRole(OrgAccess.write);
  const qc = useQueryClient();
  const list = useListQuery('/org/people', { sort: 'name' });
  const [editing, setEditing] = useState<Person | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['people', list.query], queryFn: () => api.get('/org/people', { params: { query: list.query } }) });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete('/org/people/{id}', { params: { path: { id } } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['people'] }),
    onError: (err) => void message.error(err.message),
  });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('people.title')}
      extra={
        <>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('common.create')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/org/people/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('people.searchPlaceholder')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} />
        <OrgPicker allowClear value={typeof f.orgId === 'string' ? f.orgId : undefined} onChange={(orgId) => list.setFilters({ ...f, orgId })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Person>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Person>(data?.total, t)}
        columns={[
          { title: t('people.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrder('name'), width: 120 },
          { title: t('people.title_'), dataIndex: 'title' },
          { title: t('people.org'), dataIndex: 'orgName', key: 'orgName', sorter: true, sortOrder: list.sortOrder('orgName'), render: (n: string, p) => <Link to={`/orgs/${p.orgId}`}>{n}</Link> },
          { title: t('people.phone'), dataIndex: 'phone', width: 140 },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, p: Person) => (
                    <Space>
                      <a onClick={() => setEditing(p)}>{t('common.edit')}</a>
                      <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(p.id)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PersonDrawer
        person={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void qc.invalidateQueries({ queryKey: ['people'] });
        }}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} template="/org/people/import-template.xlsx" upload="/org/people/import" onImported={() => void qc.invalidateQueries({ queryKey: ['people'] })} />
    </PageContainer>
  );
}
