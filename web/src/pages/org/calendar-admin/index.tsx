import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ArrangementDay } from '../../../../../common/calendar';
import { api } from '../../../app/api-client';
import { platformYear } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { applyApiError, validValues } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A year's holidays and make-up working days as deadlines count them, and the days an administrator
 * enters while the built-in State Council arrangement does not hold the year yet.
 */
export default function CalendarAdminPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [year, setYear] = useState(platformYear());
  const [form] = Form.useForm<{ date: Dayjs; work: boolean; name?: string }>();
  const { data, isFetching } = useQuery({ queryKey: ['calendar', year], queryFn: () => api.get('/platform/calendar/years/{year}', { params: { path: { year } } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['calendar'] });
  const remove = useMutation({ mutationFn: (date: string) => api.delete('/platform/calendar/days/{date}', { params: { path: { date } } }), onSuccess: refresh, onError: (e) => void message.error(e.message) });
  const add = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await api.put('/platform/calendar/days/{date}', { params: { path: { date: v.date.format('YYYY-MM-DD') } }, body: { work: v.work, name: v.name ?? null } });
      form.resetFields();
      setYear(v.date.year());
      refresh();
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    }
  };
  const weekday = (date: string) => (locale === 'en' ? WEEKDAYS_EN : WEEKDAYS_ZH)[new Date(`${date}T00:00:00Z`).getUTCDay()];
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
      <Space wrap className="filter-bar">
        <span>{t('calendar.year')}</span>
        <InputNumber aria-label={t('calendar.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      {data && !data.covered && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('calendar.notCovered', { year })} />}
      <Table<ArrangementDay>
        rowKey="date"
        size="small"
        loading={isFetching}
        dataSource={data?.days}
        pagination={false}
        columns={[
          { title: t('calendar.date'), dataIndex: 'date', width: 160, render: (d: string) => `${d}（${weekday(d)}）` },
          { title: t('calendar.kind'), dataIndex: 'work', width: 140, render: (w: boolean) => <Tag color={w ? 'blue' : 'red'}>{w ? t('calendar.workday') : t('calendar.holiday')}</Tag> },
          { title: t('calendar.name'), dataIndex: 'name', render: (n: string | null, d) => (locale === 'en' ? (d.nameEn ?? n) : n) },
          { title: t('calendar.source'), dataIndex: 'source', width: 180, render: (s: ArrangementDay['source']) => (s === 'override' ? <Tag color="gold">{t('calendar.source.override')}</Tag> : t('calendar.source.national')) },
          {
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, d) =>
              d.source === 'override' && (
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(d.date)}>
                  <a>{t('common.delete')}</a>
                </Popconfirm>
              ),
          },
        ]}
      />
    </PageContainer>
  );
}
