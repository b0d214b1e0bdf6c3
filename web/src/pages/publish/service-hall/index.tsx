import { BarChartOutlined, BookOutlined, CloudDownloadOutlined, CustomerServiceOutlined, UserAddOutlined, FileProtectOutlined, FileSearchOutlined, LockOutlined, ReadOutlined, ScheduleOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';

interface Service {
  key: string;
  icon: ReactNode;
  /** Where the service is done; a signed-in page when `signIn` is set. */
  path: string;
  signIn?: boolean;
}

const SERVICES: Service[] = [
  { key: 'register', icon: <UserAddOutlined />, path: '/p/services/register' },
  { key: 'ask', icon: <CustomerServiceOutlined />, path: '/services/questions', signIn: true },
  { key: 'knowledge', icon: <BookOutlined />, path: '/p/services/knowledge' },
  { key: 'mediation', icon: <SolutionOutlined />, path: '/protection/cases/new', signIn: true },
  { key: 'adjudication', icon: <FileProtectOutlined />, path: '/protection/adjudications/new', signIn: true },
  { key: 'myCases', icon: <ScheduleOutlined />, path: '/protection/cases', signIn: true },
  { key: 'stats', icon: <BarChartOutlined />, path: '/p/stats' },
  { key: 'openData', icon: <CloudDownloadOutlined />, path: '/p/open-data' },
  { key: 'news', icon: <ReadOutlined />, path: '/p/news' },
  { key: 'search', icon: <FileSearchOutlined />, path: '/p/search' },
];

/** The portal's service hall: what an enterprise or a party can do online, each one tap away. */
export default function ServiceHallPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const go = (s: Service) => void navigate(s.signIn && !me ? `/login?redirect=${encodeURIComponent(s.path)}` : s.path);
  return (
    <div className="page">
      <Typography.Title level={3}>{t('hall.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('hall.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {SERVICES.map((s) => (
          <Col key={s.key} xs={24} sm={12} lg={8}>
            <Card style={{ height: '100%' }} styles={{ body: { height: '100%' } }}>
              <Flex vertical gap={8} style={{ height: '100%' }}>
                <Flex gap={8} align="center">
                  <span style={{ fontSize: 22, color: '#1d4ed8' }}>{s.icon}</span>
                  <Typography.Title level={5} style={{ margin: 0, flex: 1 }}>
                    {t(`hall.${s.key}`)}
                  </Typography.Title>
                  {s.signIn && !me && (
                    <Tag icon={<LockOutlined />} color="default">
                      {t('hall.signInFirst')}
                    </Tag>
                  )}
                </Flex>
                <Typography.Text type="secondary" style={{ flex: 1 }}>
                  {t(`hall.${s.key}Text`)}
                </Typography.Text>
                <Button type={s.signIn ? 'primary' : 'default'} block size="large" onClick={() => go(s)}>
                  {s.signIn ? t('hall.open') : t('hall.view')}
                </Button>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
