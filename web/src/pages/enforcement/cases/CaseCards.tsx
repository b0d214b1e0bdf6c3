import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type CaseDetail, CloseOutcomeLabels, DecisionLabels, MEASURE_KINDS, MeasureKindLabels, RemedyLabels } from '../../../../../common/enforcement';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { applyApiError, validValues } from '../../../components/forms';
import { AgencySelect, fmtYuan, LimitStateTag } from '../shared';

/** The decision, its service, publication and the way the case ended. */
export function DecisionCard({ c }: { c: CaseDetail }) {
  const { t, label } = useI18n();
  if (!c.decision && !c.notOpenedReason && !c.closedOn) return null;
  return (
    <Card title={t('enforcement.case.decision')} size="small">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        {c.notOpenedReason && <Descriptions.Item label={t('enforcement.f.reason')} span={2}>{c.notOpenedReason}</Descriptions.Item>}
        {c.decision && <Descriptions.Item label={t('enforcement.f.decision')}>{label(DecisionLabels[c.decision])}</Descriptions.Item>}
        {c.decisionNo && <Descriptions.Item label={t('enforcement.f.decisionNo')}>{c.decisionNo}</Descriptions.Item>}
        {c.decision === 'penalty' && <Descriptions.Item label={t('enforcement.f.fineYuan')}>{fmtYuan(c.fineFen)}</Descriptions.Item>}
        {c.decision === 'penalty' && <Descriptions.Item label={t('enforcement.f.confiscatedYuan')}>{fmtYuan(c.confiscatedFen)}</Descriptions.Item>}
        {c.confiscatedGoods && <Descriptions.Item label={t('enforcement.f.confiscatedGoods')} span={2}>{c.confiscatedGoods}</Descriptions.Item>}
        {c.decidedOn && <Descriptions.Item label={t('enforcement.field.decidedOn')}>{c.decidedOn}</Descriptions.Item>}
        <Descriptions.Item label={t('enforcement.field.servedOn')}>{c.servedOn ?? '—'}</Descriptions.Item>
        {c.decision === 'penalty' && <Descriptions.Item label={t('enforcement.field.publishedOn')}>{c.publishedOn ?? '—'}</Descriptions.Item>}
        {c.remedy && <Descriptions.Item label={t('enforcement.f.remedy')}>{label(RemedyLabels[c.remedy])}</Descriptions.Item>}
        {c.closedOn && <Descriptions.Item label={t('enforcement.field.closedOn')}>{c.closedOn}</Descriptions.Item>}
        {c.closedOutcome && <Descriptions.Item label={t('enforcement.f.outcome')}>{label(CloseOutcomeLabels[c.closedOutcome])}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

type MeasureForm = { kind?: string; goods?: string; startedOn?: Dayjs; approval?: string; days?: number; on?: Dayjs };

/** Seizures and sealings with their own limits: record one, extend it once with approval, lift it. */
export function MeasuresCard({ c, canAct, onChanged }: { c: CaseDetail; canAct: boolean; onChanged: (c: CaseDetail) => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeasureForm>();
  const [mode, setMode] = useState<{ kind: 'add' } | { kind: 'extend' | 'lift'; id: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const investigating = c.status === 'investigating' || c.status === 'hearingNotice';
  const openForm = (m: typeof mode) => {
    form.resetFields();
    form.setFieldsValue({ startedOn: dayjs(), on: dayjs(), days: 30, kind: 'seizure' });
    setMode(m);
  };
  const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');
  const submit = async () => {
    const v = await validValues(form);
    if (!v || !mode) return;
    setSaving(true);
    try {
      const path = { id: c.id };
      const updated =
        mode.kind === 'add'
          ? await api.post('/enforcement/cases/{id}/measures', { params: { path }, body: { kind: v.kind as 'seizure', goods: v.goods ?? '', startedOn: day(v.startedOn) ?? '' } })
          : await api.post('/enforcement/cases/{id}/measures/{childId}/actions', {
              params: { path: { ...path, childId: mode.id } },
              body: mode.kind === 'extend' ? { action: 'extend', approval: v.approval, days: v.days ?? 0 } : { action: 'lift', on: day(v.on) },
            });
      void message.success(t('common.saved'));
      setMode(null);
      onChanged(updated);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      title={t('enforcement.case.measures')}
      size="small"
      extra={canAct && investigating && <Button size="small" icon={<PlusOutlined />} onClick={() => openForm({ kind: 'add' })}>{t('enforcement.measure.add')}</Button>}
    >
      {c.measures.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enforcement.measure.none')} />
      ) : (
        <List
          size="small"
          dataSource={c.measures}
          renderItem={(m) => (
            <List.Item
              actions={
                canAct && !m.liftedOn
                  ? [
                      ...(m.extensionDays === 0 ? [<a key="e" onClick={() => openForm({ kind: 'extend', id: m.id })}>{t('enforcement.measure.extend')}</a>] : []),
                      <a key="l" onClick={() => openForm({ kind: 'lift', id: m.id })}>{t('enforcement.measure.lift')}</a>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag>{label(MeasureKindLabels[m.kind])}</Tag>
                    {m.goods}
                  </Space>
                }
                description={
                  <Space wrap size={4}>
                    <span>{t('enforcement.measure.period', { from: m.startedOn, to: m.limit.dueOn })}</span>
                    {m.extensionDays > 0 && <span>{t('enforcement.measure.extended', { days: m.extensionDays, approval: m.extensionApproval ?? '' })}</span>}
                    {m.liftedOn ? <Tag>{t('enforcement.measure.liftedOn', { on: m.liftedOn })}</Tag> : <LimitStateTag state={m.limit.state} />}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal open={!!mode} title={mode ? t(`enforcement.measure.${mode.kind}`) : ''} onCancel={() => setMode(null)} onOk={() => void submit()} confirmLoading={saving} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          {mode?.kind === 'add' && (
            <>
              <Form.Item name="kind" label={t('enforcement.measure.kind')} rules={[{ required: true }]}>
                <Select options={MEASURE_KINDS.map((k) => ({ value: k, label: label(MeasureKindLabels[k]) }))} />
              </Form.Item>
              <Form.Item name="goods" label={t('enforcement.measure.goods')} rules={[{ required: true, whitespace: true, message: t('common.fillField', { field: t('enforcement.measure.goods') }) }]}>
                <Input.TextArea rows={2} count={{ show: true, max: 2000 }} />
              </Form.Item>
              <Form.Item name="startedOn" label={t('enforcement.measure.startedOn')} rules={[{ required: true }, dateRule()]}>
                <DateInput />
              </Form.Item>
            </>
          )}
          {mode?.kind === 'extend' && (
            <>
              <Form.Item name="approval" label={t('enforcement.f.approval')} extra={t('enforcement.f.approvalHint')} required>
                <Input count={{ max: 200 }} />
              </Form.Item>
              <Form.Item name="days" label={t('enforcement.f.days')} rules={[{ required: true }]}>
                <InputNumber min={1} max={30} style={{ width: 160 }} />
              </Form.Item>
            </>
          )}
          {mode?.kind === 'lift' && (
            <Form.Item name="on" label={t('enforcement.f.on')} rules={[{ required: true }, dateRule()]}>
              <DateInput />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

/** The case's transfers to the police, and the officer's report of a new one with its file. */
export function TransfersCard({ c, canTransfer, onChanged }: { c: CaseDetail; canTransfer: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ policeOrgId?: string; reportedOn?: Dayjs }>();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  // The file is not a form value (the upload keeps it); the server's rule about it shows under the upload.
  const [fileError, setFileError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const start = () => {
    form.resetFields();
    form.setFieldsValue({ reportedOn: dayjs() });
    setFile(null);
    setFileError(null);
    setOpen(true);
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    try {
      // A transfer without its file is refused by the server, which names the rule; the form sends what it has.
      const created = await api.post('/enforcement/cases/{id}/transfers', { params: { path: { id: c.id } }, body: { policeOrgId: v.policeOrgId ?? '', fileId: file?.id ?? '', reportedOn: v.reportedOn?.format('YYYY-MM-DD') } });
      void message.success(t('enforcement.transfer.reported'));
      setOpen(false);
      onChanged();
      return created;
    } catch (err) {
      const missing = err instanceof ApiError ? err.fields.find((f) => f.field === 'fileId') : undefined;
      setFileError(missing?.message ?? null);
      const text = applyApiError(form, err);
      if (text && !missing) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      title={t('enforcement.case.transfers')}
      size="small"
      extra={canTransfer && <Button size="small" danger onClick={start}>{t('enforcement.transfer.new')}</Button>}
    >
      {c.transferIds.length === 0 ? (
        <Typography.Text type="secondary">{t('enforcement.transfer.none')}</Typography.Text>
      ) : (
        <Space orientation="vertical">
          {c.transferIds.map((id, i) => (
            <Link key={id} to={`/enforcement/transfers/${id}`} data-testid="transfer-link">
              {t('enforcement.transfer.nth', { n: i + 1 })}
            </Link>
          ))}
        </Space>
      )}
      <Modal open={open} title={t('enforcement.transfer.new')} onCancel={() => setOpen(false)} onOk={() => void submit()} confirmLoading={saving} okText={t('enforcement.transfer.submit')} cancelText={t('common.cancel')} destroyOnHidden width={600}>
        <Typography.Paragraph type="secondary">{t('enforcement.transfer.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          <Form.Item name="policeOrgId" label={t('enforcement.transfer.police')} rules={[{ required: true, message: t('common.chooseField', { field: t('enforcement.transfer.police') }) }]}>
            <AgencySelect kind="police" />
          </Form.Item>
          <Form.Item label={t('enforcement.transfer.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined} extra={t('enforcement.transfer.fileHint')}>
            <Upload
              maxCount={1}
              fileList={file ? [{ uid: file.id, name: file.name, status: 'done' as const }] : []}
              onRemove={() => setFile(null)}
              beforeUpload={(f) => {
                api
                  .upload('/platform/files', f)
                  .then((stored) => {
                    setFile({ id: stored.id, name: stored.name });
                    setFileError(null);
                  })
                  .catch((e: Error) => void message.error(e.message));
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('enforcement.transfer.upload')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="reportedOn" label={t('enforcement.transfer.reportedOn')} extra={t('enforcement.transfer.reportedHint')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
