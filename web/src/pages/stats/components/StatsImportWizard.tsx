import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Job } from '../../../../../common/jobs';
import { IMPORT_KINDS, type ImportKind, ImportKindLabels, type ImportPreview, type StatsImportReport } from '../../../../../common/stats-records';
import { ApiError, saveBlob } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useJob } from '../../../components/useJob';

function errorsCsv(errors: StatsImportReport['errors']): Blob {
  const esc = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
  return new Blob(['\ufeff' + ['行号,列,问题', ...errors.map((e) => [e.row, e.field, e.message].map(esc).join(','))].join('\r\n')], { type: 'text/csv;charset=utf-8' });
}

/**
 * Import of records, baselines or published figures: upload a CSV or Excel file, confirm which
 * column feeds each field, then follow the job to the count imported or the row-by-row errors.
 */
export function StatsImportWizard(props: { open: boolean; kind: ImportKind; kinds?: readonly ImportKind[]; onClose: () => void; onImported?: () => void }) {
  const { t, label } = useI18n();
  const [kind, setKind] = useState<ImportKind>(props.kind);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { job, setJob, running, percent } = useJob(null, (j: Job) => j.status === 'succeeded' && props.onImported?.());
  const report = (job?.result ?? null) as StatsImportReport | null;

  const reset = () => {
    setPreview(null);
    setJob(null);
    setError(null);
  };
  const close = () => {
    reset();
    props.onClose();
  };
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  return (
    <Modal open={props.open} title={t('stats.import.title')} width={860} onCancel={close} destroyOnHidden footer={<Button onClick={close}>{t('common.confirm')}</Button>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('stats.import.step1')}</Typography.Text>
        <Space wrap>
          <Select
            aria-label={t('stats.import.kind')}
            value={kind}
            style={{ width: 260 }}
            disabled={!!preview}
            onChange={(k: ImportKind) => setKind(k)}
            options={(props.kinds ?? IMPORT_KINDS).map((k) => ({ value: k, label: label(ImportKindLabels[k]) }))}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/stats/imports/template/{kind}', { path: { kind } }).catch(fail)}>
            {t('import.template')}
          </Button>
          {preview && !running && <Button onClick={reset}>{t('stats.import.again')}</Button>}
        </Space>
        {!preview && (
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            customRequest={({ file }) => {
              setBusy(true);
              setError(null);
              api
                .upload('/stats/imports/preview', file as File, { fields: { kind } })
                .then((p) => {
                  setPreview(p);
                  setMapping(p.mapping);
                })
                .catch(fail)
                .finally(() => setBusy(false));
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('stats.import.drop')}</p>
          </Upload.Dragger>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {preview && !job && (
          <>
            <Typography.Text strong>
              {t('stats.import.mapping')} · {preview.fileName}
            </Typography.Text>
            <Typography.Text type="secondary">{t('stats.import.mappingHint')}</Typography.Text>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={preview.fields}
              scroll={{ y: 300 }}
              columns={[
                { title: t('stats.import.field'), dataIndex: 'header', width: 220, render: (h: string, f) => `${h}${f.required ? ' *' : ''}` },
                {
                  title: t('stats.import.column'),
                  key: 'column',
                  render: (_: unknown, f) => (
                    <Select
                      aria-label={f.header}
                      style={{ width: 260 }}
                      status={f.required && !mapping[f.key] ? 'error' : undefined}
                      value={mapping[f.key] ?? ''}
                      onChange={(v: string) => setMapping({ ...mapping, [f.key]: v === '' ? null : v })}
                      options={[{ value: '', label: t('stats.import.none') }, ...preview.headers.filter((h) => h).map((h) => ({ value: h, label: h }))]}
                    />
                  ),
                },
                { title: '', dataIndex: 'note', render: (n: string) => <Typography.Text type="secondary">{n}</Typography.Text> },
              ]}
            />
            <Typography.Text>{t('stats.import.sample')}</Typography.Text>
            <Table
              size="small"
              pagination={false}
              scroll={{ x: true }}
              rowKey={(_, i) => String(i)}
              dataSource={preview.sample.map((cells) => Object.fromEntries(preview.headers.map((h, i) => [h || `#${i}`, cells[i] ?? ''])))}
              columns={preview.headers.map((h, i) => ({ title: h || `#${i}`, dataIndex: h || `#${i}`, ellipsis: true, width: 140 }))}
            />
            <Button
              type="primary"
              loading={busy}
              onClick={() => {
                setBusy(true);
                setError(null);
                api
                  .post('/stats/imports', { body: { fileId: preview.fileId, kind, mapping } })
                  .then(setJob)
                  .catch(fail)
                  .finally(() => setBusy(false));
              }}
            >
              {t('stats.import.start')}
            </Button>
          </>
        )}
        {running && job && (
          <div>
            <Typography.Text>{job.message ?? t('import.validating')}</Typography.Text>
            <Progress percent={percent} status="active" />
          </div>
        )}
        {job?.status === 'succeeded' && report && <Alert type="success" showIcon title={t('stats.import.done', { inserted: report.inserted, updated: report.updated, unchanged: report.unchanged })} />}
        {job?.status === 'failed' && (
          <>
            <Alert type="error" showIcon title={t('stats.import.failed')} description={job.message} />
            {report && report.errors.length > 0 && (
              <>
                <Button onClick={() => saveBlob(errorsCsv(report.errors), '导入错误报告.csv')}>{t('import.downloadErrors')}</Button>
                <Table
                  size="small"
                  rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
                  dataSource={report.errors}
                  pagination={{ pageSize: 8 }}
                  columns={[
                    { title: t('import.row'), dataIndex: 'row', width: 80 },
                    { title: t('import.field'), dataIndex: 'field', width: 180 },
                    { title: t('import.problem'), dataIndex: 'message' },
                  ]}
                />
                {report.errorCount > report.errors.length && <Typography.Text type="secondary">{t('stats.import.more', { n: report.errorCount - report.errors.length })}</Typography.Text>}
              </>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
