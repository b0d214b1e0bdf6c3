import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, List, Select, Space, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { DISPUTE_TYPES, DisputeTypeLabels } from '../../../../../common/protection';
import {
  COMPLAINT_GROUNDS,
  type Complaint,
  type ComplaintCreate,
  ComplaintGroundLabels,
  ComplaintStatusLabels,
  type Mediator,
  type MediatorCreate,
  MediatorCreateSchema,
  MEDIATOR_STATUSES,
  MediatorStatusLabels,
} from '../../../../../common/protection-admin';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { OrgChoice } from '../shared';
import { formatDate } from '../../../app/format';

const shape = MediatorCreateSchema.shape;

/** Adds or edits a mediator: organisation, specialities, roster membership and the sign-in account. */
export function MediatorDrawer(props: { mediator: Mediator | null | undefined; onClose: () => void; onSaved: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<MediatorCreate>();
  const orgId = Form.useWatch('orgId', form);
  const { data: users = [] } = useQuery({
    queryKey: ['protection', 'mediator-accounts', orgId],
    queryFn: () => api.get('/protection/mediators/accounts', { params: { query: { orgId } } }),
    enabled: !!orgId,
    retry: false,
  });
  useEffect(() => {
    if (props.mediator === undefined) return;
    form.resetFields();
    const m = props.mediator;
    form.setFieldsValue(m ? { ...m, orgId: m.org.id, userId: m.user?.id, rosterCourtId: m.rosterCourt?.id } : { onRoster: true, status: 'active', specialities: ['patent'] });
  }, [props.mediator, form]);
  const { saving, submit } = useFormSave(
    form,
    async (values) => {
      // A cleared field is undefined in the form and null on the server (the value is removed).
      const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? null : v])) as MediatorCreate;
      if (props.mediator) return api.patch('/protection/mediators/{id}', { params: { path: { id: props.mediator.id } }, body });
      else return api.post('/protection/mediators', { body });
    },
    () => props.onSaved(),
  );
  return (
    <FormDrawer open={props.mediator !== undefined} onClose={props.onClose} title={props.mediator ? t('protection.mediators.edit') : t('protection.mediators.create')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="orgId" label={t('protection.mediators.org')} rules={[zodRule(shape.orgId)]}>
          <OrgChoice kind="mediationOrg" />
        </Form.Item>
        <Form.Item name="name" label={t('protection.mediators.name')} rules={[zodRule(shape.name)]}>
          <Input count={{ max: 50 }} />
        </Form.Item>
        <Form.Item name="title" label={t('protection.mediators.title_')}>
          <Input count={{ max: 100 }} />
        </Form.Item>
        <Form.Item name="phone" label={t('protection.mediators.phone')}>
          <Input count={{ max: 30 }} />
        </Form.Item>
        <Form.Item name="specialities" label={t('protection.mediators.specialities')} rules={[zodRule(shape.specialities)]}>
          <Select mode="multiple" options={DISPUTE_TYPES.map((d) => ({ value: d, label: label(DisputeTypeLabels[d]) }))} />
        </Form.Item>
        <Form.Item name="userId" label={t('protection.mediators.user')} extra={t('protection.mediators.userHint')}>
          <Select allowClear options={users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))} />
        </Form.Item>
        <Space size={32}>
          <Form.Item name="onRoster" label={t('protection.mediators.onRoster')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="status" label={t('protection.mediators.status')}>
            <Select style={{ width: 140 }} options={MEDIATOR_STATUSES.map((s) => ({ value: s, label: label(MediatorStatusLabels[s]) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="rosterCourtId" label={t('protection.mediators.rosterCourt')}>
          <OrgChoice kind="court" allowClear />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Complaints against a mediator (art. 29): record one, verify or dismiss. */
export function ComplaintsDrawer(props: { mediator: Mediator | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ComplaintCreate>();
  const id = props.mediator?.id ?? '';
  const { data = [] } = useQuery({ queryKey: ['protection', 'complaints', id], queryFn: () => api.get('/protection/mediators/{id}/complaints', { params: { path: { id } } }), enabled: !!id });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['protection'] });
  const add = async () => {
    const values = await validValues(form);
    if (!values) return;
    try {
      await api.post('/protection/mediators/{id}/complaints', { params: { path: { id } }, body: values });
      form.resetFields();
      refresh();
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    }
  };
  const resolve = (c: Complaint, status: 'verified' | 'dismissed') =>
    void api
      .patch('/protection/mediators/{id}/complaints/{childId}', { params: { path: { id, childId: c.id } }, body: { status } })
      .then(refresh)
      .catch((e: Error) => message.error(e.message));
  return (
    <Drawer open={!!props.mediator} onClose={props.onClose} title={`${props.mediator?.name ?? ''} · ${t('protection.mediators.complaints')}`} size={560} destroyOnHidden>
      <List
        dataSource={data}
        renderItem={(c) => (
          <List.Item
            actions={
              c.status === 'open'
                ? [
                    <a key="v" onClick={() => resolve(c, 'verified')}>{t('protection.mediators.verify')}</a>,
                    <a key="d" onClick={() => resolve(c, 'dismissed')}>{t('protection.mediators.dismiss')}</a>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <Tag>{label(ComplaintGroundLabels[c.ground])}</Tag>
                  <Tag color={c.status === 'verified' ? 'red' : c.status === 'open' ? 'gold' : 'default'}>{label(ComplaintStatusLabels[c.status])}</Tag>
                </Space>
              }
              description={
                <>
                  {c.detail}
                  <div>
                    <Typography.Text type="secondary">
                      {formatDate(c.createdAt)} {c.caseNo ?? ''}
                    </Typography.Text>
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={() => void add()}>
        <Form.Item name="ground" label={t('protection.mediators.complaintGround')} rules={[{ required: true }]}>
          <Select options={COMPLAINT_GROUNDS.map((g) => ({ value: g, label: label(ComplaintGroundLabels[g]) }))} />
        </Form.Item>
        <Form.Item name="detail" label={t('protection.mediators.complaintDetail')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} count={{ max: 2000 }} />
        </Form.Item>
        <Button htmlType="submit">{t('protection.mediators.addComplaint')}</Button>
      </Form>
    </Drawer>
  );
}
