import { PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, List, Popconfirm, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Meeting } from '../../../../../common/conference';
import { AgreementKindLabels } from '../../../../../common/conference-report';
import { type DocumentCreate, DocumentKindLabels, DocumentKindSchema } from '../../../../../common/conference-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';
import { AgreementForm } from '../agreement-list/AgreementForm';
import { MeetingSigningsCard } from '../../finance/signings/MeetingSigningsCard';

/** What the meeting produced: agreements signed, unveilings, and documents released. */
export function OutcomesTab({ meeting: m }: { meeting: Meeting }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data } = useQuery({ queryKey: ['meetings', m.id, 'record'], queryFn: () => api.get('/conference/meetings/{id}/record', { params: { path: { id: m.id } } }) });
  const [adding, setAdding] = useState(false);
  const [unveilForm] = Form.useForm<{ what: string; by?: string[] }>();
  const [docForm] = Form.useForm<DocumentCreate>();
  const refresh = () => void qc.invalidateQueries({ queryKey: ['meetings', m.id] });
  const onError = (e: Error) => void message.error(e.message);
  const unveil = useMutation({
    mutationFn: (v: { what: string; by?: string[] }) => api.post('/conference/meetings/{id}/unveilings', { params: { path: { id: m.id } }, body: { what: v.what, by: v.by ?? [] } }),
    onSuccess: () => {
      unveilForm.resetFields();
      refresh();
    },
    onError: (e) => {
      const text = applyApiError(unveilForm, e);
      if (text) void message.error(text);
    },
  });
  const removeUnveiling = useMutation({ mutationFn: (id: string) => api.delete('/conference/unveilings/{id}', { params: { path: { id } } }), onSuccess: refresh, onError });
  const addDoc = useMutation({
    mutationFn: (v: DocumentCreate) => api.post('/conference/meetings/{id}/documents', { params: { path: { id: m.id } }, body: v }),
    onSuccess: () => {
      docForm.resetFields();
      refresh();
    },
    onError: (e) => {
      const text = applyApiError(docForm, e);
      if (text) void message.error(text);
    },
  });
  const removeDoc = useMutation({ mutationFn: (id: string) => api.delete('/conference/meeting-documents/{id}', { params: { path: { id } } }), onSuccess: refresh, onError });
  const upload = (path: '/conference/agreements/{id}/file' | '/conference/meeting-documents/{id}/file', id: string) => (file: File) => {
    api
      .upload(path, file, { params: { path: { id } } })
      .then(() => {
        void message.success(t('outcome.uploaded'));
        refresh();
      })
      .catch(onError);
    return false;
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      {/* The pledge-financing signings belong to the finance module; it decides who sees and records them. */}
      <MeetingSigningsCard meetingId={m.id} />
      <Card
        size="small"
        title={t('agreement.title')}
        extra={
          m.canManage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('agreement.add')}
            </Button>
          )
        }
      >
        <List
          dataSource={data?.agreements ?? []}
          locale={{ emptyText: t('agreement.empty') }}
          renderItem={(a) => (
            <List.Item
              actions={[
                a.file ? (
                  <a key="f" onClick={() => void api.download('/conference/agreements/{id}/file', { path: { id: a.id } }).catch(onError)}>
                    <PaperClipOutlined /> {a.file.name}
                  </a>
                ) : null,
                m.canManage ? (
                  <Upload key="u" showUploadList={false} beforeUpload={upload('/conference/agreements/{id}/file', a.id)}>
                    <a>
                      <UploadOutlined /> {t('outcome.uploadText')}
                    </a>
                  </Upload>
                ) : null,
              ]}
            >
              <List.Item.Meta
                title={
                  <Link to={`/agreements/${a.id}`}>
                    《{a.title}》 <Tag>{label(AgreementKindLabels[a.kind])}</Tag>
                  </Link>
                }
                description={a.parties.map((p) => p.name + (p.signer ? `（${t('agreement.signer')}：${p.signer}${p.signerTitle ? ' ' + p.signerTitle : ''}）` : '')).join('；')}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('unveiling.title')}>
        <List
          dataSource={data?.unveilings ?? []}
          locale={{ emptyText: t('unveiling.empty') }}
          renderItem={(u) => (
            <List.Item
              actions={
                m.canManage
                  ? [
                      <Popconfirm key="d" title={t('common.confirmDelete')} onConfirm={() => removeUnveiling.mutate(u.id)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta title={`${u.what}${t('unveiling.suffix')}`} description={`${u.onDate}${u.by.length ? `{'\u3000'}${t('unveiling.by')}：${u.by.join('、')}` : ''}`} />
            </List.Item>
          )}
        />
        {m.canManage && (
          <Form form={unveilForm} name="add-unveiling" layout="inline" onFinish={(v) => unveil.mutate(v)} style={{ rowGap: 8 }}>
            <Form.Item name="what" rules={[{ required: true, message: t('unveiling.whatRequired') }]}>
              <Input placeholder={t('unveiling.what')} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="by">
              <Select mode="tags" placeholder={t('unveiling.by')} style={{ width: 260 }} open={false} />
            </Form.Item>
            <Button htmlType="submit">{t('unveiling.add')}</Button>
          </Form>
        )}
      </Card>
      <Card size="small" title={t('document.title')}>
        <List
          dataSource={data?.documents ?? []}
          locale={{ emptyText: t('document.empty') }}
          renderItem={(d) => (
            <List.Item
              actions={[
                d.file ? (
                  <a key="f" onClick={() => void api.download('/conference/meeting-documents/{id}/file', { path: { id: d.id } }).catch(onError)}>
                    <PaperClipOutlined /> {d.file.name}
                  </a>
                ) : null,
                m.canManage ? (
                  <Upload key="u" showUploadList={false} beforeUpload={upload('/conference/meeting-documents/{id}/file', d.id)}>
                    <a>
                      <UploadOutlined /> {t('outcome.uploadFile')}
                    </a>
                  </Upload>
                ) : null,
                m.canManage ? (
                  <Popconfirm key="d" title={t('common.confirmDelete')} onConfirm={() => removeDoc.mutate(d.id)}>
                    <a>{t('common.delete')}</a>
                  </Popconfirm>
                ) : null,
              ]}
            >
              <List.Item.Meta title={d.title} description={<Tag>{label(DocumentKindLabels[d.kind])}</Tag>} />
            </List.Item>
          )}
        />
        {m.canManage && (
          <Form form={docForm} name="add-document" layout="inline" initialValues={{ kind: 'report' }} onFinish={(v) => addDoc.mutate(v)} style={{ rowGap: 8 }}>
            <Form.Item name="kind">
              <Select style={{ width: 130 }} options={DocumentKindSchema.options.map((k) => ({ value: k, label: label(DocumentKindLabels[k]) }))} />
            </Form.Item>
            <Form.Item name="title" rules={[{ required: true, message: t('document.titleRequired') }]}>
              <Input placeholder={t('document.name')} style={{ width: 320 }} />
            </Form.Item>
            <Button htmlType="submit">{t('document.add')}</Button>
          </Form>
        )}
      </Card>
      <AgreementForm open={adding} meeting={m} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); refresh(); }} />
    </Space>
  );
}
