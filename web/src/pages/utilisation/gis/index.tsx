import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, List, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { CheckResultLabels, type Gi, GiUserStatusLabels } from '../../../../../common/utilisation-transfers';
import { PledgeStatusLabels, type PledgeStatus } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { applyApiError } from '../../../components/forms';
import { useListQuery } from '../../../components/useListQuery';
import { wan } from '../format';

type GiRow = Omit<Gi, 'users' | 'pledges'> & { activeUsers: number };
interface AuthoriseValues { orgId: string; regionCode: string; site: string; authorisedOn: Dayjs }

/** Geographical indications and brand programmes: the products, their authorised users, checks and revocations. */
export default function GisPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const manage = hasRole(['office', 'admin']);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form] = Form.useForm<AuthoriseValues>();
  const list = useListQuery('/utilisation/gis', { sort: 'name', order: 'asc' }, []);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-gis', list.query], queryFn: () => api.get('/utilisation/gis', { params: { query: list.query } }) });
  const detail = useQuery({ queryKey: ['utilisation-gi', openId], enabled: openId !== null, queryFn: () => api.get('/utilisation/gis/{id}', { params: { path: { id: openId! } } }) });
  const brands = useQuery({ queryKey: ['utilisation-brands'], queryFn: () => api.get('/utilisation/brands', { params: { query: { pageSize: 20 } } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['utilisation-gi'] }).then(() => qc.invalidateQueries({ queryKey: ['utilisation-gis'] }));
  const authorise = async () => {
    const v = await form.validateFields();
    try {
      await api.post('/utilisation/gis/{id}/users', { params: { path: { id: openId! } }, body: { orgId: v.orgId, regionCode: v.regionCode, site: v.site, authorisedOn: v.authorisedOn.format('YYYY-MM-DD') } });
      form.resetFields();
      refresh();
    } catch (err) {
      const m = applyApiError(form, err);
      if (m) message.error(m);
    }
  };
  const act = (p: Promise<unknown>) => void p.then(refresh).catch((e: Error) => message.error(e.message));
  const g = detail.data;
  return (
    <PageContainer title={t('utilisation.gis.title')}>
      <Table<GiRow>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<GiRow>(data?.total, t)}
        scroll={{ x: 800 }}
        columns={[
          { title: t('utilisation.gi.name'), dataIndex: 'name', render: (v: string, r) => <a onClick={() => setOpenId(r.id)}>{v}</a> },
          { title: t('utilisation.gi.kind'), dataIndex: 'productKind', width: 120 },
          { title: t('utilisation.gi.area'), key: 'area', render: (_: unknown, r) => r.protectedArea.map((a) => a.name).join('、') },
          { title: t('utilisation.gi.users'), dataIndex: 'activeUsers', width: 110, align: 'right' },
        ]}
      />
      <Card title={t('utilisation.brands.title')} style={{ marginTop: 24 }}>
        {brands.data?.items.map((b) => (
          <div key={b.id} style={{ marginBottom: 16 }}>
            <h4>{b.name}（{b.regionName}）</h4>
            <p>{b.goal}</p>
            <Table size="small" rowKey="id" pagination={false} dataSource={b.participants} scroll={{ x: 600 }} columns={[{ title: t('utilisation.brand.enterprise'), dataIndex: 'orgName' }, { title: t('utilisation.brand.brand'), dataIndex: 'brand', width: 120 }, { title: t('utilisation.brand.joinedOn'), dataIndex: 'joinedOn', width: 120 }, { title: t('utilisation.brand.result'), dataIndex: 'result', render: (v: string | null) => v ?? t('utilisation.brand.pending') }]} />
          </div>
        ))}
      </Card>
      <Drawer open={openId !== null} onClose={() => setOpenId(null)} title={g?.name} width={Math.min(720, window.innerWidth)}>
        {g && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered items={[
              { key: 'area', label: t('utilisation.gi.area'), children: `${g.protectedArea.map((a) => a.name).join('、')}${g.areaNote ? `（${g.areaNote}）` : ''}` },
              { key: 'standard', label: t('utilisation.gi.standard'), children: g.standard },
              { key: 'applicant', label: t('utilisation.gi.applicant'), children: g.applicant },
            ]} />
            <List
              header={<b>{t('utilisation.gi.users')}</b>}
              dataSource={g.users}
              renderItem={(u) => (
                <List.Item actions={manage && u.status === 'authorised' ? [
                  <a key="check" onClick={() => act(api.post('/utilisation/gi-users/{id}/check', { params: { path: { id: u.id } }, body: { year: new Date().getFullYear(), result: 'passed', note: null } }))}>{t('utilisation.gi.checkPassed')}</a>,
                  <a key="revoke" onClick={() => act(api.post('/utilisation/gi-users/{id}/revoke', { params: { path: { id: u.id } }, body: { revokedOn: new Date().toISOString().slice(0, 10), reason: t('utilisation.gi.revokeReason') } }))}>{t('utilisation.gi.revoke')}</a>,
                ] : []}>
                  <List.Item.Meta title={<>{u.orgName} <Tag color={u.status === 'authorised' ? 'green' : 'default'}>{label(GiUserStatusLabels[u.status])}</Tag></>} description={`${u.regionName} ${u.site} · ${t('utilisation.gi.authorisedOn')} ${u.authorisedOn}${u.lastCheckYear ? ` · ${u.lastCheckYear} ${label(u.lastCheckResult ? CheckResultLabels[u.lastCheckResult] : undefined)}` : ''}${u.revokeReason ? ` · ${u.revokeReason}` : ''}`} />
                </List.Item>
              )}
            />
            <List header={<b>{t('utilisation.gi.pledges')}</b>} dataSource={g.pledges} locale={{ emptyText: t('utilisation.gi.noPledges') }} renderItem={(p) => <List.Item><Link to={`/finance/pledges/${p.id}`}>{p.enterpriseName}</Link> · {wan(t, p.securedAmountFen)} · {label(PledgeStatusLabels[p.status as PledgeStatus])}</List.Item>} />
            {manage && (
              <Card size="small" title={t('utilisation.gi.authorise')}>
                <Form form={form} layout="vertical">
                  <Form.Item name="orgId" label={t('utilisation.brand.enterprise')} rules={[{ required: true }]}><OrgPicker kinds={['enterprise']} /></Form.Item>
                  <Form.Item name="regionCode" label={t('utilisation.gi.siteRegion')} rules={[{ required: true }]}><RegionPicker /></Form.Item>
                  <Form.Item name="site" label={t('utilisation.gi.site')} rules={[{ required: true }]}><Input /></Form.Item>
                  <Form.Item name="authorisedOn" label={t('utilisation.gi.authorisedOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
                  <Button type="primary" onClick={() => void authorise()}>{t('utilisation.gi.authorise')}</Button>
                </Form>
              </Card>
            )}
          </Space>
        )}
      </Drawer>
    </PageContainer>
  );
}
