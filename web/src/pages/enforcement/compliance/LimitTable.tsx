import { Table, Tag, Typography } from 'antd';
import { type Limit, LimitCodeLabels, LimitStateLabels, NextAgentLabels } from '../../../../../common/enforcement';
import { useI18n } from '../../../app/i18n';

const STATE_COLOR: Record<Limit['state'], string> = { running: 'processing', met: 'success', late: 'warning', overdue: 'error' };

/** A record's time limits: what is due, by whom, when, and the rule it comes from. */
export function LimitTable({ limits }: { limits: readonly Limit[] }) {
  const { t, label, locale } = useI18n();
  return (
    <Table<Limit>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={[...limits]}
      scroll={{ x: 900 }}
      columns={[
        { title: t('enforcement.more.limit'), dataIndex: 'code', width: 180, render: (c: Limit['code']) => label(LimitCodeLabels[c]) },
        { title: t('enforcement.more.length'), width: 150, render: (_, l) => (locale === 'en' ? l.lengthEn : l.length) },
        { title: t('enforcement.more.startedOn'), dataIndex: 'startedOn', width: 110 },
        { title: t('enforcement.more.dueOn'), dataIndex: 'dueOn', width: 110 },
        { title: t('enforcement.more.state'), dataIndex: 'state', width: 100, render: (s: Limit['state']) => <Tag color={STATE_COLOR[s]}>{label(LimitStateLabels[s])}</Tag> },
        { title: t('enforcement.more.actor'), dataIndex: 'actor', width: 140, render: (a: Limit['actor']) => label(NextAgentLabels[a]) },
        { title: t('enforcement.more.citation'), dataIndex: 'citation', render: (c: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c}</Typography.Text> },
      ]}
    />
  );
}
