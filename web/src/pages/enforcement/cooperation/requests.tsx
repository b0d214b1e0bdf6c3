import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { RequestTable } from './RequestTable';

/** Every assistance request the caller's unit sent or received (the office: those of its region). */
export default function AssistRequestListPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('enforcement.coop.requests')}>
      <RequestTable />
    </PageContainer>
  );
}
