import { Checkbox, Descriptions, Form, Input, Radio, Table, Tag } from 'antd';
import { type Application, type ApplicationDecision, ApplicationDecisionSchema, type ScoreLine } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { required } from '../form-values';

/** A check the office makes outside the platform: found, not found, or not checked yet. */
type Found = 'yes' | 'no' | 'unchecked';
const found = (v: boolean | null): Found => (v === null ? 'unchecked' : v ? 'yes' : 'no');
const flag = (v: Found | undefined): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);

type DecisionValues = ApplicationDecision & { highTech: boolean; dishonesty: Found; abnormalFiling: Found };

/** The applicant's score, criterion by criterion, with the reason the platform found. */
export function ScoreLines({ lines }: { lines: ScoreLine[] }) {
  const { t } = useI18n();
  return (
    <Table<ScoreLine>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={lines}
      columns={[
        { title: t('finance.batch.criterion'), dataIndex: 'label', width: 170, render: (l: string, s) => <>{l}{s.required && <Tag style={{ marginLeft: 4 }}>{t('finance.batch.mustMeet')}</Tag>}</> },
        { title: t('finance.pledges.outcome'), dataIndex: 'met', width: 90, render: (m: boolean | null) => <Tag color={m === null ? 'default' : m ? 'success' : 'error'}>{t(m === null ? 'finance.decision.unchecked' : m ? 'finance.decision.met' : 'finance.decision.notMet')}</Tag> },
        { title: t('finance.pledges.reason'), dataIndex: 'reason' },
        { title: t('finance.batch.points'), key: 'points', width: 80, align: 'right', render: (_: unknown, s) => `${s.earned}/${s.points}` },
      ]}
    />
  );
}

/**
 * The office's decision on an applicant: first what it checked outside the platform (high-tech status,
 * dishonesty records, abnormal filings), which rescores the applicant, then approve or reject.
 */
export function DecisionDrawer({ application, onClose, onSaved }: { application: Application | null; onClose: () => void; onSaved: (a: Application) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<DecisionValues>();
  const a = application;
  const { saving, submit } = useFormSave(
    form,
    async (v) => {
      const path = { id: a?.id ?? '' };
      await api.patch('/finance/whitelist-applications/{id}/review', { params: { path }, body: { highTech: v.highTech, dishonesty: flag(v.dishonesty), abnormalFiling: flag(v.abnormalFiling) } });
      return api.post('/finance/whitelist-applications/{id}/decision', { params: { path }, body: { decision: v.decision, note: v.note ?? null } });
    },
    (saved) => {
      onSaved(saved);
      onClose();
    },
  );
  const yesNo = [
    { value: 'no', label: t('finance.decision.notFound') },
    { value: 'yes', label: t('finance.decision.found') },
    { value: 'unchecked', label: t('finance.decision.unchecked') },
  ];
  return (
    <FormDrawer open={a !== null} onClose={onClose} title={`${t('finance.decision.title')} · ${a?.enterpriseName ?? ''}`} size={720} saving={saving} onSave={() => void submit()}>
      {a && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('finance.whitelists.batch')}>{a.batchTitle}</Descriptions.Item>
            <Descriptions.Item label={t('finance.whitelists.score')}>{`${a.score} / ${a.passScore}`}</Descriptions.Item>
            <Descriptions.Item label={t('finance.whitelists.inventions')}>{a.validInventions}</Descriptions.Item>
            <Descriptions.Item label={t('finance.whitelists.highValue')}>{a.highValueInventions}</Descriptions.Item>
            {a.note && <Descriptions.Item label={t('finance.apply.reason')} span={2}>{a.note}</Descriptions.Item>}
          </Descriptions>
          <ScoreLines lines={a.lines} />
          <Form form={form} layout="vertical" style={{ marginTop: 16 }} initialValues={{ highTech: a.highTech, dishonesty: found(a.dishonesty), abnormalFiling: found(a.abnormalFiling), decision: a.eligible ? 'approved' : 'rejected' }}>
            <Form.Item name="highTech" valuePropName="checked">
              <Checkbox>{t('finance.decision.highTechConfirmed')}</Checkbox>
            </Form.Item>
            <Form.Item name="dishonesty" label={t('finance.decision.dishonesty')}>
              <Radio.Group options={yesNo} />
            </Form.Item>
            <Form.Item name="abnormalFiling" label={t('finance.decision.abnormalFiling')}>
              <Radio.Group options={yesNo} />
            </Form.Item>
            <Form.Item name="decision" label={t('finance.decision.decision')} rules={[required]}>
              <Radio.Group options={[{ value: 'approved', label: t('finance.decision.approve') }, { value: 'rejected', label: t('finance.decision.reject') }]} />
            </Form.Item>
            <Form.Item name="note" label={t('finance.decision.note')} rules={[zodRule(ApplicationDecisionSchema.shape.note)]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        </>
      )}
    </FormDrawer>
  );
}
