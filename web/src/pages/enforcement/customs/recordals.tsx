import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Popconfirm, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CUSTOMS_RIGHT_KINDS, CustomsRightKindLabels, type Recordal, type RecordalCreate, RecordalCreateSchema } from '../../../../../common/enforcement-agency';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useListQuery } from '../../../components/useListQuery';
import { AgencySelect, Second, useEnforcementView } from '../shared';

type Values = Omit<RecordalCreate, 'approvedOn'> & { approvedOn: Dayjs };
const shape = RecordalCreateSchema.shape;

/** Right holders' customs recordals (valid ten years, renewable): customs enters them, holders and the office follow. */
export default function RecordalListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const view = useEnforcementView();
  const customs = view === 'customs';
  // Recordals are followed by customs, the offices and the holders; other liaisons' units have none to see.
  const follows = view === 'customs' || view === 'office' || view === 'party';
  const list = useListQuery('/enforcement/recordals', { sort: 'approvedOn', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['enforcement', 'recordals', list.query], queryFn: () => api.get('/enforcement/recordals', { params: { query: list.query } }), enabled: follows });
  const set = (patch: Record<string, string | undefined>) => list.setFilters({ ...f, ...patch });
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['enforcement', 'recordals'] });
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/recordals', { body: { ...v, approvedOn: v.approvedOn.format('YYYY-MM-DD') } }), () => {
    setOpen(false);
    refresh();
  });
  const renewable = (r: Recordal) => !dayjs(r.expiresOn).subtract(6, 'month').isAfter(dayjs(), 'day');
  const renew = (r: Recordal) =>
    void api
      .post('/enforcement/recordals/{id}/renew', { params: { path: { id: r.id } } })
      .then(() => {
        void message.success(t('common.saved'));
        refresh();
      })
      .catch((e: Error) => message.error(e.message));

  return (
    <PageContainer
      title={t('enforcement.recordals.title')}
      extra={
        <>
          {customs && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setOpen(true); }}>
              {t('enforcement.recordals.new')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/recordals/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      {view && !follows && <Alert type="info" showIcon title={t('enforcement.recordals.notYours')} style={{ marginBottom: 12 }} />}
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.recordals.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => set({ q })} style={{ width: 260 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.recordals.rightKind')} value={typeof f.rightKind === 'string' ? f.rightKind : undefined} onChange={(rightKind?: string) => set({ rightKind })} options={CUSTOMS_RIGHT_KINDS.map((k) => ({ value: k, label: label(CustomsRightKindLabels[k]) }))} style={{ width: 160 }} aria-label={t('enforcement.recordals.rightKind')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<Recordal>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Recordal>(data?.total, t)}
        scroll={{ x: 980 }}
        columns={[
          { title: t('enforcement.recordals.no'), dataIndex: 'recordalNo', key: 'recordalNo', width: 150, sorter: true, sortOrder: list.sortOrder('recordalNo') },
          {
            title: t('enforcement.recordals.right'),
            key: 'right',
            ellipsis: true,
            render: (_: unknown, r) => (
              <>
                <div>{r.rightName}</div>
                <Second>{`${label(CustomsRightKindLabels[r.rightKind])} · ${r.rightNo}`}</Second>
              </>
            ),
          },
          { title: t('enforcement.recordals.holder'), key: 'holder', width: 220, ellipsis: true, render: (_: unknown, r) => r.holder.name },
          { title: t('enforcement.recordals.approvedOn'), dataIndex: 'approvedOn', key: 'approvedOn', width: 115, sorter: true, sortOrder: list.sortOrder('approvedOn') },
          { title: t('enforcement.recordals.expiresOn'), dataIndex: 'expiresOn', key: 'expiresOn', width: 115, sorter: true, sortOrder: list.sortOrder('expiresOn') },
          {
            title: t('enforcement.field.status'),
            key: 'valid',
            width: 150,
            render: (_: unknown, r) => (
              <Space size={4}>
                <Tag color={r.valid ? 'green' : 'default'}>{t(r.valid ? 'enforcement.recordals.valid' : 'enforcement.recordals.expired')}</Tag>
                {r.renewals > 0 && <Tag>{t('enforcement.recordals.renewals', { n: r.renewals })}</Tag>}
              </Space>
            ),
          },
          ...(customs
            ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, r: Recordal) => renewable(r) && (
                <Popconfirm title={t('enforcement.recordals.renewConfirm')} onConfirm={() => renew(r)}>
                  <a>{t('enforcement.recordals.renew')}</a>
                </Popconfirm>
              ) }]
            : []),
        ]}
      />
      <FormDrawer open={open} onClose={() => setOpen(false)} title={t('enforcement.recordals.new')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical">
          <Form.Item name="recordalNo" label={t('enforcement.recordals.no')} rules={[zodRule(shape.recordalNo)]}>
            <Input count={{ max: 30 }} />
          </Form.Item>
          <Form.Item name="holderOrgId" label={t('enforcement.recordals.holder')} rules={[zodRule(shape.holderOrgId)]}>
            <AgencySelect kind="holder" />
          </Form.Item>
          <Form.Item name="rightKind" label={t('enforcement.recordals.rightKind')} rules={[zodRule(shape.rightKind)]}>
            <Select options={CUSTOMS_RIGHT_KINDS.map((k) => ({ value: k, label: label(CustomsRightKindLabels[k]) }))} />
          </Form.Item>
          <Form.Item name="rightNo" label={t('enforcement.recordals.rightNo')} rules={[zodRule(shape.rightNo)]}>
            <Input count={{ max: 30 }} />
          </Form.Item>
          <Form.Item name="rightName" label={t('enforcement.recordals.rightName')} rules={[zodRule(shape.rightName)]}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Form.Item name="approvedOn" label={t('enforcement.recordals.approvedOn')} extra={t('enforcement.recordals.approvedHint')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
        </Form>
      </FormDrawer>
    </PageContainer>
  );
}
