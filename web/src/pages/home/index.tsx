import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, List, Tag, Typography } from 'antd';
import type { AuditActivity } from '../../../../common/audit';
import { DataScopeLabels, RoleLabels } from '../../../../common/roles';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { actionLabel, valueLabel } from '../../app/labels';
import { ENTITIES, MODULES } from '../../app/modules';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../app/format';
import { BankHomeCard } from './BankHomeCard';
import './home.css';


/** The changed record by its title or number; never its internal id. */
function describe(e: AuditActivity): string {
  return e.entityLabel ?? '';
}

/** What an event did: a workflow step by its own name (受理, 调解终止) rather than a plain "changed". */
function stepOf(e: AuditActivity) {
  const step = e.action === 'update' && e.after && typeof e.after === 'object' ? (e.after as Record<string, unknown>).action : undefined;
  return valueLabel(e.entityType, e.action, 'action', step) ?? actionLabel(e.action, e.entityType);
}

/** The home page: what the user must do next (a card for each part of the work their roles take part in), their latest changes, and who they are. */
export default function HomePage() {
  const { me } = useSession();
  const { t, label } = useI18n();
  const { data: activity = [], isLoading } = useQuery({ queryKey: ['me', 'activity'], queryFn: () => api.get('/platform/me/activity') });
  if (!me) return null;
  return (
    <div className="page">
      <Typography.Title level={3}>{t('home.welcome', { name: me.displayName })}</Typography.Title>
      <div className="home-grid">
        {MODULES.flatMap((m) => m.homeWidgets ?? []).map((Widget, i) => (
          <Widget key={i} />
        ))}
        <BankHomeCard />
        <Card title={t('home.activity')} loading={isLoading}>
          {activity.length === 0 ? (
            <Empty description={t('home.noActivity')} />
          ) : (
            <List
              size="small"
              dataSource={activity}
              renderItem={(e) => (
                <List.Item>
                  <span>
                    {label(stepOf(e)) || e.action} · {label(ENTITIES[e.entityType]) || e.entityType}{' '}
                    {ENTITIES[e.entityType]?.path && e.entityId && e.action !== 'delete' ? (
                      <Link to={ENTITIES[e.entityType].path!(e.entityId)}>{describe(e)}</Link>
                    ) : (
                      <Typography.Text strong>{describe(e)}</Typography.Text>
                    )}
                  </span>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', marginLeft: 12 }}>
                    {formatDateTime(e.at)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card title={t('home.me')} data-home-card="me">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('home.org')}>{me.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('home.region')}>{me.org.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('home.roles')}>
              {me.roles.map((r) => (
                <Tag key={r} color="blue">
                  {label(RoleLabels[r])}
                </Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('home.scope')}>{label(DataScopeLabels[me.scope])}</Descriptions.Item>
          </Descriptions>
        </Card>
      </div>
    </div>
  );
}
