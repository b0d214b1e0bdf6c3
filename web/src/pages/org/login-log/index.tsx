import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';

interface LoginEvent {
  id: string;
  at: string;
  username: string;
  ip: string | null;
  userAgent: string | null;
  success: boolean;
  reason: string | null;
}

/** Every sign-in attempt, successful or not. */
export default function LoginLogPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const list = useListQuery('/org/login-events', { sort: 'at', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['login-events', list.query], queryFn: () => api.get('/org/login-events', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('loginLog.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/org/login-events/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('users.username')} defaultValue={typeof f.username === 'string' ? f.username : ''} onSearch={(username) => list.setFilters({ ...f, username })} style={{ width: 200 }} />
        <Select
          allowClear
          placeholder={t('loginLog.result')}
          value={list.text('success')}
          onChange={(success: string) => list.setFilters({ ...f, success })}
          options={[{ value: 'true', label: t('loginLog.ok') }, { value: 'false', label: t('loginLog.failed') }]}
          style={{ width: 120 }}
        />
      </Space>
      <Table<LoginEvent>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<LoginEvent>(data?.total, t)}
        columns={[
          { title: t('loginLog.at'), dataIndex: 'at', key: 'at', sorter: true, sortOrder: list.sortOrder('at'), width: 180, render: (d: string) => formatDateTime(d, { seconds: true }) },
          { title: t('users.username'), dataIndex: 'username', width: 140 },
          { title: t('loginLog.result'), dataIndex: 'success', width: 100, render: (ok: boolean) => <Tag color={ok ? 'green' : 'red'}>{ok ? t('loginLog.ok') : t('loginLog.failed')}</Tag> },
          { title: t('loginLog.reason'), dataIndex: 'reason', width: 200 },
          { title: 'IP', dataIndex: 'ip', width: 140 },
          { title: t('loginLog.agent'), dataIndex: 'userAgent', ellipsis: true },
        ]}
      />
    </PageContainer>
  );
}
