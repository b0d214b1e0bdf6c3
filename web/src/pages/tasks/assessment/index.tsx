import { DownloadOutlined, LockOutlined, PaperClipOutlined, PlusOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { AssessmentRules, Bonus, BonusCreate, Score } from '../../../../../common/tasks-assessment';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { yearOptions } from '../shared';
import { FormModal } from '../task-detail/Dialogs';
import type { StoredFile } from '../task-detail/types';

/** The year-end assessment: scoring rules, the ranking of units, bonus items backed by evidence, finalising and export. */
export default function AssessmentPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear() - (new Date().getMonth() < 6 ? 1 : 0));
  const [adding, setAdding] = useState(false);
  const [evidence, setEvidence] = useState<StoredFile | null>(null);
  const [rulesForm] = Form.useForm<AssessmentRules>();
  const key = ['assessment', year];
  const { data: a, isFetching } = useQuery({ queryKey: key, queryFn: () => api.get('/tasks/assessments', { params: { query: { year } } }) });
  const onError = (e: Error) => void message.error(e.message);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['assessment'] });
  const save = useMutation({ mutationFn: (v: { regionCode: string; rules: AssessmentRules }) => api.post('/tasks/assessments', { body: { year, ...v } }), onSuccess: () => { void message.success(t('assess.saved')); refresh(); }, onError });
  const finalise = useMutation({ mutationFn: (id: string) => api.post('/tasks/assessments/{id}/finalise', { params: { path: { id } } }), onSuccess: refresh, onError });
  const removeBonus = useMutation({ mutationFn: (id: string) => api.delete('/tasks/assessment-bonuses/{id}', { params: { path: { id } } }), onSuccess: refresh, onError });
  const final = a?.status === 'final';
  // Null until the assessment is first saved: finalising and bonus items need a saved one.
  const savedId = a?.id ?? null;

  return (
    <PageContainer
      title={t('assess.title')}
      card={false}
      extra={
        <>
          <Select value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} aria-label={t('plan.year')} />
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/assessments/export.xlsx', { query: { year } }).catch(onError)}>
            {t('common.export')}
          </Button>
          {savedId && !final && (
            <Popconfirm title={t('assess.finaliseConfirm')} onConfirm={() => finalise.mutate(savedId)}>
              <Button icon={<LockOutlined />}>{t('assess.finalise')}</Button>
            </Popconfirm>
          )}
        </>
      }
    >
      {a && (
        <Card size="small" style={{ marginBottom: 16 }} title={t('assess.rules')}>
          {final ? (
            <Alert type="success" showIcon title={t('assess.final', { at: a.finalisedAt ?? '' })} />
          ) : (
            <Form form={rulesForm} layout="inline" initialValues={a.rules} key={`${year}-${a.id ?? 'new'}`} onFinish={(rules) => save.mutate({ regionCode: a.regionCode, rules })} style={{ rowGap: 8 }}>
              <Form.Item name="onTime" label={t('assess.onTime')}>
                <InputNumber min={0} max={1} step={0.1} />
              </Form.Item>
              <Form.Item name="late" label={t('assess.late')}>
                <InputNumber min={0} max={1} step={0.1} />
              </Form.Item>
              <Form.Item name="notDone" label={t('assess.notDone')}>
                <InputNumber min={0} max={1} step={0.1} />
              </Form.Item>
              <Form.Item name="bonusCap" label={t('assess.bonusCap')}>
                <InputNumber min={0} max={50} />
              </Form.Item>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                {a.id ? t('assess.recompute') : t('assess.start')}
              </Button>
            </Form>
          )}
          <div style={{ marginTop: 8, color: 'rgba(0,0,0,.45)' }}>{t('assess.explain')}</div>
        </Card>
      )}
      <Card title={t('assess.ranking', { year })} style={{ marginBottom: 16 }}>
        <Table<Score>
          rowKey="orgId"
          loading={isFetching}
          dataSource={a?.scores}
          pagination={{ pageSize: 50 }}
          columns={[
            { title: t('assess.rank'), dataIndex: 'rank', width: 70, render: (r: number) => (r <= 3 ? <Tag color="gold">{r}</Tag> : r) },
            { title: t('dash.unit'), dataIndex: 'orgName' },
            { title: t('dash.tasks'), dataIndex: 'tasks', width: 80 },
            { title: t('assess.onTimeCount'), dataIndex: 'onTime', width: 90 },
            { title: t('assess.lateCount'), dataIndex: 'late', width: 90 },
            { title: t('assess.notDoneCount'), dataIndex: 'notDone', width: 90 },
            { title: t('assess.base'), dataIndex: 'baseScore', width: 90 },
            { title: t('assess.bonus'), dataIndex: 'bonus', width: 80 },
            { title: t('assess.total'), dataIndex: 'total', width: 90, render: (v: number) => <strong>{v}</strong> },
          ]}
        />
      </Card>
      <Card
        title={t('assess.bonuses')}
        extra={
          a?.id &&
          !final && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('assess.addBonus')}
            </Button>
          )
        }
      >
        {!a?.id && <Alert type="info" showIcon title={t('assess.startFirst')} style={{ marginBottom: 12 }} />}
        <Table<Bonus>
          rowKey="id"
          size="small"
          dataSource={a?.bonuses}
          pagination={false}
          columns={[
            { title: t('dash.unit'), dataIndex: 'orgName', width: 260 },
            { title: t('assess.points'), dataIndex: 'points', width: 80 },
            { title: t('assess.reason'), dataIndex: 'reason' },
            { title: t('assess.evidence'), key: 'file', width: 220, render: (_: unknown, b) => <a onClick={() => void api.download('/tasks/assessment-bonuses/{id}/file', { path: { id: b.id } }).catch(onError)}><PaperClipOutlined /> {b.file.name}</a> },
            ...(final ? [] : [{ title: t('common.actions'), key: 'x', width: 80, render: (_: unknown, b: Bonus) => <Popconfirm title={t('common.confirmDelete')} onConfirm={() => removeBonus.mutate(b.id)}><a>{t('common.delete')}</a></Popconfirm> }]),
          ]}
        />
      </Card>
      <FormModal<Omit<BonusCreate, 'fileId'>>
        open={adding}
        title={t('assess.addBonus')}
        onClose={() => { setAdding(false); setEvidence(null); }}
        onDone={refresh}
        onSubmit={(v) => api.post('/tasks/assessments/{id}/bonuses', { params: { path: { id: savedId ?? '' } }, body: { ...v, fileId: evidence?.id ?? '' } })}
      >
        {() => (
          <>
            <Form.Item name="orgId" label={t('dash.unit')} rules={[{ required: true, message: t('assess.unitRequired') }]}>
              <OrgPicker />
            </Form.Item>
            <Form.Item name="points" label={t('assess.points')} rules={[{ required: true, message: t('assess.pointsRequired') }]}>
              <InputNumber min={0.5} max={20} step={0.5} />
            </Form.Item>
            <Form.Item name="reason" label={t('assess.reason')} rules={[{ required: true, message: t('assess.reasonRequired') }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="fileId" label={t('assess.evidence')} extra={t('assess.evidenceHint')}>
              <Space>
                <Upload showUploadList={false} beforeUpload={(file) => { api.upload('/platform/files', file).then(setEvidence).catch(onError); return false; }}>
                  <Button icon={<UploadOutlined />}>{t('report.upload')}</Button>
                </Upload>
                {evidence && <span><PaperClipOutlined /> {evidence.name}</span>}
              </Space>
            </Form.Item>
          </>
        )}
      </FormModal>
    </PageContainer>
  );
}
