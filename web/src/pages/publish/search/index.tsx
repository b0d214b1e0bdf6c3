import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { SearchView } from './SearchView';

/** Search for signed-in users: public documents and the internal ones in their scope. */
export default function SearchPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('search.title')}>
      <SearchView signedIn />
    </PageContainer>
  );
}
