import { EditOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConferenceAccess } from '../../../../../common/conference';
import { AgreementKindLabels } from '../../../../../common/conference-report';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { AgreementForm } from '../agreement-list/AgreementForm';
import { HistoryTimeline } from '../../../components/HistoryTimeline';

/** One agreement: its parties and signers, the signed text, and its history. */
export default function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const { data: a, error } = useQuery({ queryKey: ['agreements', 'one', id], queryFn: () => api.get('/conference/agreements/{id}', { params: { path: { id } } }) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!a) return null;
  const canManage = hasRole(ConferenceAccess.manage);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['agreements'] });
  const onError = (e: Error) => void message.error(e.message);
  return (
    <PageContainer
      title={`《${a.title}》`}
      crumbs={[{ title: t('agreement.listTitle'), path: '/agreements' }, { title: a.title }]}
      card={false}
      extra={
        canManage && (
          <>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Upload showUploadList={false} beforeUpload={(file) => { api.upload('/conference/agreements/{id}/file', file, { params: { path: { id: a.id } } }).then(refresh).catch(onError); return false; }}>
              <Button icon={<UploadOutlined />}>{t('outcome.uploadText')}</Button>
            </Upload>
            <Popconfirm title={t('common.confirmDelete')} onConfirm={() => void api.delete('/conference/agreements/{id}', { params: { path: { id: a.id } } }).then(() => navigate('/agreements')).catch(onError)}>
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          </>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}>
              <Descriptions.Item label={t('agreement.kind')}>
                <Tag>{label(AgreementKindLabels[a.kind])}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('agreement.signedOn')}>{a.signedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('meeting.region')}>{a.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('agreement.meeting')}>{a.meetingId ? <Link to={`/meetings/${a.meetingId}`}>{a.meetingTitle}</Link> : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('agreement.file')} span={2}>
                {a.file ? (
                  <a onClick={() => void api.download('/conference/agreements/{id}/file', { path: { id: a.id } }).catch(onError)}>
                    <PaperClipOutlined /> {a.file.name}
                  </a>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              {a.summary && (
                <Descriptions.Item label={t('agreement.summary')} span={2}>
                  {a.summary}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Table
              style={{ marginTop: 16 }}
              size="small"
              rowKey={(p) => p.name}
              pagination={false}
              dataSource={a.parties}
              columns={[
                { title: t('agreement.partyName'), dataIndex: 'name', render: (v: string, p) => (p.orgId ? <Link to={`/orgs/${p.orgId}`}>{v}</Link> : v) },
                { title: t('agreement.signer'), dataIndex: 'signer', width: 140 },
                { title: t('agreement.signerTitle'), dataIndex: 'signerTitle', width: 200 },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('common.history')}>
            <HistoryTimeline path="/conference/agreements/{id}/history" id={a.id} />
          </Card>
        </Col>
      </Row>
      <AgreementForm open={editing} agreement={a} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); refresh(); }} />
    </PageContainer>
  );
}
