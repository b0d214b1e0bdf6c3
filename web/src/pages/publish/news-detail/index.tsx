import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Divider, List, Result, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { href } from '../../../app/api-client';
import { ArticleBody, KindTag } from '../shared';

/** One published article for anyone: title, particulars, body and attachments. */
export default function NewsDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data: a, error, isLoading } = useQuery({ queryKey: ['public-news', 'one', id], queryFn: () => api.get('/publish/public/news/{id}', { params: { path: { id } } }) });
  if (isLoading) return <Card><Skeleton active /></Card>;
  if (error || !a) return <Result status="404" title={t('news.notFound')} subTitle={t('news.notFoundHint')} extra={<Link to="/p/news">{t('news.back')}</Link>} />;
  return (
    <Card style={{ maxWidth: 960, margin: '0 auto' }}>
      <Link to="/p/news">← {t('news.back')}</Link>
      <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 16 }}>
        {a.title}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('publish.newsDate')}>{a.newsDate}</Descriptions.Item>
        {a.source && <Descriptions.Item label={t('news.source')}>{a.source}</Descriptions.Item>}
        {a.eventRegionName && <Descriptions.Item label={t('news.region')}>{a.eventRegionName}</Descriptions.Item>}
        <Descriptions.Item label={t('news.kind')}>
          <KindTag kind={a.eventKind} />
        </Descriptions.Item>
      </Descriptions>
      <Divider style={{ marginTop: 8 }} />
      {/* A summary that merely repeats the opening sentence is not shown twice. */}
      {a.summary && !a.body.startsWith(a.summary.replace(/…$/, '')) && <Typography.Paragraph type="secondary">{a.summary}</Typography.Paragraph>}
      <ArticleBody text={a.body} />
      {a.attachments.length > 0 && (
        <>
          <Divider />
          <Typography.Title level={5}>{t('news.attachments')}</Typography.Title>
          <List
            size="small"
            dataSource={a.attachments}
            renderItem={(f) => (
              <List.Item>
                <a href={href('/publish/public/news/{id}/attachments/{fileId}', { path: { id: a.id, fileId: f.id } })}>
                  <PaperClipOutlined /> {f.name}
                </a>
              </List.Item>
            )}
          />
        </>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('publish.author')}：{a.authorOrgName}
      </Typography.Paragraph>
    </Card>
  );
}
