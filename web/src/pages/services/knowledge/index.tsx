import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, Input, Pagination, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QuestionCategoryLabels, QUESTION_CATEGORIES, type QuestionCategory } from '../../../../../common/services-desk';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

/** The portal's knowledge base: published answers, searched in simplified or traditional script. */
export default function KnowledgePage() {
  const { t, label } = useI18n();
  const [q, setQ] = useState<string | undefined>();
  const [category, setCategory] = useState<QuestionCategory | undefined>();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useQuery({ queryKey: ['services-knowledge', q, category, page], queryFn: () => api.get('/services/public/knowledge', { params: { query: { q, category, page, pageSize: 10 } } }) });
  return (
    <div className="page">
      <Typography.Title level={3}>{t('services.kb.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('services.kb.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear enterButton placeholder={t('services.kb.search')} onSearch={(v) => { setQ(v || undefined); setPage(1); }} style={{ width: 320, maxWidth: '100%' }} aria-label={t('services.kb.search')} />
        <Select allowClear placeholder={t('services.q.category')} value={category} onChange={(c?: QuestionCategory) => { setCategory(c); setPage(1); }} options={QUESTION_CATEGORIES.map((c) => ({ value: c, label: label(QuestionCategoryLabels[c]) }))} style={{ width: 160 }} />
      </Space>
      <Card loading={isFetching && !data}>
        {data && data.items.length === 0 ? (
          <Empty description={<Space direction="vertical">{t('services.kb.empty')}<Link to="/p/services/register">{t('services.register.title')}</Link></Space>} />
        ) : (
          <Collapse
            items={(data?.items ?? []).map((k) => ({
              key: k.id,
              label: <Space wrap><Tag color="blue">{label(QuestionCategoryLabels[k.category])}</Tag><span>{k.title}</span></Space>,
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
    </div>
  );
}
