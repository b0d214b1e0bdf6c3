import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Tabs, Upload } from 'antd';
import { useState } from 'react';
import type { IngestAnalysis } from '../../../../../common/publish-ingest';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

/** Step one of the ingest page: paste the report or upload its file; answers the analysis. */
export function SourceInput(props: { onAnalysed: (a: IngestAnalysis) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (p: Promise<IngestAnalysis>) => {
    setBusy(true);
    setError(null);
    p.then(props.onAnalysed)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Tabs
        items={[
          {
            key: 'paste',
            label: t('ingest.paste'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Input.TextArea aria-label={t('ingest.paste')} placeholder={t('ingest.pastePlaceholder')} value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 10, maxRows: 24 }} />
                <Button type="primary" loading={busy} disabled={!text.trim()} onClick={() => run(api.post('/publish/ingest/text', { body: { text } }))}>
                  {t('ingest.analyse')}
                </Button>
              </Space>
            ),
          },
          {
            key: 'upload',
            label: t('ingest.upload'),
            children: (
              <Upload.Dragger accept=".txt,.html,.htm,.docx" multiple={false} showUploadList={false} disabled={busy} customRequest={({ file }) => run(api.upload('/publish/ingest/file', file as File))}>
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p>{t('ingest.drop')}</p>
              </Upload.Dragger>
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} />}
    </Space>
  );
}
