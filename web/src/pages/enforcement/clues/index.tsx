import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Segmented, Select, Space, Tag, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { type Clue, type ClueCreate, ClueCreateSchema, CLUE_STATES, ClueStateLabels } from '../../../../../common/enforcement-agency';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useListQuery } from '../../../components/useListQuery';
import { AgencySelect, DueCell, Second, useEnforcementView } from '../shared';

type NewClue = Omit<ClueCreate, 'passedOn' | 'evidenceFileIds'> & { passedOn?: Dayjs };
const shape = ClueCreateSchema.shape;

/** Clues between member units: sent and received, with the receiver's limits; the office's view of the unanswered ones. */
export default function ClueListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const unanswered = useLocation().pathname.endsWith('/unanswered');
  const view = useEnforcementView();
  const supervises = view === 'office';
  const list = useListQuery('/enforcement/clues', { sort: 'passedOn', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({
    queryKey: ['enforcement', 'clues', unanswered, list.query],
    queryFn: () => (unanswered ? api.get('/enforcement/clues/unanswered', { params: { query: list.query } }) : api.get('/enforcement/clues', { params: { query: list.query } })),
  });
  const set = (patch: Record<string, string | undefined>) => list.setFilters({ ...f, ...patch });
  const [form] = Form.useForm<NewClue>();
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<{ id: string; name: string }[]>([]);
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/enforcement/clues', { body: { ...v, passedOn: v.passedOn?.format('YYYY-MM-DD'), evidenceFileIds: files.map((x) => x.id) } }),
    (c) => {
      setOpen(false);
      void qc.invalidateQueries({ queryKey: ['enforcement'] });
      void navigate(`/enforcement/clues/${c.id}`);
    },
  );
  const start = () => {
    form.resetFields();
    form.setFieldsValue({ passedOn: dayjs() });
    setFiles([]);
    setOpen(true);
  };

  return (
    <PageContainer
      title={t(unanswered ? 'enforcement.clues.unanswered' : 'enforcement.clues.title')}
      extra={
        <>
          {view && view !== 'office' && view !== 'party' && view !== 'none' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={start}>
              {t('enforcement.clues.new')}
            </Button>
          )}
          {!unanswered && (
            <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/clues/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
              {t('common.export')}
            </Button>
          )}
        </>
      }
    >
      {supervises && (
        <Segmented
          style={{ marginBottom: 12 }}
          value={unanswered ? 'unanswered' : 'all'}
          onChange={(v) => void navigate(v === 'unanswered' ? '/enforcement/clues/unanswered' : '/enforcement/clues')}
          options={[{ value: 'all', label: t('enforcement.clues.all') }, { value: 'unanswered', label: t('enforcement.clues.unanswered') }]}
        />
      )}
      {unanswered && <Alert type="warning" showIcon title={t('enforcement.clues.unansweredIntro')} style={{ marginBottom: 12 }} />}
      <Space wrap className="filter-bar">
        {!supervises && (
          <Segmented
            value={typeof f.box === 'string' ? f.box : 'all'}
            onChange={(v) => set({ box: v === 'all' ? undefined : String(v) })}
            options={(['all', 'received', 'sent'] as const).map((b) => ({ value: b, label: t(`enforcement.clues.box.${b}`) }))}
          />
        )}
        <Input.Search allowClear placeholder={t('enforcement.clues.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => set({ q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.field.status')} value={typeof f.state === 'string' ? f.state : undefined} onChange={(state?: string) => set({ state })} options={CLUE_STATES.map((s) => ({ value: s, label: label(ClueStateLabels[s]) }))} style={{ width: 180 }} aria-label={t('enforcement.field.status')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<Clue>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Clue>(data?.total, t)}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('enforcement.clues.titleField'),
            dataIndex: 'title',
            key: 'title',
            sorter: true,
            sortOrder: list.sortOrder('title'),
            ellipsis: true,
            render: (title: string, c) => (
              <>
                <Link to={`/enforcement/clues/${c.id}`}>{title}</Link>
                <Second title={c.body}>{c.body}</Second>
              </>
            ),
          },
          { title: t('enforcement.clues.from'), key: 'from', width: 170, ellipsis: true, render: (_: unknown, c) => c.from.name },
          { title: t('enforcement.clues.to'), key: 'to', width: 170, ellipsis: true, render: (_: unknown, c) => c.to.name },
          { title: t('enforcement.field.status'), dataIndex: 'state', key: 'state', width: 200, render: (s: Clue['state']) => <Tag color={s === 'answered' ? 'green' : s === 'waiting' ? 'orange' : 'blue'}>{label(ClueStateLabels[s])}</Tag> },
          {
            title: t('enforcement.field.nextDue'),
            key: 'due',
            width: 150,
            render: (_: unknown, c) => {
              const open = c.limits.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
              return <DueCell dueOn={open?.dueOn ?? null} overdue={c.overdue && !c.answeredOn} />;
            },
          },
          { title: t('enforcement.clues.passedOn'), dataIndex: 'passedOn', key: 'passedOn', width: 115, sorter: true, sortOrder: list.sortOrder('passedOn') },
        ]}
      />
      <FormDrawer open={open} onClose={() => setOpen(false)} title={t('enforcement.clues.new')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical">
          <Form.Item name="toOrgId" label={t('enforcement.clues.to')} rules={[zodRule(shape.toOrgId)]}>
            <AgencySelect kind="unit" />
          </Form.Item>
          <Form.Item name="title" label={t('enforcement.clues.titleField')} rules={[zodRule(shape.title)]}>
            <Input count={{ max: 200 }} />
          </Form.Item>
          <Form.Item name="body" label={t('enforcement.clues.body')} rules={[zodRule(shape.body)]}>
            <Input.TextArea rows={5} count={{ show: true, max: 2000 }} />
          </Form.Item>
          <Form.Item label={t('enforcement.clues.evidence')} extra={t('enforcement.clues.evidenceHint')}>
            <Upload
              multiple
              fileList={files.map((x) => ({ uid: x.id, name: x.name, status: 'done' as const }))}
              onRemove={(file) => setFiles((xs) => xs.filter((x) => x.id !== file.uid))}
              beforeUpload={(file) => {
                api
                  .upload('/platform/files', file)
                  .then((stored) => setFiles((xs) => [...xs, { id: stored.id, name: stored.name }]))
                  .catch((e: Error) => void message.error(e.message));
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('enforcement.transfer.upload')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="passedOn" label={t('enforcement.clues.passedOn')} rules={[dateRule()]}>
            <DateInput />
          </Form.Item>
        </Form>
      </FormDrawer>
    </PageContainer>
  );
}
