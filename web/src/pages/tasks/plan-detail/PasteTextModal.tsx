import { Alert, App, Button, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ParsedTask } from '../../../../../common/tasks-assessment';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

const EXAMPLE = '一、聚焦发展新质生产力，健全产业知识产权协同发展机制\n（一）建设产业知识产权运营中心（牵头单位：市市场监管局；配合单位：市工业和信息化局；完成时限：2024年9月底）\n1. 完成运营中心年度绩效评价（市市场监管局负责）';

/** Pastes a plan written as numbered text (一、 （一） 1.): preview what was understood, then add it. */
export function PasteTextModal(props: { open: boolean; planId: string; onClose: () => void; onImported: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<ParsedTask[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    setBusy(true);
    setProblems([]);
    try {
      const r = await api.post('/tasks/work-plans/{id}/import-text', { params: { path: { id: props.planId } }, body: { text, dryRun } });
      if (dryRun) setPreview(r.tasks);
      else {
        void message.success(t('paste.created', { n: r.created }));
        props.onImported();
        close();
      }
    } catch (err) {
      setPreview(null);
      setProblems(err instanceof ApiError && err.fields.length ? err.fields.map((f) => f.message) : [err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setText('');
    setPreview(null);
    setProblems([]);
    props.onClose();
  };

  return (
    <Modal
      open={props.open}
      title={t('paste.title')}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button loading={busy} disabled={!text.trim()} onClick={() => void send(true)}>
            {t('paste.preview')}
          </Button>
          <Button type="primary" loading={busy} disabled={!preview} onClick={() => void send(false)}>
            {t('paste.import', { n: preview?.length ?? 0 })}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('paste.explain')}</Typography.Paragraph>
      <Input.TextArea aria-label={t('paste.title')} rows={10} value={text} placeholder={EXAMPLE} onChange={(e) => { setText(e.target.value); setPreview(null); }} />
      {problems.length > 0 && <Alert style={{ marginTop: 12 }} type="error" showIcon title={t('paste.problems')} description={<ul style={{ margin: 0, paddingLeft: 18 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      {preview && (
        <List
          style={{ marginTop: 12, maxHeight: 300, overflow: 'auto' }}
          size="small"
          bordered
          dataSource={preview}
          renderItem={(p) => (
            <List.Item>
              <span style={{ paddingLeft: (p.level - 1) * 20 }}>
                {p.number} {p.title}
                {p.leadOrgName && <Tag style={{ marginLeft: 8 }}>{t('task.lead')}：{p.leadOrgName}</Tag>}
                {p.supportOrgNames.length > 0 && <Tag>{t('task.supports')}：{p.supportOrgNames.join('、')}</Tag>}
                {p.deadline && <Tag color="blue">{p.deadline}</Tag>}
              </span>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
