import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Input, InputNumber, List, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type TopTenCandidate, type TopTenList, TopTenSourceLabels } from '../../../../../common/publish-search';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';

type Pick = TopTenCandidate & { label: string };
const key = (c: { type: string; id: string }) => `${c.type}:${c.id}`;

/** The office picks and orders the year's ten most important events from the candidates, then publishes them. */
export default function TopTenPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { me } = useSession();
  const qc = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [region, setRegion] = useState<string | undefined>(me?.org.regionCode);
  const [picks, setPicks] = useState<Pick[]>([]);
  const [title, setTitle] = useState('');
  const enabled = !!region;
  const { data: candidates = [], isFetching } = useQuery({ queryKey: ['top-ten', 'candidates', year, region], queryFn: () => api.get('/publish/top-ten/{year}/candidates', { params: { path: { year }, query: { regionCode: region } } }), enabled });
  const { data: list } = useQuery({ queryKey: ['top-ten', 'list', year, region], queryFn: () => api.get('/publish/top-ten/{year}', { params: { path: { year }, query: { regionCode: region } } }), enabled });

  // Open on the year of the newest published list when there is one.
  const { data: latest } = useQuery({ queryKey: ['public-top-ten', 'latest'], queryFn: () => api.get('/publish/public/top-ten') });
  const [yearChosen, setYearChosen] = useState(false);
  useEffect(() => {
    if (!yearChosen && latest?.list) setYear(latest.list.year);
  }, [latest, yearChosen]);

  useEffect(() => {
    setPicks((list?.items ?? []).map((i) => ({ ...i, label: i.title })));
    setTitle(list?.title ?? '');
  }, [list]);

  const picked = new Set(picks.map(key));
  const move = (i: number, d: number) => setPicks((p) => {
    const next = [...p];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    return next;
  });
  const refresh = (l: TopTenList) => {
    qc.setQueryData(['top-ten', 'list', year, region], l);
  };
  const save = async () => {
    if (!region) return; // the button waits for a region: a list belongs to one
    try {
      refresh(await api.put('/publish/top-ten/{year}', { params: { path: { year } }, body: { regionCode: region, title: title || undefined, items: picks.map((p) => ({ type: p.type, id: p.id, title: p.label, summary: p.summary })) } }));
      void message.success(t('common.saved'));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const setPublished = async (publish: boolean) => {
    if (!region) return; // only a loaded list, which has a region, offers these buttons
    try {
      const params = { path: { year } };
      const body = { regionCode: region };
      refresh(await (publish ? api.post('/publish/top-ten/{year}/publish', { params, body }) : api.post('/publish/top-ten/{year}/unpublish', { params, body })));
      void message.success(publish ? t('publish.published') : t('publish.unpublished'));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <PageContainer
      title={t('topTen.title')}
      card={false}
      extra={
        <>
          {list && <Tag color={list.status === 'published' ? 'green' : 'default'}>{list.status === 'published' ? t('topTen.statusPublished') : t('topTen.statusDraft')}</Tag>}
          <Button type="primary" disabled={picks.length === 0 || !region} onClick={() => void save()}>
            {t('topTen.save')}
          </Button>
          {list && list.status !== 'published' && <Button onClick={() => void setPublished(true)}>{t('topTen.publish')}</Button>}
          {list?.status === 'published' && <Button danger onClick={() => void setPublished(false)}>{t('topTen.unpublish')}</Button>}
        </>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <span>{t('topTen.year')}</span>
          <InputNumber aria-label={t('topTen.year')} min={1990} max={2100} value={year} onChange={(v) => {
              if (!v) return;
              setYearChosen(true);
              setYear(v);
            }} />
          <span>{t('topTen.region')}</span>
          <RegionPicker value={region} onChange={setRegion} />
          <Input aria-label={t('topTen.listTitle')} placeholder={t('topTen.listTitle')} value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 320 }} count={{ max: 100 }} />
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('topTen.candidates')} loading={isFetching}>
            {candidates.length === 0 ? (
              <Empty description={t('topTen.noCandidates')} />
            ) : (
              <List
                size="small"
                dataSource={candidates}
                renderItem={(c) => (
                  <List.Item
                    actions={[
                      <Button key="add" size="small" icon={<PlusOutlined />} disabled={picked.has(key(c)) || picks.length >= 10} onClick={() => setPicks((p) => [...p, { ...c, label: c.title }])}>
                        {t('topTen.add')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta title={<Space><Tag>{label(TopTenSourceLabels[c.type])}</Tag>{c.title}</Space>} description={[c.date, c.summary].filter(Boolean).join(' · ')} />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('topTen.picked', { n: picks.length })}>
            {picks.length > 0 && picks.length < 10 && <Alert type="info" showIcon title={t('topTen.fewer')} style={{ marginBottom: 12 }} />}
            <List
              size="small"
              dataSource={picks}
              renderItem={(p, i) => (
                <List.Item
                  actions={[
                    <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('topTen.up')} />,
                    <Button key="down" size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === picks.length - 1} onClick={() => move(i, 1)} aria-label={t('topTen.down')} />,
                    <Button key="del" size="small" type="text" icon={<DeleteOutlined />} onClick={() => setPicks((ps) => ps.filter((_, k) => k !== i))} aria-label={t('topTen.remove')} />,
                  ]}
                >
                  <Space align="start" style={{ width: '100%' }}>
                    <Typography.Text strong style={{ width: 24, display: 'inline-block' }}>
                      {i + 1}
                    </Typography.Text>
                    <Input value={p.label} onChange={(e) => setPicks((ps) => ps.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))} aria-label={`${i + 1}`} count={{ max: 200 }} style={{ minWidth: 320 }} />
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
