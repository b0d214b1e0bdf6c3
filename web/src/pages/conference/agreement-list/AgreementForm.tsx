import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Meeting } from '../../../../../common/conference';
import { type AgreementKind, AgreementKindLabels, AgreementKindSchema } from '../../../../../common/conference-report';
import { type Agreement, AgreementCreateSchema } from '../../../../../common/conference-records';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { OrgPicker } from '../../../components/OrgPicker';
import { RegionPicker } from '../../../components/RegionPicker';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

interface Values {
  title: string;
  kind: AgreementKind;
  regionCode: string;
  signedOn?: Dayjs | null;
  summary?: string;
  parties?: { orgId?: string | null; name: string; signer?: string; signerTitle?: string }[];
}

/** Records or edits an agreement (title in 《》, kind, parties and who signed for them). */
export function AgreementForm(props: { open: boolean; meeting?: Meeting; agreement?: Agreement | null; onClose: () => void; onSaved: (a: Agreement) => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const a = props.agreement;
    if (a) form.setFieldsValue({ ...a, signedOn: a.signedOn ? dayjs(a.signedOn) : null, summary: a.summary ?? undefined, parties: a.parties.map((p) => ({ ...p, signer: p.signer ?? undefined, signerTitle: p.signerTitle ?? undefined })) });
    else form.setFieldsValue({ kind: 'agreement', regionCode: props.meeting?.regionCode ?? me?.org.regionCode, signedOn: props.meeting ? dayjs(formatDate(props.meeting.startsAt)) : null, parties: [{ name: '' }, { name: '' }] });
  }, [props.open, props.agreement, props.meeting, form, me]);

  const { saving, submit } = useFormSave(
    form,
    async (v) => {
      const body = { ...v, signedOn: v.signedOn ? v.signedOn.format('YYYY-MM-DD') : null, meetingId: props.agreement?.meetingId ?? props.meeting?.id ?? null, parties: (v.parties ?? []).map((p) => ({ ...p, orgId: p.orgId ?? null })) };
      return props.agreement ? api.patch('/conference/agreements/{id}', { params: { path: { id: props.agreement.id } }, body }) : api.post('/conference/agreements', { body });
    },
    props.onSaved,
  );

  return (
    <FormDrawer open={props.open} onClose={props.onClose} title={props.agreement ? t('agreement.edit') : t('agreement.add')} size={640} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="title" label={t('agreement.name')} required extra={t('agreement.nameHint')} rules={[zodRule(AgreementCreateSchema.shape.title)]}>
          <Input count={{ max: 202 }} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('agreement.kind')}>
            <Select style={{ width: 160 }} options={AgreementKindSchema.options.map((k) => ({ value: k, label: label(AgreementKindLabels[k]) }))} />
          </Form.Item>
          <Form.Item rules={[dateRule()]} name="signedOn" label={t('agreement.signedOn')}>
            <DateInput />
          </Form.Item>
          {!props.meeting && (
            <Form.Item name="regionCode" label={t('meeting.region')} required>
              <RegionPicker />
            </Form.Item>
          )}
        </Space>
        <Form.Item label={t('agreement.parties')}>
          <Form.List name="parties">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'orgId']}>
                      <OrgPicker
                        allowClear
                        style={{ width: 200 }}
                        onChange={(id, org) => {
                          form.setFieldValue(['parties', f.name, 'orgId'], id ?? null);
                          if (org) form.setFieldValue(['parties', f.name, 'name'], org.name);
                        }}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('agreement.partyRequired') }]}>
                      <Input placeholder={t('agreement.partyName')} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'signer']}>
                      <Input placeholder={t('agreement.signer')} style={{ width: 100 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                  {t('agreement.addParty')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="summary" label={t('agreement.summary')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
