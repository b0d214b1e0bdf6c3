import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, InputNumber, List, Space, Typography } from 'antd';
import { useState } from 'react';
import type { AgendaPut, Meeting } from '../../../../../common/conference';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';

type Leaf = { title: string; speaker?: string | null; durationMinutes?: number | null };
type Item = Leaf & { children?: Leaf[] };

/** The agenda as a numbered list of items and their parts; the organisers edit it in place. */
export function AgendaTab({ meeting: m }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ items: Item[] }>();
  const { data = [] } = useQuery({ queryKey: ['meetings', m.id, 'agenda'], queryFn: () => api.get('/conference/meetings/{id}/agenda', { params: { path: { id: m.id } } }) });
  const save = useMutation({
    mutationFn: (v: AgendaPut) => api.put('/conference/meetings/{id}/agenda', { params: { path: { id: m.id } }, body: v }),
    onSuccess: () => {
      setEditing(false);
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: ['meetings', m.id] });
    },
    onError: (e) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    },
  });
  const total = data.reduce((s, i) => s + (i.durationMinutes ?? i.children.reduce((c, x) => c + (x.durationMinutes ?? 0), 0)), 0);

  if (editing) {
    return (
      <Form form={form} initialValues={{ items: data }} onFinish={(v) => save.mutate({ items: (v.items ?? []).map((i) => ({ ...i, speaker: i.speaker ?? null, durationMinutes: i.durationMinutes ?? null, notes: null, children: (i.children ?? []).map((c) => ({ ...c, speaker: c.speaker ?? null, durationMinutes: c.durationMinutes ?? null, notes: null })) })) })}>
        <Form.List name="items">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <Card key={item.key} size="small" style={{ marginBottom: 8 }} title={`${index + 1}.`} extra={<MinusCircleOutlined onClick={() => remove(item.name)} aria-label={t('common.delete')} />}>
                  <Space wrap align="baseline">
                    <Form.Item name={[item.name, 'title']} rules={[{ required: true, message: t('agenda.titleRequired') }]}>
                      <Input placeholder={t('agenda.item')} style={{ width: 360 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'speaker']}>
                      <Input placeholder={t('agenda.speaker')} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'durationMinutes']}>
                      <InputNumber min={0} max={1440} placeholder={t('agenda.minutes')} style={{ width: 120 }} />
                    </Form.Item>
                  </Space>
                  <Form.List name={[item.name, 'children']}>
                    {(parts, sub) => (
                      <div style={{ paddingLeft: 24 }}>
                        {parts.map((p, j) => (
                          <Space key={p.key} wrap align="baseline">
                            <Typography.Text type="secondary">{`${index + 1}.${j + 1}`}</Typography.Text>
                            <Form.Item name={[p.name, 'title']} rules={[{ required: true, message: t('agenda.titleRequired') }]}>
                              <Input placeholder={t('agenda.part')} style={{ width: 320 }} />
                            </Form.Item>
                            <Form.Item name={[p.name, 'speaker']}>
                              <Input placeholder={t('agenda.speaker')} style={{ width: 180 }} />
                            </Form.Item>
                            <Form.Item name={[p.name, 'durationMinutes']}>
                              <InputNumber min={0} max={1440} placeholder={t('agenda.minutes')} style={{ width: 110 }} />
                            </Form.Item>
                            <MinusCircleOutlined onClick={() => sub.remove(p.name)} aria-label={t('common.delete')} />
                          </Space>
                        ))}
                        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => sub.add({ title: '' })}>
                          {t('agenda.addPart')}
                        </Button>
                      </div>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', children: [] })} block>
                {t('agenda.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    );
  }

  return (
    <>
      {m.canManage && (
        <Button style={{ marginBottom: 12 }} onClick={() => setEditing(true)}>
          {t('agenda.edit')}
        </Button>
      )}
      {data.length === 0 ? (
        <Empty description={t('agenda.empty')} />
      ) : (
        <List
          header={total > 0 ? <Typography.Text type="secondary">{t('agenda.total', { n: total })}</Typography.Text> : undefined}
          dataSource={data}
          renderItem={(item, i) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{`${i + 1}. ${item.title}`}</Typography.Text>
                {item.speaker && <Typography.Text type="secondary">{`\u3000${item.speaker}`}</Typography.Text>}
                {item.durationMinutes !== null && <Typography.Text type="secondary">{`\u3000${item.durationMinutes} ${t('agenda.min')}`}</Typography.Text>}
                {item.children.map((c, j) => (
                  <div key={c.id} style={{ paddingLeft: 24, marginTop: 4 }}>
                    {`${i + 1}.${j + 1} ${c.title}`}
                    {c.speaker && <Typography.Text type="secondary">{`\u3000${c.speaker}`}</Typography.Text>}
                    {c.durationMinutes !== null && <Typography.Text type="secondary">{`\u3000${c.durationMinutes} ${t('agenda.min')}`}</Typography.Text>}
                  </div>
                ))}
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
