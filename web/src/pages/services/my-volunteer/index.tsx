import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { RecordStatusLabels, type ServiceRecord, VOLUNTEER_KINDS, VOLUNTEER_LANGUAGES, VOLUNTEER_SKILLS, type VolunteerEnrol, VolunteerEnrolSchema, VolunteerKindLabels, VolunteerLanguageLabels, VolunteerSkillLabels, VolunteerStatusLabels } from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { platformYear } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { CityDistrictSelect } from '../CityDistrictSelect';

const shape = VolunteerEnrolSchema.shape;

/** A volunteer's own page: enrol, see the vetting, the service records and download the certificate of hours. */
export default function MyVolunteerPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VolunteerEnrol>();
  const [year, setYear] = useState(platformYear());
  const { data: me, isLoading } = useQuery({ queryKey: ['services-me'], queryFn: () => api.get('/services/volunteers/me') });
  const { data: records } = useQuery({ queryKey: ['services-my-records'], queryFn: () => api.get('/services/service-records', { params: { query: { pageSize: 100 } } }), enabled: !!me });
  const enrol = async (values: VolunteerEnrol) => {
    try {
      await api.post('/services/volunteers/me', { body: { ...values, phone: values.phone ?? null } });
      await queryClient.invalidateQueries({ queryKey: ['services-me'] });
    } catch (e) {
      const text = applyApiError(form, e);
      if (text) message.error(text);
    }
  };
  return (
    <PageContainer title={t('services.vol.mine')} card={false}>
      {isLoading && <Card loading />}
      {!isLoading && !me && (
        <Card title={t('services.vol.enrol')}>
          <Typography.Paragraph type="secondary">{t('services.vol.enrolHint')}</Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(v) => void enrol(v)} initialValues={{ kind: 'lawyer', weeklyHours: 4, languages: [] }} style={{ maxWidth: 640 }}>
            <Form.Item name="name" label={t('services.vol.name')} rules={[zodRule(shape.name)]}><Input maxLength={40} /></Form.Item>
            <Form.Item name="kind" label={t('services.vol.kind')} rules={[zodRule(shape.kind)]}><Select options={VOLUNTEER_KINDS.map((k) => ({ value: k, label: label(VolunteerKindLabels[k]) }))} /></Form.Item>
            <Form.Item name="affiliation" label={t('services.vol.affiliation')} rules={[zodRule(shape.affiliation)]}><Input maxLength={100} /></Form.Item>
            <Form.Item name="phone" label={t('services.vol.phone')}><Input maxLength={30} /></Form.Item>
            <Form.Item name="skills" label={t('services.vol.skills')} rules={[zodRule(shape.skills)]}><Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={VOLUNTEER_SKILLS.map((k) => ({ value: k, label: label(VolunteerSkillLabels[k]) }))} /></Form.Item>
            <Form.Item name="languages" label={t('services.vol.languages')}><Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={VOLUNTEER_LANGUAGES.map((k) => ({ value: k, label: label(VolunteerLanguageLabels[k]) }))} /></Form.Item>
            <Form.Item name="districts" label={t('services.vol.districts')} rules={[zodRule(shape.districts)]}><CityDistrictSelect multiple withCity /></Form.Item>
            <Form.Item name="availability" label={t('services.vol.availability')} rules={[zodRule(shape.availability)]}><Input maxLength={200} /></Form.Item>
            <Form.Item name="weeklyHours" label={t('services.vol.weeklyHours')} rules={[zodRule(shape.weeklyHours)]}><InputNumber min={1} max={60} /></Form.Item>
            <Button type="primary" htmlType="submit">{t('services.vol.enrol')}</Button>
          </Form>
        </Card>
      )}
      {me && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('services.vol.name')}>{me.name}</Descriptions.Item>
              <Descriptions.Item label={t('services.vol.kind')}>{label(VolunteerKindLabels[me.kind])}</Descriptions.Item>
              <Descriptions.Item label={t('services.vol.status')}><Tag>{label(VolunteerStatusLabels[me.status])}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('services.vol.affiliation')}>{me.affiliation}</Descriptions.Item>
              <Descriptions.Item label={t('services.vol.skills')}>{me.skills.map((s) => label(VolunteerSkillLabels[s])).join('、')}</Descriptions.Item>
              <Descriptions.Item label={t('services.vol.districts')}>{me.districts.map((d) => d.name).join('、')}</Descriptions.Item>
              <Descriptions.Item label={t('services.vol.approvedHours')}>{(Math.round(me.approvedMinutes / 6) / 10).toFixed(1)}</Descriptions.Item>
              <Descriptions.Item label={t('services.vol.active')}>{me.activeCount}/{me.maxActive}</Descriptions.Item>
              {me.vetNote && <Descriptions.Item label={t('services.vol.vetNote')}>{me.vetNote}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('services.vol.records')} size="small" extra={
            <Space wrap>
              <Select aria-label={t('services.vol.year')} value={year} onChange={setYear} options={[0, 1, 2].map((i) => ({ value: platformYear() - i, label: `${platformYear() - i}` }))} style={{ width: 100 }} />
              <Button icon={<DownloadOutlined />} onClick={() => void api.download('/services/volunteers/{id}/certificate.pdf', { path: { id: me.id }, query: { year } }).catch((e: Error) => message.error(e.message))}>{t('services.vol.certificate')}</Button>
            </Space>
          }>
            <Table<ServiceRecord> rowKey="id" size="small" pagination={false} scroll={{ x: 700 }} dataSource={records?.items} columns={[
              { title: t('services.req.servedOn'), dataIndex: 'servedOn', width: 110 },
              { title: t('services.req.enterprise'), dataIndex: 'enterpriseName', width: 220 },
              { title: t('services.req.what'), dataIndex: 'requestTitle' },
              { title: t('services.req.hours'), dataIndex: 'minutes', width: 80, align: 'right', render: (v: number) => (Math.round(v / 6) / 10).toFixed(1) },
              { title: t('services.req.status'), dataIndex: 'status', width: 100, render: (v: ServiceRecord['status']) => label(RecordStatusLabels[v]) },
            ]} />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
