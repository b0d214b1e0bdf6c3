import { CloudDownloadOutlined, DatabaseOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { type Backup, type BackupOverview, formatShanghaiTime } from '../../../../../common/backup';
import type { Job } from '../../../../../common/jobs';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { useJob } from '../../../components/useJob';

/** Bytes as the largest whole unit: 812 KB, 12.4 MB. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function VerifiedTag(props: { backup: Backup }) {
  const { t } = useI18n();
  const { verified, problem } = props.backup;
  if (verified === true) return <Tag color="green">{t('backup.verified')}</Tag>;
  if (verified === false)
    {return (
      <Tooltip title={problem}>
        <Tag color="red">{t('backup.failed')}</Tag>
      </Tooltip>
    );}
  return <Tag>{t('backup.unchecked')}</Tag>;
}

function LastBackup(props: { backup: Backup | undefined }) {
  const { t } = useI18n();
  const b = props.backup;
  if (!b) return <Alert type="warning" showIcon title={t('backup.none')} />;
  return (
    <Descriptions column={{ xs: 1, md: 4 }} size="small">
      <Descriptions.Item label={t('backup.time')}>{formatShanghaiTime(b.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('backup.size')}>{formatSize(b.bytes)}</Descriptions.Item>
      <Descriptions.Item label={t('backup.rows')}>{b.rows === null ? '—' : b.rows.toLocaleString()}</Descriptions.Item>
      <Descriptions.Item label={t('backup.check')}>
        <VerifiedTag backup={b} />
      </Descriptions.Item>
      {b.problem && <Descriptions.Item label={t('backup.problem')}>{b.problem}</Descriptions.Item>}
    </Descriptions>
  );
}

function Schedule(props: { overview: BackupOverview }) {
  const { t } = useI18n();
  const { schedule, folder } = props.overview;
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small">
      <Descriptions.Item label={t('backup.daily')}>{schedule.time ? t('backup.dailyAt', { time: schedule.time }) : t('backup.off')}</Descriptions.Item>
      <Descriptions.Item label={t('backup.next')}>{schedule.next ? formatShanghaiTime(schedule.next) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('backup.retention')}>{t('backup.retentionText', { daily: schedule.keepDaily, weekly: schedule.keepWeekly })}</Descriptions.Item>
      <Descriptions.Item label={t('backup.folder')}>
        <Typography.Text code copyable>
          {folder}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The database backups: the last one and whether it verified, the kept ones to download, the schedule, a backup now. */
export default function BackupAdminPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data, isFetching } = useQuery({ queryKey: ['backups'], queryFn: () => api.get('/platform/backups') });
  const onDone = useCallback(
    (j: Job) => {
      void qc.invalidateQueries({ queryKey: ['backups'] });
      if (j.status === 'succeeded') void message.success(t('backup.done'));
      else void message.error(j.message ?? t('backup.failed'));
    },
    [qc, message, t],
  );
  const { job, setJob, running } = useJob(null, onDone);
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      setJob(await api.post('/platform/backups'));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setStarting(false);
    }
  };
  const save = (name: string) => void api.download('/platform/backups/{name}', { path: { name } }, name).catch((e: Error) => void message.error(e.message));
  const busy = starting || running || !!data?.running;
  return (
    <PageContainer
      title={t('backup.title')}
      card={false}
      extra={
        <Button type="primary" icon={<DatabaseOutlined />} loading={busy} onClick={() => void start()}>
          {busy ? t('backup.running') : t('backup.now')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        {running && job && (
          <Card size="small">
            <Space>
              <Spin size="small" />
              <span>{job.processed > 0 ? t('backup.progress', { rows: job.processed.toLocaleString() }) : t('backup.starting')}</span>
            </Space>
          </Card>
        )}
        {data?.pausesWork && <Alert type="info" showIcon title={t('backup.pausesWork')} />}
        <Card title={t('backup.last')} size="small" loading={!data}>
          <LastBackup backup={data?.backups[0]} />
        </Card>
        <Card title={t('backup.schedule')} size="small" loading={!data}>
          {data && <Schedule overview={data} />}
        </Card>
        <Card title={t('backup.kept')} size="small">
          <Table<Backup>
            rowKey="name"
            size="small"
            loading={isFetching}
            dataSource={data?.backups ?? []}
            pagination={false}
            locale={{ emptyText: t('backup.none') }}
            columns={[
              { title: t('backup.time'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatShanghaiTime(v) },
              { title: t('backup.size'), dataIndex: 'bytes', width: 110, align: 'right', render: (v: number) => formatSize(v) },
              { title: t('backup.rows'), dataIndex: 'rows', width: 120, align: 'right', render: (v: number | null) => (v === null ? '—' : v.toLocaleString()) },
              { title: t('backup.check'), dataIndex: 'verified', width: 110, render: (_: unknown, b) => <VerifiedTag backup={b} /> },
              { title: t('backup.file'), dataIndex: 'name', render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
              {
                title: t('common.actions'),
                width: 110,
                render: (_: unknown, b) => (
                  <Button size="small" icon={<CloudDownloadOutlined />} onClick={() => save(b.name)}>
                    {t('backup.download')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </Flex>
    </PageContainer>
  );
}
