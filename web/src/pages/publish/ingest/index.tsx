import { applyApiError, validValues } from '../../../components/forms';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type EventKind, PublishAccess } from '../../../../../common/publish';
import type { IngestAnalysis, IngestSaveInput } from '../../../../../common/publish-ingest';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { CompareTexts } from './CompareTexts';
import { FactsForm } from './FactsForm';
import { SourceInput } from './SourceInput';

// The form as antd holds it: dates are dayjs values, cleared fields undefined; the kind, mode and status selects always hold one.
type Values = {
  article: { title?: string; summary?: string; body?: string; source?: string; eventKind: EventKind; eventDate?: dayjs.Dayjs | null; sourceDate?: dayjs.Dayjs | null; eventRegionCode?: string };
  createMeeting?: boolean;
  meetingChoice?: string;
  meeting?: {
    title?: string;
    kind: NonNullable<IngestSaveInput['meeting']>['kind'];
    startsAt?: dayjs.Dayjs | null;
    regionCode?: string;
    venue?: string;
    mode: 'offline' | 'online' | 'hybrid';
    attendeeCount?: number | null;
    onlineAudience?: number | null;
    attendees?: { name?: string; title?: string }[];
    agreements?: { title?: string; kind?: 'agreement' | 'framework' | 'memorandum' }[];
    unveilings?: { what?: string; by?: string }[];
  };
  recordFigures?: boolean;
  figures?: { indicator?: string; value?: number; unit?: string; year?: number | null; regionCode?: string }[];
  status: 'draft' | 'review' | 'published';
};

const day = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const orNull = <T,>(v: T | undefined | '') => (v === undefined || v === '' ? null : v);

/** The request body from the corrected form. */
function toSave(v: Values, a: IngestAnalysis) {
  const m = v.meeting;
  return {
    article: {
      title: v.article.title ?? '',
      summary: orNull(v.article.summary),
      body: v.article.body ?? '',
      source: orNull(v.article.source),
      eventKind: v.article.eventKind,
      eventDate: day(v.article.eventDate),
      sourceDate: day(v.article.sourceDate),
      eventRegionCode: orNull(v.article.eventRegionCode),
      originalText: a.original,
    },
    status: v.status,
    linkMeetingId: v.createMeeting && v.meetingChoice && v.meetingChoice !== 'new' ? v.meetingChoice : null,
    meeting:
      v.createMeeting && (v.meetingChoice ?? 'new') === 'new' && m
        ? {
            title: m.title ?? '',
            kind: m.kind,
            startsAt: day(m.startsAt) ?? '',
            regionCode: m.regionCode ?? '',
            venue: orNull(m.venue),
            mode: m.mode,
            attendeeCount: m.attendeeCount ?? null,
            onlineAudience: m.onlineAudience ?? null,
            attendees: (m.attendees ?? []).filter((p) => p.name?.trim()).map((p) => ({ name: p.name!.trim(), title: p.title?.trim() || null })),
            agreements: (m.agreements ?? []).filter((x) => x.title?.trim()).map((x) => ({ title: x.title!.trim(), kind: x.kind ?? 'agreement', parties: [] })),
            unveilings: (m.unveilings ?? []).filter((u) => u.what?.trim()).map((u) => ({ what: u.what!.trim(), by: (u.by ?? '').split(/[、,，\s]+/).filter(Boolean) })),
            orgs: a.facts.eventOrgs,
          }
        : null,
    figures: v.recordFigures ? (v.figures ?? []).map((f) => ({ indicator: f.indicator ?? '', value: f.value as number, unit: f.unit ?? '', year: f.year ?? null, regionCode: orNull(f.regionCode) })) : [],
    facts: a.facts,
  } satisfies IngestSaveInput;
}


/** Outside reports in: paste or upload, see the cleaned text beside the original, correct what was read, save. */
export default function IngestPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [analysis, setAnalysis] = useState<IngestAnalysis | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!analysis) return;
    const values = await validValues(form);
    if (!values) return;
    setSaving(true);
    try {
      const saved = await api.post('/publish/ingest/save', { body: toSave(values, analysis) });
      const linked = values.createMeeting && values.meetingChoice && values.meetingChoice !== 'new';
      void message.success(t('ingest.saved', { meeting: saved.meetingId ? t(linked ? 'ingest.savedLinked' : 'ingest.savedMeeting') : '' }));
      void navigate(`/publish/articles/${saved.articleId}`);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer
      title={t('ingest.title')}
      card={false}
      extra={
        analysis && (
          <>
            <Button onClick={() => setAnalysis(null)}>{t('ingest.again')}</Button>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {t('ingest.save')}
            </Button>
          </>
        )
      }
    >
      {!analysis ? (
        <Card>
          <Typography.Paragraph>{t('ingest.intro')}</Typography.Paragraph>
          <SourceInput
            onAnalysed={(a) => {
              form.resetFields();
              setAnalysis(a);
            }}
          />
        </Card>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Card>
            <CompareTexts a={analysis} />
          </Card>
          <Card title={t('ingest.facts')}>
            <FactsForm key={analysis.original.length + (analysis.fileName ?? '')} form={form} analysis={analysis} reviewer={hasRole(PublishAccess.review)} />
            <Button type="primary" loading={saving} onClick={() => void save()} style={{ marginTop: 16 }}>
              {t('ingest.save')}
            </Button>
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
