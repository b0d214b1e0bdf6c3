import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { CatalogueTable } from './CatalogueTable';

/** The public catalogue of open-licence patents on the portal. */
export default function PublicCataloguePage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('utilisation.catalogue.title')}>
      <p>{t('utilisation.catalogue.intro')}</p>
      <CatalogueTable />
    </PageContainer>
  );
}
