import { Space, Tag, Typography } from 'antd';
import type { IngestAnalysis } from '../../../../../common/publish-ingest';
import { useI18n } from '../../../app/i18n';

type Field = keyof IngestAnalysis['confidence'];
const FIELDS: Field[] = ['eventDate', 'region', 'kind', 'attendeeCount', 'agreements', 'people', 'statistics'];

/** How sure the toolkit is of each fact, weakest first, so the user checks those before saving. */
export function ConfidenceTags(props: { confidence: IngestAnalysis['confidence'] }) {
  const { t } = useI18n();
  const sorted = [...FIELDS].sort((a, b) => props.confidence[a] - props.confidence[b]);
  const level = (v: number) => (v >= 0.8 ? { color: 'green', key: 'ingest.confidence.high' } : v >= 0.5 ? { color: 'orange', key: 'ingest.confidence.medium' } : { color: 'red', key: 'ingest.confidence.low' });
  return (
    <div style={{ marginBottom: 12 }} data-testid="ingest-confidence">
      <Typography.Text type="secondary">{t('ingest.confidence')}：</Typography.Text>
      <Space size={[4, 4]} wrap>
        {sorted.map((f) => {
          const l = level(props.confidence[f]);
          return (
            <Tag key={f} color={l.color}>
              {t(`ingest.field.${f}`)}：{t(l.key)}
            </Tag>
          );
        })}
      </Space>
    </div>
  );
}
