import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { AgreementKindLabels, MEETING_KINDS, MeetingKindLabels } from '../../../../../common/conference-report';
import { EVENT_KINDS, EventKindLabels } from '../../../../../common/publish';
import type { IngestAnalysis } from '../../../../../common/publish-ingest';
import { useI18n } from '../../../app/i18n';
import { RegionPicker } from '../../../components/RegionPicker';
import { ConfidenceTags } from './ConfidenceTags';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

/** The form's starting values: what the toolkit read. */
export function initialValues(a: IngestAnalysis): Record<string, unknown> {
  const f = a.facts;
  const date = (d: string | null) => (d ? dayjs(d) : null);
  const lead = a.body.split(/(?<=[。！？])/)[0]?.trim() ?? '';
  return {
    article: { title: a.displayTitle ?? f.title ?? '', summary: lead.length > 120 ? `${lead.slice(0, 118)}…` : lead || null, body: a.body, source: f.source, eventKind: f.kind, eventDate: date(f.eventDate), sourceDate: date(f.publishDate), eventRegionCode: f.region.code ?? undefined },
    createMeeting: !!f.eventDate && !!f.region.code,
    meetingChoice: a.existingMeetings[0]?.id ?? 'new',
    meeting: {
      title: f.title ?? '',
      kind: a.suggestedMeetingKind,
      startsAt: date(f.eventDate),
      regionCode: f.region.code ?? undefined,
      venue: f.venue,
      mode: f.mode,
      attendeeCount: f.attendeeCount,
      onlineAudience: f.onlineAudience,
      attendees: f.people.map((p) => ({ name: p.name, title: p.title })),
      agreements: f.agreements.map((title) => ({ title, kind: /框架/.test(title) ? 'framework' : /备忘录/.test(title) ? 'memorandum' : 'agreement' })),
      unveilings: f.unveilings.map((u) => ({ what: u.what, by: u.by.join('、') })),
    },
    recordFigures: f.statistics.length > 0,
    figures: f.statistics.map((s) => ({ indicator: s.indicator, value: s.value, unit: s.unit, year: s.year, regionCode: s.region.code ?? undefined })),
    status: 'draft',
  };
}

function ListEditor(props: { name: (string | number)[]; columns: { key: string; label: string; span: number; render?: 'number' | 'region' | 'agreementKind' }[]; addLabel: string; empty?: Record<string, unknown> }) {
  const { label } = useI18n();
  return (
    <Form.List name={props.name}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }} size={4}>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top">
              {props.columns.map((c) => (
                <Col span={c.span} key={c.key}>
                  <Form.Item name={[field.name, c.key]} style={{ marginBottom: 4 }}>
                    {c.render === 'number' ? (
                      <InputNumber placeholder={c.label} aria-label={c.label} style={{ width: '100%' }} />
                    ) : c.render === 'region' ? (
                      <RegionPicker allowClear placeholder={c.label} style={{ width: '100%' }} />
                    ) : c.render === 'agreementKind' ? (
                      <Select aria-label={c.label} options={(['agreement', 'framework', 'memorandum'] as const).map((k) => ({ value: k, label: label(AgreementKindLabels[k]) }))} />
                    ) : (
                      <Input placeholder={c.label} aria-label={c.label} />
                    )}
                  </Form.Item>
                </Col>
              ))}
              <Col span={2}>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
              </Col>
            </Row>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(props.empty ?? {})}>
            {props.addLabel}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** What the toolkit read, laid out for checking and correcting: the article, the meeting record and the figures. */
export function FactsForm(props: { form: FormInstance; analysis: IngestAnalysis; reviewer: boolean }) {
  const { t, label } = useI18n();
  const createMeeting = Form.useWatch('createMeeting', props.form) as boolean | undefined;
  const recordFigures = Form.useWatch('recordFigures', props.form) as boolean | undefined;
  const meetingChoice = (Form.useWatch('meetingChoice', props.form) as string | undefined) ?? 'new';
  const existing = props.analysis.existingMeetings;
  const orgs = props.analysis.facts.organizations;
  return (
    <Form form={props.form} layout="vertical" initialValues={initialValues(props.analysis)}>
      <ConfidenceTags confidence={props.analysis.confidence} />
      <Card title={t('ingest.article')} size="small">
        <Form.Item name={['article', 'title']} label={t('publish.title')} rules={[{ required: true, message: '请填写标题' }]}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name={['article', 'eventKind']} label={t('publish.eventKind')}>
              <Select options={EVENT_KINDS.map((k) => ({ value: k, label: label(EventKindLabels[k]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item rules={[dateRule()]} name={['article', 'eventDate']} label={t('publish.eventDate')}>
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['article', 'eventRegionCode']} label={t('ingest.region')}>
              <RegionPicker allowClear style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['article', 'source']} label={t('publish.source')}>
              <Input count={{ max: 100 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item rules={[dateRule()]} name={['article', 'sourceDate']} label={t('publish.sourceDate')}>
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['article', 'summary']} label={t('publish.summary')}>
          <Input.TextArea count={{ max: 500 }} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name={['article', 'body']} label={t('publish.body')} rules={[{ required: true, message: '请填写正文' }]}>
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
        {orgs.length > 0 && (
          <div>
            <Typography.Text type="secondary">{t('ingest.organizations')}：</Typography.Text>
            {orgs.map((o) => (
              <Tag key={o} style={{ marginBottom: 4 }}>
                {o}
              </Tag>
            ))}
          </div>
        )}
      </Card>

      <Card size="small" style={{ marginTop: 16 }} title={<Form.Item name="createMeeting" valuePropName="checked" noStyle><Checkbox>{t('ingest.createMeeting')}</Checkbox></Form.Item>}>
        {createMeeting && existing.length > 0 && (
          <Form.Item name="meetingChoice" style={{ marginBottom: 12 }}>
            <Radio.Group
              options={[...existing.map((m) => ({ value: m.id, label: t('ingest.linkExisting', { title: m.title, date: m.date }) })), { value: 'new', label: t('ingest.newMeeting') }]}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            />
          </Form.Item>
        )}
        {createMeeting && meetingChoice === 'new' && (
          <>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name={['meeting', 'title']} label={t('ingest.meetingTitle')} rules={[{ required: true, message: '请填写会议名称' }]}>
                  <Input count={{ max: 200 }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['meeting', 'kind']} label={t('ingest.meetingKind')}>
                  <Select options={MEETING_KINDS.map((k) => ({ value: k, label: label(MeetingKindLabels[k]) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['meeting', 'startsAt']} label={t('ingest.meetingDate')} rules={[{ required: true, message: t('ingest.noDate') }, dateRule()]}>
                  <DateInput style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['meeting', 'regionCode']} label={t('ingest.region')} rules={[{ required: true, message: '请选择地区' }]}>
                  <RegionPicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['meeting', 'venue']} label={t('ingest.venue')}>
                  <Input count={{ max: 200 }} />
                </Form.Item>
              </Col>
              <Col xs={8} md={4}>
                <Form.Item name={['meeting', 'mode']} label={t('ingest.mode')}>
                  <Select options={(['offline', 'online', 'hybrid'] as const).map((m) => ({ value: m, label: t(`ingest.mode${m[0].toUpperCase()}${m.slice(1)}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item name={['meeting', 'attendeeCount']} label={t('ingest.attendeeCount')}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item name={['meeting', 'onlineAudience']} label={t('ingest.onlineAudience')}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={5}>{t('ingest.people')}</Typography.Title>
            <ListEditor name={['meeting', 'attendees']} columns={[{ key: 'name', label: t('ingest.name'), span: 6 }, { key: 'title', label: t('ingest.personTitle'), span: 16 }]} addLabel={t('ingest.addRow')} />
            <Typography.Title level={5} style={{ marginTop: 12 }}>
              {t('ingest.agreements')}
            </Typography.Title>
            <ListEditor name={['meeting', 'agreements']} columns={[{ key: 'title', label: t('ingest.agreementTitle'), span: 17 }, { key: 'kind', label: t('ingest.agreementKind'), span: 5, render: 'agreementKind' }]} addLabel={t('ingest.addRow')} empty={{ kind: 'agreement' }} />
            <Typography.Title level={5} style={{ marginTop: 12 }}>
              {t('ingest.unveilings')}
            </Typography.Title>
            <ListEditor name={['meeting', 'unveilings']} columns={[{ key: 'what', label: t('ingest.unveilings'), span: 14 }, { key: 'by', label: t('ingest.name'), span: 8 }]} addLabel={t('ingest.addRow')} />
          </>
        )}
      </Card>

      <Card size="small" style={{ marginTop: 16 }} title={<Form.Item name="recordFigures" valuePropName="checked" noStyle><Checkbox>{t('ingest.recordFigures')}</Checkbox></Form.Item>}>
        <Typography.Paragraph type="secondary">{t('ingest.statistics')}</Typography.Paragraph>
        {recordFigures && (
          <ListEditor
            name={['figures']}
            columns={[
              { key: 'indicator', label: t('ingest.indicator'), span: 7 },
              { key: 'value', label: t('ingest.value'), span: 4, render: 'number' },
              { key: 'unit', label: t('ingest.unit'), span: 2 },
              { key: 'year', label: t('ingest.year'), span: 3, render: 'number' },
              { key: 'regionCode', label: t('figures.region'), span: 6, render: 'region' },
            ]}
            addLabel={t('ingest.addRow')}
          />
        )}
      </Card>

      <Card size="small" style={{ marginTop: 16 }}>
        <Form.Item name="status" label={t('ingest.saveAs')} style={{ marginBottom: 0 }}>
          <Select
            style={{ width: 200 }}
            options={[
              { value: 'draft', label: t('ingest.saveDraft') },
              { value: 'review', label: t('ingest.saveReview') },
              ...(props.reviewer ? [{ value: 'published', label: t('ingest.savePublish') }] : []),
            ]}
          />
        </Form.Item>
      </Card>
    </Form>
  );
}
