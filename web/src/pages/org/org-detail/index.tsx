import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Result, Row, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { OrgKindLabels, type Person } from '../../../../../common/org';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';

/** One organisation: its particulars, its people and the timeline of its changes. */
export default function OrgDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { data: org, error } = useQuery({ queryKey: ['orgs', 'one', id], queryFn: () => api.get('/org/orgs/{id}', { params: { path: { id } } }) });
  const { data: people } = useQuery({ queryKey: ['people', { orgId: id }], queryFn: () => api.get('/org/people', { params: { query: { orgId: id, pageSize: 100 } } }), enabled: !!org });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!org) return null;
  const fieldLabels: Record<string, string> = {
    name: t('org.name'),
    shortName: t('org.shortName'),
    kind: t('org.kind'),
    regionCode: t('org.region'),
    regionName: t('org.region'),
    parentName: t('org.parent'),
    parentId: t('org.parent'),
    creditCode: t('org.creditCode'),
    address: t('org.address'),
    phone: t('org.phone'),
  };
  return (
    <PageContainer title={org.name} crumbs={[{ title: t('org.title'), path: '/orgs' }, { title: org.name }]} card={false}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('org.shortName')}>{org.shortName}</Descriptions.Item>
              <Descriptions.Item label={t('org.kind')}>
                <Tag>{label(OrgKindLabels[org.kind])}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('org.region')}>
                {org.regionName}（{org.regionCode}）
              </Descriptions.Item>
              <Descriptions.Item label={t('org.parent')}>{org.parentName}</Descriptions.Item>
              <Descriptions.Item label={t('org.creditCode')}>{org.creditCode}</Descriptions.Item>
              <Descriptions.Item label={t('org.phone')}>{org.phone}</Descriptions.Item>
              <Descriptions.Item label={t('org.address')} span={2}>
                {org.address}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('people.title')} style={{ marginTop: 16 }}>
            <Table<Person>
              rowKey="id"
              size="small"
              dataSource={people?.items}
              pagination={false}
              columns={[
                { title: t('people.name'), dataIndex: 'name', width: 120 },
                { title: t('people.title_'), dataIndex: 'title' },
                { title: t('people.phone'), dataIndex: 'phone', width: 150 },
                { title: t('people.email'), dataIndex: 'email', width: 200 },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('common.history')}>
            <HistoryTimeline path="/org/orgs/{id}/history" id={id} fieldLabels={fieldLabels} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
