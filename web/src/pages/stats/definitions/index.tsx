import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Progress, Space, Table, Tag, Typography } from 'antd';
import type { Job } from '../../../../../common/jobs';
import { type CatalogueEntry, StatsAccess, type StatsSettings } from '../../../../../common/stats';
import { api } from '../../../app/api-client';
import { groupedNumber } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { useJob } from '../../../components/useJob';
import { useIndicatorName } from '../components/localized-names';

/** The indicator catalogue with formulas, sources and versions; the pledge threshold; a full recompute. */
export default function StatsDefinitionsPage() {
  const { t } = useI18n();
  const indicatorName = useIndicatorName();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const canManage = hasRole(StatsAccess.manage);
  const qc = useQueryClient();
  const [form] = Form.useForm<StatsSettings>();
  const catalogue = useQuery({ queryKey: ['stats', 'catalogue'], queryFn: () => api.get('/stats/catalogue') });
  const settings = useQuery({ queryKey: ['stats', 'settings'], queryFn: () => api.get('/stats/settings') });
  const { job, setJob, running, percent } = useJob(null, (j) => {
    if (j.status === 'succeeded') void message.success(t('stats.definitions.recomputed'));
    void qc.invalidateQueries({ queryKey: ['stats'] });
  });
  const start = (request: Promise<Job>) =>
    request.then(setJob).catch((e: unknown) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    });
  return (
    <PageContainer title={t('stats.definitions.title')} card={false}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title={t('stats.definitions.threshold')}>
          <Typography.Paragraph type="secondary">{t('stats.definitions.thresholdHint')}</Typography.Paragraph>
          {settings.data && (
            <Form form={form} layout="inline" initialValues={settings.data} onFinish={(v) => void start(api.put('/stats/settings', { body: v }))} disabled={!canManage || running}>
              <Form.Item name="pledgeThresholdYuan" rules={[{ required: true }]}>
                <InputNumber<number> min={0} step={1_000_000} style={{ width: 220 }} addonAfter="元" {...groupedNumber} aria-label={t('stats.definitions.threshold')} />
              </Form.Item>
              <Button htmlType="submit" type="primary">
                {t('stats.definitions.saveThreshold')}
              </Button>
              <Button style={{ marginLeft: 8 }} onClick={() => void start(api.post('/stats/recompute'))}>
                {t('stats.definitions.recompute')}
              </Button>
            </Form>
          )}
          {running && <Progress percent={percent} status="active" />}
          {job?.status === 'failed' && <Alert type="error" showIcon title={job.message} />}
        </Card>
        <Card size="small">
          <Table<CatalogueEntry>
            rowKey="id"
            size="small"
            loading={catalogue.isFetching}
            dataSource={catalogue.data}
            pagination={false}
            columns={[
              { title: t('stats.indicator'), dataIndex: 'name', width: 240, render: (_: string, e) => indicatorName(e.id) },
              { title: t('stats.unit'), dataIndex: 'unit', width: 60 },
              { title: t('stats.definitions.variant'), dataIndex: 'variant', width: 110, render: (v: CatalogueEntry['variant']) => <Tag>{t(v === 'domestic' ? 'stats.definitions.domestic' : 'stats.definitions.all')}</Tag> },
              { title: t('stats.formula'), dataIndex: 'formula' },
              { title: t('stats.source'), dataIndex: 'source', width: 340 },
              { title: t('stats.version'), dataIndex: 'version', width: 110 },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
