import { DownloadOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ASSIST_KINDS, AssistKindLabels, type BodyCreate, BodyCreateSchema, type BodyListItem, COOP_AREAS, CoopAreaLabels, LIMIT_UNITS, LimitUnitLabels } from '../../../../../common/enforcement-cooperation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';

/** The office sets up a body with its agreement, member offices and the deadlines the agreement sets. */
function BodyDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const { me } = useSession();
  const [form] = Form.useForm<BodyCreate>();
  const shape = BodyCreateSchema.shape;
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/cooperation/bodies', { body: { ...v, limits: v.limits ?? [] } }), (b) => void navigate(`/enforcement/cooperation/${b.id}`));
  return (
    <FormDrawer open={open} onClose={onClose} title={t('enforcement.coop.new')} saving={saving} onSave={() => void submit()} size={640}>
      <Form form={form} layout="vertical" initialValues={{ members: [{ orgId: me?.org.id }, {}], limits: [] }}>
        <Form.Item name="name" label={t('enforcement.coop.name')} rules={[zodRule(shape.name)]}><Input /></Form.Item>
        <Space wrap>
          <Form.Item name="area" label={t('enforcement.coop.area')} rules={[{ required: true }]}><Select style={{ width: 180 }} options={COOP_AREAS.map((a) => ({ value: a, label: label(CoopAreaLabels[a]) }))} /></Form.Item>
          <Form.Item name="agreementSignedOn" label={t('enforcement.coop.signedOn')} rules={[{ required: true }]}><DateInput /></Form.Item>
        </Space>
        <Form.Item name="agreementTitle" label={t('enforcement.coop.agreement')} rules={[zodRule(shape.agreementTitle)]}><Input /></Form.Item>
        <Form.Item name="agreementSummary" label={t('enforcement.coop.agreementSummary')}><Input.TextArea rows={3} /></Form.Item>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Form.Item label={t('enforcement.coop.members')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'orgId']} rules={[{ required: true }]}><OrgPicker style={{ width: 320 }} /></Form.Item>
                  <Form.Item name={[f.name, 'joinedOn']} rules={[{ required: true }]}><DateInput placeholder={t('enforcement.coop.joinedOn')} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('enforcement.coop.addMember')}</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="limits">
          {(fields, { add, remove }) => (
            <Form.Item label={t('enforcement.coop.limits')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]}><Select style={{ width: 150 }} options={ASSIST_KINDS.map((k) => ({ value: k, label: label(AssistKindLabels[k]) }))} /></Form.Item>
                  <Form.Item name={[f.name, 'length']} rules={[{ required: true }]}><InputNumber min={1} max={365} precision={0} style={{ width: 80 }} /></Form.Item>
                  <Form.Item name={[f.name, 'unit']} rules={[{ required: true }]}><Select style={{ width: 110 }} options={LIMIT_UNITS.map((u) => ({ value: u, label: label(LimitUnitLabels[u]) }))} /></Form.Item>
                  <Form.Item name={[f.name, 'citation']} rules={[{ required: true }]}><Input placeholder={t('enforcement.more.citation')} style={{ width: 200 }} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: 'workingDays' })}>{t('enforcement.coop.limits')}</Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}

/** Cooperation bodies spanning regions that the caller's unit belongs to, or with a member in its region. */
export default function CooperationListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [drawer, setDrawer] = useState(false);
  const list = useListQuery('/enforcement/cooperation/bodies', { sort: 'agreementSignedOn', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['enforcement-coop', 'bodies', list.query], queryFn: () => api.get('/enforcement/cooperation/bodies', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('enforcement.coop.bodies')}
      extra={
        <Space wrap>
          {hasRole(['office', 'admin']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('enforcement.coop.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/cooperation/bodies/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.coop.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.coop.area')} value={(f.area as string | undefined) ?? undefined} onChange={(area?: string) => list.setFilters({ ...f, area })} options={COOP_AREAS.map((a) => ({ value: a, label: label(CoopAreaLabels[a]) }))} style={{ width: 160 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<BodyListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<BodyListItem>(data?.total, t)}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('enforcement.coop.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrder('name'), render: (v: string, b) => <Link to={`/enforcement/cooperation/${b.id}`}>{v}</Link> },
          { title: t('enforcement.coop.area'), dataIndex: 'area', width: 130, render: (a: BodyListItem['area']) => label(CoopAreaLabels[a]) },
          { title: t('enforcement.coop.agreement'), dataIndex: 'agreementTitle' },
          { title: t('enforcement.coop.signedOn'), dataIndex: 'agreementSignedOn', key: 'agreementSignedOn', width: 120, sorter: true, sortOrder: list.sortOrder('agreementSignedOn') },
          { title: t('enforcement.coop.memberCount'), dataIndex: 'memberCount', width: 90, align: 'right' },
          { title: t('enforcement.coop.requestCount'), dataIndex: 'requestCount', width: 90, align: 'right' },
          { title: t('enforcement.coop.openRequests'), dataIndex: 'openRequests', width: 90, align: 'right' },
        ]}
      />
      <BodyDrawer open={drawer} onClose={() => setDrawer(false)} />
    </PageContainer>
  );
}
