import { useQuery } from '@tanstack/react-query';
import { AppstoreOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, List, Row, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { KindTag } from '../shared';

/** The portal's home page: search, the latest news and the latest top-ten list. */
export default function PortalPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: news, isLoading } = useQuery({ queryKey: ['public-news', 'latest'], queryFn: () => api.get('/publish/public/news', { params: { query: { pageSize: 8 } } }) });
  const { data: topTen } = useQuery({ queryKey: ['public-top-ten', 'latest'], queryFn: () => api.get('/publish/public/top-ten') });
  return (
    <>
      <Card style={{ background: 'linear-gradient(120deg, #0f2a6b, #1d4fb8)', color: '#fff', marginBottom: 24 }} styles={{ body: { padding: '40px 48px' } }}>
        <Typography.Title level={2} style={{ color: '#fff', marginTop: 0 }}>
          {t('portal.welcome')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16 }}>{t('portal.intro')}</Typography.Paragraph>
        <Input.Search size="large" enterButton={t('common.search')} placeholder={t('portal.searchPlaceholder')} onSearch={(q) => q.trim() && void navigate(`/p/search?q=${encodeURIComponent(q)}`)} style={{ maxWidth: 560 }} aria-label={t('portal.searchPlaceholder')} />
        <div style={{ marginTop: 16 }}>
          <Button size="large" icon={<AppstoreOutlined />} onClick={() => void navigate('/p/services')}>
            {t('hall.enter')}
          </Button>
        </div>
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Card title={t('portal.latest')} extra={<Link to="/p/news">{t('portal.more')}</Link>} loading={isLoading}>
            <List
              dataSource={news?.items ?? []}
              locale={{ emptyText: <Empty description={t('news.empty')} /> }}
              renderItem={(a) => (
                <List.Item extra={<Typography.Text type="secondary">{a.newsDate}</Typography.Text>}>
                  <List.Item.Meta title={<Link to={`/p/news/${a.id}`}>{a.title}</Link>} description={<KindTag kind={a.eventKind} />} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={topTen?.list?.title ?? t('portal.topTen')} extra={<Link to="/p/top-ten">{t('portal.more')}</Link>}>
            {topTen?.list ? (
              <List
                size="small"
                dataSource={topTen.list.items}
                renderItem={(i) => (
                  <List.Item>
                    <Typography.Text>
                      <b style={{ color: '#c41d7f', marginRight: 8 }}>{i.position}</b>
                      {i.title}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('topTen.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
