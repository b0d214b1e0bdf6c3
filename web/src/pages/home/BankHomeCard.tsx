import { BankOutlined } from '@ant-design/icons';
import { Card, Empty, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';

/** The bank officer's card: what their home will show once pledge financing is on the platform. */
export function BankHomeCard() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  if (!hasRole(['bank'])) return null;
  return (
    <Card title={t('home.bank.title')} data-home-card="bank">
      <Empty image={<BankOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />} description={<Typography.Text type="secondary">{t('home.bank.soon')}</Typography.Text>}>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'left', maxWidth: 460, margin: '0 auto' }}>
          {t('home.bank.what')}
        </Typography.Paragraph>
      </Empty>
    </Card>
  );
}
