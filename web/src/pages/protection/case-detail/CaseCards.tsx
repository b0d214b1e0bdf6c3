import { applyApiError, validValues } from '../../../components/forms';
import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Empty, Form, Input, List, Select, Space, Tag, Timeline, Typography, Upload } from 'antd';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useState } from 'react';
import { AgentAuthorityLabels, CaseStatusLabels, NextActorLabels, NoteVisibilityLabels, type Party, PartyKindLabels, PartyRoleLabels, type PartyUpdate, RightKindLabels } from '../../../../../common/protection';
import { type CaseDetail, type CaseDeadline, DeadlineStateLabels, type NoteCreate } from '../../../../../common/protection-case';
import { ActionLabels } from '../../../../../common/protection-workflow';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { deadlineLabel} from '../shared';
import { formatDateTime, formatDate } from '../../../app/format';

const STATE_COLOR: Record<CaseDeadline['state'], string> = { running: 'blue', met: 'green', late: 'orange', overdue: 'red', paused: 'purple', lapsed: 'default' };

/** The legal time limits of the case: start, due day, state and legal basis. */
export function DeadlinesCard({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useI18n();
  return (
    <Card title={t('protection.case.deadlines')} size="small">
      <ResponsiveTable<CaseDeadline>
        size="small"
        rowKey={(d) => `${d.code}-${d.startedOn}`}
        pagination={false}
        dataSource={c.deadlines}
        columns={[
          {
            title: t('protection.case.deadline'),
            dataIndex: 'label',
            render: (_: string, d) => (
              <div title={d.citation}>
                {deadlineLabel(d.code, locale, c.source)}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.startedOn} {t('protection.case.started')} · {locale === 'en' ? d.lengthEn : d.length} · {label(NextActorLabels[d.actor])}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          { title: t('protection.field.dueOn'), dataIndex: 'dueOn', width: 100, render: (v: string | null) => v ?? t('protection.case.paused') },
          { title: t('protection.case.state'), dataIndex: 'state', width: 86, render: (s: CaseDeadline['state']) => <Tag color={STATE_COLOR[s]}>{label(DeadlineStateLabels[s])}</Tag> },
        ]}
        expandable={{ expandedRowRender: (d) => <Typography.Text type="secondary">{t('protection.case.citation')}：{d.citation}</Typography.Text> }}
      />
    </Card>
  );
}

/** What happened to the case, newest first. */
export function TimelineCard({ id }: { id: string }) {
  const { t, label } = useI18n();
  const { data = [] } = useQuery({ queryKey: ['protection', 'case', id, 'events'], queryFn: () => api.get('/protection/cases/{id}/events', { params: { path: { id } } }) });
  return (
    <Card title={t('protection.case.timeline')} size="small">
      <Timeline
        items={data.map((e) => ({
          key: e.id,
          color: e.toStatus && e.fromStatus !== e.toStatus ? 'blue' : 'gray',
          content: (
            <div>
              <Typography.Text strong>{label(ActionLabels[e.action]) || e.action}</Typography.Text>
              {e.toStatus && e.fromStatus !== e.toStatus && <Tag style={{ marginLeft: 8 }}>{label(CaseStatusLabels[e.toStatus])}</Tag>}
              <div>
                <Typography.Text type="secondary">
                  {e.onDate} · {e.actorName ?? '—'}
                </Typography.Text>
              </div>
              {e.detail && <div style={{ fontSize: 13 }}>{e.detail}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

function PartyDrawer(props: { c: CaseDetail; party: Party | null; onClose: () => void; onSaved: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PartyUpdate>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    setSaving(true);
    try {
      await api.patch('/protection/cases/{id}/parties/{childId}', { params: { path: { id: props.c.id, childId: props.party!.id } }, body: values });
      void message.success(t('common.saved'));
      props.onSaved();
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer open={!!props.party} onClose={props.onClose} title={props.party?.name} size={480} destroyOnHidden extra={<Button type="primary" loading={saving} onClick={() => void submit()}>{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" initialValues={props.party ?? {}} preserve={false}>
        {(['name', 'idNumber', 'address', 'phone', 'serviceAddress', 'agentName', 'agentPhone'] as const).map((f) => (
          <Form.Item key={f} name={f} label={t(`protection.field.${f === 'name' ? 'partyName' : f}`)}>
            <Input count={{ max: 200 }} />
          </Form.Item>
        ))}
        <Form.Item name="agentAuthority" label={t('protection.field.agentAuthority')}>
          <Select allowClear options={(['general', 'special'] as const).map((a) => ({ value: a, label: label(AgentAuthorityLabels[a]) }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** The parties, each editable by its own side (and by the mediator and the office). */
export function PartiesCard({ c, onChanged }: { c: CaseDetail; onChanged: () => void }) {
  const { t, label } = useI18n();
  const [editing, setEditing] = useState<Party | null>(null);
  return (
    <Card title={t('protection.case.partiesTitle')} size="small">
      <List
        dataSource={c.parties}
        renderItem={(p) => (
          <List.Item
            actions={c.viewer.canEditParties.includes(p.id) ? [<Button key="edit" type="link" icon={<EditOutlined />} onClick={() => setEditing(p)}>{t('protection.case.editParty')}</Button>] : []}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Tag color={p.role === 'applicant' ? 'blue' : 'orange'}>{label(PartyRoleLabels[c.kind][p.role])}</Tag>
                  {p.name}
                  <Typography.Text type="secondary">{label(PartyKindLabels[p.kind])}</Typography.Text>
                </Space>
              }
              description={[p.phone, p.serviceAddress, p.address, p.agentName ? `${t('protection.field.agentName')}：${p.agentName}${p.agentAuthority ? `（${label(AgentAuthorityLabels[p.agentAuthority])}）` : ''}` : null].filter(Boolean).join(' · ') || '—'}
            />
          </List.Item>
        )}
      />
      <PartyDrawer c={c} party={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
    </Card>
  );
}

/** The IP rights involved. */
export function RightsList({ c }: { c: CaseDetail }) {
  const { label } = useI18n();
  if (c.rights.length === 0) return <>—</>;
  return (
    <Space wrap>
      {c.rights.map((r) => (
        <Tag key={r.id}>
          {label(RightKindLabels[r.kind])} {r.number}
          {r.title ? ` ${r.title}` : ''}
        </Tag>
      ))}
    </Space>
  );
}

/** Evidence files: upload (the content must match the extension) and download. */
export function EvidenceCard({ c, onChanged, open }: { c: CaseDetail; onChanged: () => void; open: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [title, setTitle] = useState('');
  return (
    <Card title={t('protection.case.evidence')} size="small">
      {c.evidence.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={c.evidence}
          renderItem={(e) => (
            <List.Item>
              <a onClick={() => void api.download('/protection/cases/{id}/evidence/{childId}', { path: { id: c.id, childId: e.id } }).catch((err: Error) => message.error(err.message))}>{e.title}</a>
              <Typography.Text type="secondary">
                {e.uploadedBy} · {formatDate(e.createdAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
      {open && (
        <Space style={{ marginTop: 8 }} wrap>
          <Input placeholder={t('protection.case.evidenceTitle')} value={title} onChange={(e) => setTitle(e.target.value)} count={{ max: 100 }} style={{ width: 200 }} aria-label={t('protection.case.upload')} />
          <Upload
            showUploadList={false}
            customRequest={({ file }) => {
              api
                .upload('/protection/cases/{id}/evidence', file as File, { params: { path: { id: c.id } }, fields: title ? { title } : {} })
                .then(() => {
                  setTitle('');
                  void message.success(t('common.saved'));
                  onChanged();
                })
                .catch((err: Error) => void message.error(err.message));
            }}
          >
            <Button icon={<UploadOutlined />}>{t('protection.case.upload')}</Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('protection.case.uploadHint')}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}

/** Notes: a side's private notes are shown to that side (and the mediator and office) only. */
export function NotesCard({ c, onChanged }: { c: CaseDetail; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoteCreate>();
  const sides = c.viewer.sides;
  const staff = sides.includes('office') || sides.includes('mediator');
  const choices = staff ? (['internal', 'all', 'applicant', 'respondent'] as const) : (['all', ...sides.filter((s): s is 'applicant' | 'respondent' => s === 'applicant' || s === 'respondent')] as const);
  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    try {
      await api.post('/protection/cases/{id}/notes', { params: { path: { id: c.id } }, body: values });
      form.resetFields();
      onChanged();
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    }
  };
  return (
    <Card title={t('protection.case.notes')} size="small">
      <List
        size="small"
        dataSource={c.notes}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        renderItem={(n) => (
          <List.Item>
            <div>
              <Tag>{label(NoteVisibilityLabels[n.visibility])}</Tag>
              {n.text}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.authorName} · {formatDateTime(n.createdAt)}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
      {sides.length > 0 && (
        <Form form={form} layout="inline" initialValues={{ visibility: choices[0] }} style={{ marginTop: 8 }} onFinish={() => void submit()}>
          <Form.Item name="visibility" label={t('protection.case.noteVisibility')}>
            <Select style={{ width: 150 }} options={choices.map((v) => ({ value: v, label: label(NoteVisibilityLabels[v]) }))} />
          </Form.Item>
          <Form.Item name="text" rules={[{ required: true, message: t('common.fillField', { field: t('protection.case.addNote') }) }]} style={{ flex: 1, minWidth: 200 }}>
            <Input count={{ max: 2000 }} placeholder={t('protection.case.addNote')} />
          </Form.Item>
          <Button htmlType="submit">{t('common.save')}</Button>
        </Form>
      )}
    </Card>
  );
}

/** The agreement, judicial confirmation, failure report and panel, whichever the case has. */
export function OutcomeCards({ c }: { c: CaseDetail }) {
  const { t, label, locale } = useI18n();
  return (
    <>
      {c.agreement && (
        <Card title={t('protection.case.agreement')} size="small" extra={c.agreement.affectsValidity ? <Tag color="red">{t('protection.case.affectsValidity')}</Tag> : null}>
          <Typography.Paragraph>{c.agreement.terms}</Typography.Paragraph>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('protection.f.performanceMethod')}>{c.agreement.performanceMethod}</Descriptions.Item>
            <Descriptions.Item label={t('protection.f.performanceDeadline')}>{c.agreement.performanceDeadline}</Descriptions.Item>
            <Descriptions.Item label={t('protection.case.signatures')}>
              <Space wrap size={[0, 4]}>
              {c.parties.map((p) => {
                const s = c.agreement!.signatures.find((x) => x.partyId === p.id);
                return <Tag key={p.id} color={s ? 'green' : 'default'}>{p.name}：{s ? s.signedOn : t('protection.case.unsigned')}</Tag>;
              })}
              <Tag color={c.agreement.mediatorSignedOn ? 'green' : 'default'}>{t('protection.field.mediator')}：{c.agreement.mediatorSignedOn ?? t('protection.case.unsigned')}</Tag>
              <Tag color={c.agreement.sealedOn ? 'green' : 'default'}>{c.agreement.sealOrgName ?? c.org.name}：{c.agreement.sealedOn ?? t('protection.case.unsigned')}</Tag>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('protection.case.effectiveOn')}>{c.agreement.effectiveOn ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {c.confirmation && (
        <Card title={t('protection.case.confirmation')} size="small">
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('protection.field.court')}>{c.confirmation.court?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('protection.f.confirmationNo')}>{c.confirmation.confirmationNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('protection.field.parties')}>{c.confirmation.consents.map((s) => label(NextActorLabels[s as 'applicant'])).join(locale === 'en' ? ', ' : '、')}</Descriptions.Item>
            <Descriptions.Item label={t('protection.f.result')}>{c.confirmation.result ? t(`protection.opt.${c.confirmation.result === 'notAccepted' ? 'rejected' : c.confirmation.result}`) : '—'}</Descriptions.Item>
            {c.confirmation.reason && <Descriptions.Item label={t('protection.f.reason')} span={2}>{c.confirmation.reason}</Descriptions.Item>}
          </Descriptions>
        </Card>
      )}
      {c.failureReport && (
        <Card title={t('protection.case.failureReport')} size="small">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('protection.f.whatHappened')}>{c.failureReport.whatHappened}</Descriptions.Item>
            <Descriptions.Item label={t('protection.f.whyFailed')}>{c.failureReport.whyFailed}</Descriptions.Item>
            {c.failureReport.costConduct && <Descriptions.Item label={t('protection.f.costConduct')}>{c.failureReport.costConduct}</Descriptions.Item>}
          </Descriptions>
        </Card>
      )}
      {c.panel.length > 0 && (
        <Card title={t('protection.case.panel')} size="small">
          <Space wrap>
            {c.panel.map((m) => (
              <Tag key={m.id} color={m.recusedOn ? 'default' : m.presiding ? 'blue' : undefined} style={m.recusedOn ? { textDecoration: 'line-through' } : undefined} title={m.recusalReason ?? undefined}>
                {m.name}
                {m.presiding ? `（${t('protection.f.presiding')}）` : ''}
              </Tag>
            ))}
          </Space>
        </Card>
      )}
    </>
  );
}
