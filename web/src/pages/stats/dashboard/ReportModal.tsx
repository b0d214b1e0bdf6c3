import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Report } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useJob } from '../../../components/useJob';

/** Makes the yearly statistics report as a job and offers its PDF and workbook when ready. */
export function ReportModal(props: { open: boolean; regionCode: string; year: number; onClose: () => void }) {
  const { t } = useI18n();
  const { job, setJob, running, percent } = useJob(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!props.open) return;
    setError(null);
    api
      .post('/stats/reports', { body: { regionCode: props.regionCode, year: props.year } })
      .then(setJob)
      .catch((e: Error) => setError(e.message));
  }, [props.open, props.regionCode, props.year, setJob]);
  const report = job?.status === 'succeeded' ? (job.result as Report) : null;
  return (
    <Modal open={props.open} title={t('stats.report.title')} onCancel={props.onClose} footer={<Button onClick={props.onClose}>{t('common.confirm')}</Button>} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon title={error} />}
        {running && (
          <>
            <Typography.Text>{job?.message ?? t('stats.report.making')}</Typography.Text>
            <Progress percent={percent} status="active" />
          </>
        )}
        {job?.status === 'failed' && <Alert type="error" showIcon title={job.message} />}
        {report && (
          <>
            <Alert type="success" showIcon title={`${t('stats.report.ready')}：${report.title}`} />
            <Space>
              <Button type="primary" icon={<FilePdfOutlined />} onClick={() => void api.download('/stats/reports/{id}/{format}', { path: { id: report.id, format: 'pdf' } })}>
                {t('stats.report.pdf')}
              </Button>
              <Button icon={<FileExcelOutlined />} onClick={() => void api.download('/stats/reports/{id}/{format}', { path: { id: report.id, format: 'xlsx' } })}>
                {t('stats.report.xlsx')}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </Modal>
  );
}
