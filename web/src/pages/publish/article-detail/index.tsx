import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Collapse, Form, Input, Modal, Result, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type Article, type ArticleCreateInput, ArticleCreateSchema, EVENT_KINDS, type EventKind, EventKindLabels, PublishAccess } from '../../../../../common/publish';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { StatusTag } from '../shared';
import { Attachments } from './Attachments';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

const shape = ArticleCreateSchema.shape;

// Dates are dayjs values in the pickers; the kind always holds one (it starts at 'other' and cannot be cleared).
type FormValues = Omit<ArticleCreateInput, 'eventDate' | 'sourceDate' | 'eventKind'> & { eventDate?: Dayjs | null; sourceDate?: Dayjs | null; eventKind: EventKind };

function toForm(a: Article): FormValues {
  return { ...a, eventDate: a.eventDate ? dayjs(a.eventDate) : null, sourceDate: a.sourceDate ? dayjs(a.sourceDate) : null };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
// A cleared field is undefined (or '') in the form and null on the server (the value is removed).
const orNull = <T,>(v: T | null | undefined | '') => (v === undefined || v === '' ? null : v);

function fromForm(v: FormValues) {
  return { ...v, eventDate: day(v.eventDate), sourceDate: day(v.sourceDate), summary: orNull(v.summary), source: orNull(v.source), sourceUrl: orNull(v.sourceUrl), eventRegionCode: orNull(v.eventRegionCode) };
}

/** One article: write or edit it, move it through review, attach files, and see its history. */
export default function ArticleDetailPage() {
  const { id } = useParams();
  const isNew = !id;
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const reviewer = hasRole(PublishAccess.review);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [noteFor, setNoteFor] = useState<'reject' | 'unpublish' | null>(null);
  const [note, setNote] = useState('');
  const { data: article, error } = useQuery({ queryKey: ['articles', 'one', id], queryFn: () => api.get('/publish/articles/{id}', { params: { path: { id: id ?? '' } } }), enabled: !isNew });

  useEffect(() => {
    if (article) form.setFieldsValue(toForm(article));
  }, [article, form]);

  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!isNew && !article) return null;
  const locked = !!article && article.status === 'published' && !reviewer;

  const refresh = (a: Article) => {
    qc.setQueryData(['articles', 'one', a.id], a);
    void qc.invalidateQueries({ queryKey: ['articles'] });
    void qc.invalidateQueries({ queryKey: ['history'] });
  };

  const save = async () => {
    const checked = await validValues(form);
    if (!checked) return;
    const values = fromForm(checked);
    setSaving(true);
    try {
      if (isNew) {
        const created = await api.post('/publish/articles', { body: values });
        void message.success(t('common.saved'));
        void navigate(`/publish/articles/${created.id}`, { replace: true });
      } else {
        refresh(await api.patch('/publish/articles/{id}', { params: { path: { id } }, body: values }));
        void message.success(t('common.saved'));
      }
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  const act = async (call: (params: { path: { id: string } }) => Promise<Article>, done?: string) => {
    try {
      refresh(await call({ path: { id: id ?? '' } }));
      if (done) void message.success(t(done));
      setNoteFor(null);
      setNote('');
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const noteBody = { note: note || null };

  const fieldLabels: Record<string, string> = {
    title: t('publish.title'),
    summary: t('publish.summary'),
    body: t('publish.body'),
    source: t('publish.source'),
    sourceUrl: t('publish.sourceUrl'),
    eventKind: t('publish.eventKind'),
    eventDate: t('publish.eventDate'),
    sourceDate: t('publish.sourceDate'),
    eventRegionCode: t('publish.eventRegion'),
    status: t('publish.status'),
    reviewNote: t('publish.reviewNote'),
  };

  const actions = article && (
    <>
      {article.status === 'draft' && <Button onClick={() => void act((params) => api.post('/publish/articles/{id}/submit', { params }), 'publish.submitted')}>{t('publish.submit')}</Button>}
      {reviewer && article.status !== 'published' && (
        <Button type="primary" onClick={() => void act((params) => api.post('/publish/articles/{id}/publish', { params }), 'publish.published')}>
          {t('publish.publish')}
        </Button>
      )}
      {reviewer && article.status === 'review' && <Button danger onClick={() => setNoteFor('reject')}>{t('publish.reject')}</Button>}
      {reviewer && article.status === 'published' && <Button danger onClick={() => setNoteFor('unpublish')}>{t('publish.unpublish')}</Button>}
      {article.status === 'published' && (
        <Button href={`/p/news/${article.id}`} target="_blank">
          {t('publish.viewPublic')}
        </Button>
      )}
    </>
  );

  return (
    <PageContainer
      title={isNew ? t('publish.newArticle') : (article?.title ?? '')}
      crumbs={[{ title: t('publish.articles'), path: '/publish/articles' }, { title: isNew ? t('publish.newArticle') : t('publish.editArticle') }]}
      card={false}
      extra={
        <>
          {article && <StatusTag status={article.status} />}
          {actions}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            {article?.reviewNote && <Alert type="warning" showIcon title={`${t('publish.reviewNote')}：${article.reviewNote}`} style={{ marginBottom: 16 }} />}
            <Form form={form} layout="vertical" disabled={locked} initialValues={{ eventKind: 'other' }}>
              <Form.Item name="title" label={t('publish.title')} required rules={[zodRule(shape.title)]}>
                <Input count={{ show: true, max: 200 }} />
              </Form.Item>
              <Form.Item name="summary" label={t('publish.summary')} rules={[zodRule(shape.summary)]}>
                <Input.TextArea count={{ max: 500 }} autoSize={{ minRows: 2 }} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="eventKind" label={t('publish.eventKind')} rules={[zodRule(shape.eventKind)]}>
                    <Select options={EVENT_KINDS.map((k) => ({ value: k, label: label(EventKindLabels[k]) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item rules={[dateRule()]} name="eventDate" label={t('publish.eventDate')}>
                    <DateInput style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="eventRegionCode" label={t('publish.eventRegion')}>
                    <RegionPicker allowClear style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="source" label={t('publish.source')} rules={[zodRule(shape.source)]}>
                    <Input count={{ max: 100 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item rules={[dateRule()]} name="sourceDate" label={t('publish.sourceDate')}>
                    <DateInput style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="sourceUrl" label={t('publish.sourceUrl')} rules={[zodRule(shape.sourceUrl)]}>
                    <Input count={{ max: 500 }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="body" label={t('publish.body')} required rules={[zodRule(shape.body)]}>
                <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} />
              </Form.Item>
              <Space>
                <Button type="primary" loading={saving} onClick={() => void save()}>
                  {t('common.save')}
                </Button>
                <Button disabled={false} onClick={() => void navigate('/publish/articles')}>
                  {t('common.cancel')}
                </Button>
              </Space>
            </Form>
          </Card>
          {article?.originalText && (
            <Collapse
              style={{ marginTop: 16, background: '#fff' }}
              items={[{ key: 'original', label: t('publish.original'), children: <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }}>{article.originalText}</pre> }]}
            />
          )}
        </Col>
        <Col xs={24} xl={8}>
          {article && (
            <Card title={t('publish.attachments')}>
              <Attachments article={article} disabled={locked} onChanged={refresh} />
            </Card>
          )}
          {article?.meetingId && (
            <Card title={t('publish.meeting')} style={{ marginTop: 16 }}>
              <Link to={`/meetings/${article.meetingId}`}>{article.title}</Link>
            </Card>
          )}
          {article && (
            <Card title={t('common.history')} style={{ marginTop: 16 }}>
              <HistoryTimeline path="/publish/articles/{id}/history" id={article.id} fieldLabels={fieldLabels} />
            </Card>
          )}
        </Col>
      </Row>
      <Modal
        open={noteFor !== null}
        title={noteFor === 'reject' ? t('publish.reject') : t('publish.unpublish')}
        onCancel={() => setNoteFor(null)}
        onOk={() => void (noteFor === 'reject' ? act((params) => api.post('/publish/articles/{id}/reject', { params, body: noteBody }), 'publish.rejected') : act((params) => api.post('/publish/articles/{id}/unpublish', { params, body: noteBody }), 'publish.unpublished'))}
        okButtonProps={{ danger: true, disabled: noteFor === 'reject' && !note.trim() }}
      >
        <Input.TextArea
          aria-label={noteFor === 'reject' ? t('publish.rejectReason') : t('publish.unpublishReason')}
          placeholder={noteFor === 'reject' ? t('publish.rejectReason') : t('publish.unpublishReason')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          count={{ max: 2000 }}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </PageContainer>
  );
}
