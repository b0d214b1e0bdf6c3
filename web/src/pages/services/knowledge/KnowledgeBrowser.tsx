import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Collapse, Empty, Input, Pagination, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QuestionCategoryLabels, QUESTION_CATEGORIES, type QuestionCategory } from '../../../../../common/services-desk';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

/**
 * Published answers, searched in simplified or traditional script: on the portal for everyone, and
 * on the desk's page with a withdraw button on each entry (`manage`).
 */
export function KnowledgeBrowser({ manage = false }: { manage?: boolean }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState<string | undefined>();
  const [category, setCategory] = useState<QuestionCategory | undefined>();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useQuery({ queryKey: ['services-knowledge', q, category, page], queryFn: () => api.get('/services/public/knowledge', { params: { query: { q, category, page, pageSize: 10 } } }) });
  const withdraw = (id: string) =>
    void api
      .delete('/services/knowledge/{id}', { params: { path: { id } } })
      .then(() => { void message.success(t('services.kb.withdrawn')); return queryClient.invalidateQueries({ queryKey: ['services-knowledge'] }); })
      .catch((e: Error) => message.error(e.message));
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear enterButton placeholder={t('services.kb.search')} onSearch={(v) => { setQ(v || undefined); setPage(1); }} style={{ width: 320, maxWidth: '100%' }} aria-label={t('services.kb.search')} />
        <Select allowClear placeholder={t('services.q.category')} value={category} onChange={(c?: QuestionCategory) => { setCategory(c); setPage(1); }} options={QUESTION_CATEGORIES.map((c) => ({ value: c, label: label(QuestionCategoryLabels[c]) }))} style={{ width: 160 }} />
        {data && <Typography.Text type="secondary">{t('services.kb.count', { n: data.total })}</Typography.Text>}
      </Space>
      <Card loading={isFetching && !data}>
        {data && data.items.length === 0 ? (
          <Empty description={manage ? t('services.kb.none') : <Space direction="vertical">{t('services.kb.empty')}<Link to="/p/services/register">{t('services.register.title')}</Link></Space>} />
        ) : (
          <Collapse
            items={(data?.items ?? []).map((k) => ({
              key: k.id,
              label: <Space wrap><Tag color="blue">{label(QuestionCategoryLabels[k.category])}</Tag><span>{k.title}</span></Space>,
              extra: manage ? (
                <Popconfirm title={t('services.kb.withdrawConfirm')} onConfirm={() => withdraw(k.id)}>
                  <Button size="small" danger onClick={(e) => e.stopPropagation()}>{t('services.kb.withdraw')}</Button>
                </Popconfirm>
              ) : undefined,
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{k.body}</Typography.Paragraph>
                  <Typography.Text type="secondary">{t('services.kb.publishedOn')}：{k.publishedOn}{k.questionNumber ? ` · ${t('services.kb.questionNumber')}：${k.questionNumber}` : ''}</Typography.Text>
                </Space>
              ),
            }))}
          />
        )}
        {data && data.total > 10 && <Pagination style={{ marginTop: 16 }} current={page} total={data.total} pageSize={10} onChange={setPage} showSizeChanger={false} />}
      </Card>
    </>
  );
}
