import { Alert, Col, Row, Space, Typography } from 'antd';
import type { IngestAnalysis } from '../../../../../common/publish-ingest';
import { useI18n } from '../../../app/i18n';

const PANE: React.CSSProperties = { whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit', fontSize: 13, lineHeight: 1.7, maxHeight: 420, overflow: 'auto', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12 };

/** The original beside the cleaned text, with what was taken out and repaired. */
export function CompareTexts({ a }: { a: IngestAnalysis }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {a.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      <Typography.Text type="secondary">
        {t('ingest.removed', { pinyin: a.removed.pinyinAnnotations, lines: a.removed.boilerplate.length })}
        {a.removed.dateRepairs.length > 0 && ' · ' + t('ingest.repaired', { items: a.removed.dateRepairs.map((r) => `${r.from} → ${r.to}`).join('，') })}
      </Typography.Text>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('ingest.original')}</Typography.Title>
          <pre style={PANE} aria-label={t('ingest.original')}>
            {a.original}
          </pre>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('ingest.cleaned')}</Typography.Title>
          <pre style={PANE} aria-label={t('ingest.cleaned')}>
            {a.cleanedText}
          </pre>
        </Col>
      </Row>
    </Space>
  );
}
