import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Select, Statistic, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { TASK_STATUSES, TaskStatusLabels, type TaskSummary } from '../../../../../common/tasks';
import type { DistrictProgress, OverdueRank, UnitProgress } from '../../../../../common/tasks-assessment';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { MeetingKindTag } from '../../conference/shared';
import { FlagTag, ProgressCell, StatusTag, yearOptions } from '../shared';
import { formatDateTime } from '../../../app/format';

// The server names a city's own tasks 「…（市本级）」; English readers get the same note in English.
const CITY_LEVEL = '（市本级）';

/** The key-task dashboard: totals, progress by unit and district, the overdue ranking, the coming week's meetings and my tasks. */
export default function TasksDashboardPage() {
  const { t, label, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data: d } = useQuery({ queryKey: ['tasks', 'dashboard', year], queryFn: () => api.get('/tasks/dashboard', { params: { query: { year } } }) });
  const thisYear = year === new Date().getFullYear();
  // The current year shows the coming week; another year shows its own latest meetings, so the year filters every card.
  const { data: meetings = [] } = useQuery({
    queryKey: ['meetings', 'dashboard', year, thisYear],
    queryFn: async () =>
      thisYear
        ? api.get('/conference/meetings/upcoming', { params: { query: { days: 7 } } })
        : (await api.get('/conference/meetings', { params: { query: { from: `${year}-01-01`, to: `${year}-12-31`, sort: 'startsAt', order: 'desc', pageSize: 5 } } })).items,
  });
  const { data: mine } = useQuery({
    queryKey: ['tasks', 'mine', year],
    queryFn: () => api.get('/tasks', { params: { query: { mine: 'true', year, leavesOnly: 'true', status: ['planned', 'inProgress', 'atRisk', 'overdue'], sort: 'deadline', pageSize: 10 } } }),
  });

  return (
    <PageContainer title={t('dash.title')} card={false} extra={<Select value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} aria-label={t('plan.year')} />}>
      <Row gutter={[16, 16]}>
        <Col flex="1 1 140px">
          <Card size="small">
            <Statistic title={t('dash.tasks')} value={d?.totals.tasks ?? 0} />
          </Card>
        </Col>
        {TASK_STATUSES.filter((s) => s !== 'cancelled').map((s) => (
          <Col key={s} flex="1 1 140px">
            <Card size="small">
              <Statistic title={label(TaskStatusLabels[s])} value={d?.totals.byStatus[s] ?? 0} styles={{ content: { color: s === 'overdue' ? '#cf1322' : s === 'atRisk' ? '#d48806' : s === 'completed' ? '#389e0d' : undefined } }} />
            </Card>
          </Col>
        ))}
        <Col flex="1 1 140px">
          <Card size="small">
            <Tooltip title={d?.plans.map((p) => `${p.title} ${p.progress}%`).join('；') || t('dash.noPlans')}>
              <Statistic title={t('dash.planProgress')} value={d?.totals.progress ?? 0} suffix="%" />
            </Tooltip>
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small">
            <Typography.Text>
              <Link to="/progress-reviews">{t('dash.pendingReports', { n: d?.totals.pendingReports ?? 0 })}</Link>{'\u3000'}·{'\u3000'}<Link to="/supervision">{t('dash.openNotices', { n: d?.totals.openNotices ?? 0 })}</Link>{'\u3000'}·{'\u3000'}
              {t('dash.pendingAdjustments', { n: d?.totals.pendingAdjustments ?? 0 })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('dash.byUnit')} size="small">
            <Table<UnitProgress>
              rowKey="orgId"
              size="small"
              dataSource={d?.byUnit}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: t('dash.unit'), dataIndex: 'orgName', ellipsis: true, render: (v: string, u) => <Link to={`/tasks?leadOrgId=${u.orgId}&year=${year}&leavesOnly=true`}>{v}</Link> },
                { title: t('dash.tasks'), dataIndex: 'tasks', width: 90, sorter: (a, b) => a.tasks - b.tasks },
                { title: label(TaskStatusLabels.completed), dataIndex: 'completed', width: 100 },
                { title: label(TaskStatusLabels.overdue), dataIndex: 'overdue', width: 100, sorter: (a, b) => a.overdue - b.overdue },
                { title: t('dash.progress'), dataIndex: 'progress', width: 170, sorter: (a, b) => a.progress - b.progress, render: (p: number) => <ProgressCell percent={p} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('dash.overdueRanking')} size="small" style={{ marginBottom: 16 }}>
            <Table<OverdueRank>
              rowKey="orgId"
              size="small"
              dataSource={d?.overdueRanking}
              pagination={false}
              locale={{ emptyText: t('dash.noOverdue') }}
              columns={[
                { title: '#', key: 'rank', width: 40, render: (_: unknown, __: OverdueRank, i: number) => i + 1 },
                { title: t('dash.unit'), dataIndex: 'orgName', ellipsis: true },
                { title: t('dash.overdue'), dataIndex: 'overdue', width: 80 },
                { title: t('dash.daysOverdue'), dataIndex: 'daysOverdue', width: 90 },
                { title: t('dash.notices'), dataIndex: 'openNotices', width: 80 },
              ]}
            />
          </Card>
          <Card title={t('dash.byDistrict')} size="small">
            <Table<DistrictProgress>
              rowKey="regionCode"
              size="small"
              dataSource={d?.byDistrict}
              pagination={false}
              columns={[
                { title: t('dash.district'), dataIndex: 'regionName', render: (n: string) => (locale === 'en' && n.endsWith(CITY_LEVEL) ? `${n.slice(0, -CITY_LEVEL.length)} (city level)` : n) },
                { title: t('dash.tasks'), dataIndex: 'tasks', width: 70 },
                { title: label(TaskStatusLabels.overdue), dataIndex: 'overdue', width: 70 },
                { title: t('dash.progress'), dataIndex: 'progress', width: 150, render: (p: number) => <ProgressCell percent={p} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={thisYear ? t('dash.meetings') : t('dash.meetingsOfYear', { year })} size="small" extra={<Link to={thisYear ? '/meetings' : `/meetings?from=${year}-01-01&to=${year}-12-31`}>{t('dash.more')}</Link>}>
            {meetings.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={thisYear ? t('dash.noMeetings') : t('dash.noMeetingsOfYear', { year })} />
            ) : (
              <List
                dataSource={meetings}
                renderItem={(m) => (
                  <List.Item>
                    <List.Item.Meta title={<Link to={`/meetings/${m.id}`}>{m.title}</Link>} description={<>{formatDateTime(m.startsAt)}{'\u3000'}{m.venue ?? ''}</>} />
                    <MeetingKindTag kind={m.kind} />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dash.myTasks')} size="small" extra={<Link to={`/tasks?mine=true&leavesOnly=true&year=${year}`}>{t('dash.more')}</Link>}>
            <Table<TaskSummary>
              rowKey="id"
              size="small"
              dataSource={mine?.items}
              pagination={false}
              locale={{ emptyText: t('dash.noTasks') }}
              columns={[
                { title: t('task.title'), dataIndex: 'title', ellipsis: true, render: (v: string, x) => <Link to={`/tasks/${x.id}`}>{`${x.path} ${v}`}</Link> },
                { title: t('task.deadline'), dataIndex: 'deadline', width: 110 },
                { title: t('task.progress'), dataIndex: 'progress', width: 90, render: (p: number) => `${p}%` },
                { title: t('task.status'), dataIndex: 'status', width: 140, render: (s: TaskSummary['status'], x) => (<><StatusTag status={s} /><FlagTag flag={x.flag} /></>) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
