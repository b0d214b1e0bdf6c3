import { Button, Card, Form, Input, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type TypicalCaseInput, TypicalCaseSchema } from '../../../../common/finance';
import { useI18n } from '../../app/i18n';
import { FormDrawer, useFormSave } from '../../components/FormDrawer';
import { zodRule } from '../../components/forms';

/**
 * The typical-case mark of a pledge, loan or claim: whether it is a candidate typical case (典型案例)
 * and its story, with a form for those who may mark it. All three send the same body.
 */
export function TypicalCaseCard(props: { typicalCase: boolean; caseStory: string | null; editable: boolean; onSave: (body: TypicalCaseInput) => Promise<unknown> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TypicalCaseInput>();
  const marked = Form.useWatch('typicalCase', form);
  const { saving, submit } = useFormSave(form, (v) => props.onSave({ typicalCase: v.typicalCase, caseStory: v.typicalCase ? (v.caseStory ?? null) : null }), () => setOpen(false));
  const story = TypicalCaseSchema.shape.caseStory;
  return (
    <Card
      title={t('finance.typical.title')}
      size="small"
      extra={props.editable && <Button size="small" onClick={() => { form.setFieldsValue({ typicalCase: props.typicalCase, caseStory: props.caseStory }); setOpen(true); }}>{t('finance.typical.edit')}</Button>}
    >
      <Tag color={props.typicalCase ? 'gold' : 'default'}>{t(props.typicalCase ? 'finance.typical.yes' : 'finance.typical.no')}</Tag>
      {props.caseStory && <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>{props.caseStory}</Typography.Paragraph>}
      <FormDrawer open={open} onClose={() => setOpen(false)} title={t('finance.typical.edit')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical" initialValues={{ typicalCase: props.typicalCase, caseStory: props.caseStory }}>
          <Form.Item name="typicalCase" label={t('finance.typical.mark')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="caseStory" label={t('finance.typical.story')} rules={[marked ? { required: true, message: '请填写典型案例的经过' } : {}, zodRule(story)]} extra={t('finance.typical.storyHint')}>
            <Input.TextArea rows={8} count={{ show: true, max: 4000 }} disabled={!marked} />
          </Form.Item>
        </Form>
      </FormDrawer>
    </Card>
  );
}
