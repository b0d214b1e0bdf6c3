import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, validValues } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

interface CalendarDay {
  date: string;
  work: boolean;
  name: string | null;
}

/** Holidays and make-up working days that the national calendar data does not know yet. */
export default function CalendarAdminPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ date: Dayjs; work: boolean; name?: string }>();
  const { data = [], isFetching } = useQuery({ queryKey: ['calendar'], queryFn: () => api.get('/platform/calendar/days') });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['calendar'] });
  const remove = useMutation({ mutationFn: (date: string) => api.delete('/platform/calendar/days/{date}', { params: { path: { date } } }), onSuccess: refresh, onError: (e) => void message.error(e.message) });
  const add = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await api.put('/platform/calendar/days/{date}', { params: { path: { date: v.date.format('YYYY-MM-DD') } }, body: { work: v.work, name: v.name ?? null } });
      form.resetFields();
      refresh();
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    }
  };
  return (
    <PageContainer title={t('calendar.title')}>
      <Typography.Paragraph type="secondary">{t('calendar.help')}</Typography.Paragraph>
      <Form form={form} layout="inline" style={{ marginBottom: 16 }} initialValues={{ work: false }}>
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('calendar.dateRequired') }, dateRule()]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="work" label={t('calendar.kind')}>
          <Select style={{ width: 140 }} options={[{ value: false, label: t('calendar.holiday') }, { value: true, label: t('calendar.workday') }]} />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')}>
          <Input count={{ max: 30 }} placeholder="国庆节" />
        </Form.Item>
        <Button type="primary" onClick={() => void add()}>
          {t('common.save')}
        </Button>
      </Form>
      <Table<CalendarDay>
        rowKey="date"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('calendar.date'), dataIndex: 'date', width: 140, sorter: (a, b) => a.date.localeCompare(b.date), defaultSortOrder: 'ascend' },
          { title: t('calendar.kind'), dataIndex: 'work', width: 140, render: (w: boolean) => <Tag color={w ? 'blue' : 'red'}>{w ? t('calendar.workday') : t('calendar.holiday')}</Tag> },
          { title: t('calendar.name'), dataIndex: 'name' },
          {
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, d) => (
              <Space>
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(d.date)}>
                  <a>{t('common.delete')}</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
