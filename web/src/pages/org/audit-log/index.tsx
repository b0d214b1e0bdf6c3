import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Input, Select, Space, Table, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { AuditEvent } from '../../../../../common/audit';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { actionLabel, entityLabels, valueLabel } from '../../../app/labels';
import { eventLines, snapshotLines } from '../../../components/history-values';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';
import { Link } from 'react-router';

/** The record an event touched, by the title, number or name its snapshot recorded (the id only as a last resort). */
function recordName(e: AuditEvent, locale: string): string | null {
  for (const snap of [e.after, e.before]) {
    if (!snap || typeof snap !== 'object') continue;
    const s = snap as Record<string, unknown>;
    const name = s.title ?? s.caseNo ?? s.name ?? s.number;
    if (typeof name === 'string' && name) return name;
    // A figure by what it counts and its year; a yearly list by its year.
    const year = typeof s.year === 'number' ? (locale === 'zh' ? `${s.year}年` : String(s.year)) : '';
    if (typeof s.indicator === 'string' && s.indicator) return `${s.indicator} ${year}`.trim();
    if (year) return year;
  }
  return null;
}


/** The audit log: who changed what and when, with the values before and after, and a check of the hash chain. */
export default function AuditLogPage() {
  const { t, label, locale } = useI18n();
  const entities = entityLabels();
  // Entity labels are written to sit inside a sentence ("changed · article …"); a column starts with a capital.
  const capitalised = (text: string) => (locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text);
  const fieldLabel = (field: string) => {
    const key = `timeline.${field}`;
    const text = t(key);
    return text === key ? field : text;
  };
  const { message } = App.useApp();
  const list = useListQuery('/platform/audit', { sort: 'at', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['audit', list.query], queryFn: () => api.get('/platform/audit', { params: { query: list.query } }) });
  const verify = useMutation({ mutationFn: () => api.get('/platform/audit/verify') });
  const f = list.params.filters;
  const range: [Dayjs, Dayjs] | null = typeof f.from === 'string' && typeof f.to === 'string' ? [dayjs(f.from), dayjs(f.to)] : null;
  return (
    <PageContainer
      title={t('audit.title')}
      extra={
        <>
          <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
            {t('audit.verify')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/platform/audit/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      {verify.data && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verify.data.ok ? 'success' : 'error'}
          title={verify.data.ok ? t('audit.chainOk', { n: verify.data.checked }) : t('audit.chainBroken', { id: verify.data.firstBrokenId ?? '' })}
          description={verify.data.reason}
        />
      )}
      <Space wrap className="filter-bar">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.entityType')}
          value={typeof f.entityType === 'string' ? f.entityType : undefined}
          onChange={(entityType?: string) => list.setFilters({ ...f, entityType })}
          options={Object.entries(entities).map(([value, l]) => ({ value, label: label(l) }))}
          style={{ width: 180 }}
        />
        <Input.Search allowClear placeholder={t('audit.action')} defaultValue={typeof f.action === 'string' ? f.action : ''} onSearch={(action) => list.setFilters({ ...f, action })} style={{ width: 160 }} />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => list.setFilters({ ...f, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
        />
      </Space>
      <Table<AuditEvent>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<AuditEvent>(data?.total, t)}
        expandable={{
          expandedRowRender: (e) => (
            <div style={{ fontSize: 13 }}>
              {(e.action === 'update' ? eventLines(e, fieldLabel, locale) : snapshotLines(e, fieldLabel, locale)).map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </div>
          ),
        }}
        columns={[
          { title: '#', dataIndex: 'id', width: 80 },
          { title: t('audit.at'), dataIndex: 'at', key: 'at', sorter: true, sortOrder: list.sortOrder('at'), width: 180, render: (d: string) => formatDateTime(d, { seconds: true }) },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 160 },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 130,
            render: (a: string, e) => {
              // A workflow step recorded beside a change reads as the step itself (受理, 调解终止).
              const step = e.after && typeof e.after === 'object' ? (e.after as Record<string, unknown>).action : undefined;
              return label(valueLabel(e.entityType, a, 'action', step) ?? actionLabel(a, e.entityType)) || a;
            },
          },
          { title: t('audit.entityType'), dataIndex: 'entityType', width: 140, render: (type: string) => capitalised(label(entities[type])) || type },
          {
            title: t('audit.entity'),
            dataIndex: 'entityId',
            ellipsis: true,
            render: (id: string, e) => {
              const name = recordName(e, locale);
              const path = entities[e.entityType]?.path;
              const text = name ?? id;
              return (
                <Tooltip title={name ? id : undefined}>
                  {path && e.action !== 'delete' ? <Link to={path(id)}>{text}</Link> : <span>{text}</span>}
                </Tooltip>
              );
            },
          },
        ]}
      />
    </PageContainer>
  );
}
