import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Select, Table, Typography } from 'antd';
import { type DataScopeKind, DataScopeLabels, type Role, RoleLabels } from '../../../../../common/roles';
import type { RoleInfo } from '../../../../../common/user';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';

/** Roles and the data scope each one grants. */
export default function RoleAdminPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data = [], isFetching } = useQuery({ queryKey: ['roles'], queryFn: () => api.get('/org/roles') });
  const save = useMutation({
    mutationFn: (v: { code: Role; dataScope: DataScopeKind }) => api.patch('/org/roles/{code}', { params: { path: { code: v.code } }, body: { dataScope: v.dataScope } }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: ['roles'] });
    },
    onError: (e) => void message.error(e.message),
  });
  return (
    <PageContainer title={t('roles.title')}>
      <Typography.Paragraph type="secondary">{t('roles.help')}</Typography.Paragraph>
      <Table<RoleInfo>
        rowKey="code"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        columns={[
          { title: t('roles.name'), dataIndex: 'code', render: (c: RoleInfo['code']) => label(RoleLabels[c]) },
          {
            title: t('roles.scope'),
            dataIndex: 'dataScope',
            width: 220,
            render: (s: DataScopeKind, r) => (
              <Select
                value={s}
                style={{ width: 180 }}
                onChange={(dataScope: DataScopeKind) => save.mutate({ code: r.code, dataScope })}
                options={(['all', 'region', 'org', 'own'] as const).map((k) => ({ value: k, label: label(DataScopeLabels[k]) }))}
              />
            ),
          },
          { title: t('roles.users'), dataIndex: 'userCount', width: 100 },
        ]}
      />
    </PageContainer>
  );
}
