import { Typography } from 'antd';
import { useI18n } from '../../../app/i18n';
import { KnowledgeBrowser } from './KnowledgeBrowser';

/** The portal's knowledge base: published answers, searched in simplified or traditional script. */
export default function KnowledgePage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <Typography.Title level={3}>{t('services.kb.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('services.kb.intro')}</Typography.Paragraph>
      <KnowledgeBrowser />
    </div>
  );
}
