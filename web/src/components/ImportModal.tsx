import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportReport, Job } from '../../../common/jobs';
import { saveBlob } from '../app/api';
import { api, type GetPath, type PostPath } from '../app/api-client';
import { useI18n } from '../app/i18n';
import { useJob } from './useJob';

function reportCsv(errors: ImportReport['errors']): Blob {
  const esc = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
  const lines = ['行号,列,问题', ...errors.map((e) => [e.row, e.field, e.message].map(esc).join(','))];
  return new Blob(['\ufeff' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' });
}

// Both kinds of route take the same path parameters (a meeting's attendees: its id), so they are
// passed to the typed client as the loose shape it accepts at run time.
type Loose = { params?: { path: Record<string, string> } };

function downloadTemplate(r: ImportRoutes): Promise<void> {
  return (api.download as (p: GetPath, params?: Loose['params']) => Promise<void>)(r.template, r.pathParams ? { path: r.pathParams } : undefined);
}

function uploadFile(r: ImportRoutes, file: File): Promise<Job> {
  return (api.upload as (p: PostPath, f: File, o: Loose) => Promise<Job>)(r.upload, file, r.pathParams ? { params: { path: r.pathParams } } : {});
}

/**
 * Excel import: download the template, upload the file, watch the progress bar, then read either
 * the count imported or the row-by-row error report (nothing is imported when any row is wrong).
 */
/** Where the template comes from and where the file goes: typed routes with their path parameters. */
type ImportRoutes = { template: GetPath; upload: PostPath; pathParams?: Record<string, string> };

export function ImportModal(props: { open: boolean; onClose: () => void; title?: string; onImported?: () => void } & ImportRoutes) {
  const { t } = useI18n();
  const { job, setJob, percent } = useJob(null, (j) => {
    if (j.status === 'succeeded') props.onImported?.();
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const report = (job?.result ?? null) as ImportReport | null;
  const close = () => {
    setJob(null);
    setError(null);
    props.onClose();
  };

  return (
    <Modal open={props.open} title={props.title ?? t('import.title')} onCancel={close} footer={<Button onClick={close}>{t('common.confirm')}</Button>} width={720} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space>
          <Typography.Text>{t('import.step1')}</Typography.Text>
          <Button onClick={() => void downloadTemplate(props).catch((e: unknown) => setError(String(e)))}>{t('import.template')}</Button>
        </Space>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={busy || (job !== null && job.status === 'running')}
          customRequest={({ file }) => {
            setBusy(true);
            setError(null);
            setJob(null);
            uploadFile(props, file as File)
              .then(setJob)
              .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
              .finally(() => setBusy(false));
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('import.drop')}</p>
        </Upload.Dragger>
        {error && <Alert type="error" title={error} showIcon />}
        {job && job.status !== 'succeeded' && job.status !== 'failed' && (
          <div>
            <Typography.Text>{job.message ?? t('import.validating')}</Typography.Text>
            <Progress percent={percent} status="active" />
          </div>
        )}
        {job?.status === 'succeeded' && report && <Alert type="success" showIcon title={t('import.succeeded', { imported: report.imported })} />}
        {job?.status === 'failed' && (
          <>
            <Alert type="error" showIcon title={t('import.failed')} description={job.message} />
            {report && report.errors.length > 0 && (
              <>
                <Button onClick={() => saveBlob(reportCsv(report.errors), '导入错误报告.csv')}>{t('import.downloadErrors')}</Button>
                <Table
                  size="small"
                  rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
                  dataSource={report.errors}
                  pagination={{ pageSize: 10 }}
                  columns={[
                    { title: t('import.row'), dataIndex: 'row', width: 80 },
                    { title: t('import.field'), dataIndex: 'field', width: 160 },
                    { title: t('import.problem'), dataIndex: 'message' },
                  ]}
                />
              </>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
