import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { type Meeting, MeetingCreateSchema, type MeetingMode, MeetingModeLabels, MeetingModeSchema, type MeetingOrgRole, MeetingOrgRoleLabels, MeetingOrgRoleSchema } from '../../../../../common/conference';
import { MEETING_KINDS, type MeetingKind, MeetingKindLabels } from '../../../../../common/conference-report';
import { api } from '../../../app/api-client';
import { fromPickerTime, toPickerTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { OrgPicker } from '../../../components/OrgPicker';
import { RegionPicker } from '../../../components/RegionPicker';

const shape = MeetingCreateSchema.shape;

interface Values {
  title: string;
  kind: MeetingKind;
  regionCode: string;
  startsAt: Dayjs;
  endsAt?: Dayjs | null;
  venue?: string;
  mode: MeetingMode;
  onlineUrl?: string;
  capacity?: number | null;
  waitlist: boolean;
  onlineAudience?: number | null;
  attendeeCount?: number | null;
  theme?: string;
  summary?: string;
  orgs?: { role: MeetingOrgRole; orgId?: string | null; orgName?: string }[];
}

/** Creates or edits a meeting; server field errors land under their fields. */
export function MeetingForm(props: { open: boolean; meeting: Meeting | null; onClose: () => void; onSaved: (m: Meeting) => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const m = props.meeting;
    if (m) {
      form.setFieldsValue({ ...m, startsAt: toPickerTime(m.startsAt), endsAt: m.endsAt ? toPickerTime(m.endsAt) : null, onlineUrl: m.onlineUrl ?? undefined, venue: m.venue ?? undefined, theme: m.theme ?? undefined, summary: m.summary ?? undefined, orgs: m.orgs.map((o) => ({ role: o.role, orgId: o.orgId, orgName: o.orgId ? undefined : o.orgName })) });
    } else form.setFieldsValue({ regionCode: me?.org.regionCode, mode: 'offline', kind: 'plenary', waitlist: true });
  }, [props.open, props.meeting, form, me]);

  const { saving, submit } = useFormSave(
    form,
    async (v) => {
      const body = {
        ...v,
        startsAt: fromPickerTime(v.startsAt),
        endsAt: v.endsAt ? fromPickerTime(v.endsAt) : null,
        capacity: v.capacity ?? null,
        onlineUrl: v.onlineUrl || null,
        orgs: (v.orgs ?? []).map((o) => ({ role: o.role, orgId: o.orgId ?? null, ...(o.orgId ? {} : { orgName: o.orgName }) })),
      };
      return props.meeting ? api.patch('/conference/meetings/{id}', { params: { path: { id: props.meeting.id } }, body }) : api.post('/conference/meetings', { body });
    },
    props.onSaved,
  );

  return (
    <FormDrawer open={props.open} onClose={props.onClose} title={props.meeting ? t('meeting.edit') : t('meeting.create')} size={640} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="title" label={t('meeting.title')} required rules={[zodRule(shape.title)]}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t('meeting.kind')} required>
              <Select options={MEETING_KINDS.map((k) => ({ value: k, label: label(MeetingKindLabels[k]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('meeting.region')} required rules={[zodRule(shape.regionCode)]}>
              <RegionPicker />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="startsAt" label={t('meeting.startsAt')} required rules={[{ required: true, message: t('meeting.startsAtRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endsAt" label={t('meeting.endsAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="venue" label={t('meeting.venue')} rules={[zodRule(shape.venue)]}>
          <Input count={{ max: 200 }} />
        </Form.Item>
        <Form.Item name="mode" label={t('meeting.mode')}>
          <Select options={MeetingModeSchema.options.map((m) => ({ value: m, label: label(MeetingModeLabels[m]) }))} />
        </Form.Item>
        {mode !== 'offline' && (
          <Form.Item name="onlineUrl" label={t('meeting.onlineUrl')} extra={t('meeting.onlineUrlHint')} rules={[zodRule(shape.onlineUrl)]}>
            <Input placeholder="https://" />
          </Form.Item>
        )}
        <Space size="large" wrap>
          <Form.Item name="capacity" label={t('meeting.capacity')} extra={t('meeting.capacityHint')}>
            <InputNumber min={1} max={100000} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="waitlist" label={t('meeting.waitlist')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="attendeeCount" label={t('meeting.attendeeCount')}>
            <InputNumber min={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="onlineAudience" label={t('meeting.onlineAudience')}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item label={t('meeting.orgs')}>
          <Form.List name="orgs">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: t('common.chooseField', { field: t('meeting.orgRole') }) }]}>
                      <Select style={{ width: 110 }} options={MeetingOrgRoleSchema.options.map((r) => ({ value: r, label: label(MeetingOrgRoleLabels[r]) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'orgId']}>
                      <OrgPicker allowClear style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'orgName']}>
                      <Input placeholder={t('meeting.orgNameFree')} style={{ width: 180 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'host' })}>
                  {t('meeting.addOrg')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="theme" label={t('meeting.theme')} rules={[zodRule(shape.theme)]}>
          <Input count={{ max: 200 }} />
        </Form.Item>
        <Form.Item name="summary" label={t('meeting.summary')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
