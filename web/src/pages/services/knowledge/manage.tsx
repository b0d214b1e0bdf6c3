import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { KnowledgeBrowser } from './KnowledgeBrowser';

/** The desk's knowledge base: what the portal shows, with Excel import of common questions and withdrawal of entries. */
export default function KnowledgeManagePage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [importing, setImporting] = useState(false);
  return (
    <PageContainer title={t('services.kb.title')} extra={<Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('services.kb.import')}</Button>}>
      <ImportModal open={importing} onClose={() => setImporting(false)} title={t('services.kb.import')} template="/services/knowledge/import-template.xlsx" upload="/services/knowledge/import" onImported={() => void queryClient.invalidateQueries({ queryKey: ['services-knowledge'] })} />
      <KnowledgeBrowser manage />
    </PageContainer>
  );
}
