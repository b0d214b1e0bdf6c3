import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List } from 'antd';
import { Link } from 'react-router';
import { PublishAccess } from '../../../../../common/publish';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';

/** Home-page card for reviewers: the articles waiting for review. */
export function ReviewQueueCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const reviewer = hasRole(PublishAccess.review);
  const { data, isLoading } = useQuery({
    queryKey: ['articles', 'review-queue'],
    queryFn: () => api.get('/publish/articles', { params: { query: { status: 'review', pageSize: 5, sort: 'updatedAt', order: 'desc' } } }),
    enabled: reviewer,
  });
  if (!reviewer) return null;
  return (
    <Card title={t('publish.reviewQueue')} loading={isLoading} extra={<Link to="/publish/articles?status=review">{t('portal.more')}</Link>}>
      {data?.items.length ? (
        <List size="small" dataSource={data.items} renderItem={(a) => <List.Item>{<Link to={`/publish/articles/${a.id}`}>{a.title}</Link>}</List.Item>} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publish.noneInReview')} />
      )}
    </Card>
  );
}
