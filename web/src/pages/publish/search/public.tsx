import { Card, Typography } from 'antd';
import { useI18n } from '../../../app/i18n';
import { SearchView } from './SearchView';

/** Search on the public portal: published articles only. */
export default function PublicSearchPage() {
  const { t } = useI18n();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('search.title')}
      </Typography.Title>
      <SearchView signedIn={false} />
    </Card>
  );
}
