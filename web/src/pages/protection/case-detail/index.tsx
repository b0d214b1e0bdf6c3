import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CaseKindLabels, CaseSourceLabels, CaseStatusLabels, DisputeTypeLabels, NextActorLabels, ProcedureLabels, TerminationGroundLabels } from '../../../../../common/protection';
import { ActionLabels } from '../../../../../common/protection-workflow';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { deadlineLabel, fmtYuan, StatusTag } from '../shared';
import { DANGER_ACTIONS } from './action-fields';
import { ActionModal } from './ActionModal';
import { DeadlinesCard, EvidenceCard, NotesCard, OutcomeCards, PartiesCard, RightsList, TimelineCard } from './CaseCards';

/** One case: who acts next and by when, the actions open to the caller, particulars, parties, deadlines and the timeline. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, label, locale } = useI18n();
  const qc = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const { data: c, error } = useQuery({ queryKey: ['protection', 'case', id], queryFn: () => api.get('/protection/cases/{id}', { params: { path: { id } } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['protection'] });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!c) return null;
  const overdue = c.dueOn && c.deadlines.some((d) => d.state === 'overdue');
  const open = c.nextActor !== 'none';

  return (
    <PageContainer
      title={
        <Space>
          {c.caseNo}
          <StatusTag status={c.status} />
          <Tag color={c.kind === 'adjudication' ? 'purple' : 'blue'}>{label(CaseKindLabels[c.kind])}</Tag>
        </Space>
      }
      crumbs={[{ title: t('menu.protectionCases'), path: '/protection/cases' }, { title: c.caseNo }]}
      card={false}
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]} align="middle">
          <Col flex="auto">
            {open ? (
              <Alert
                type={overdue ? 'error' : 'info'}
                showIcon
                title={
                  <Space wrap>
                    {/* The banner starts from the case's status, so it never reads as a later step than the case is at. */}
                    <span data-testid="next-actor">{t('protection.case.statusNextActor', { status: label(CaseStatusLabels[c.status]), who: inSentence(label(NextActorLabels[c.nextActor])) })}</span>
                    {c.dueOn && <span>{t('protection.case.dueBy', { kind: deadlineLabel(c.dueKind, locale, c.source), due: c.dueOn })}</span>}
                    {!c.dueOn && c.deadlines.some((d) => d.state === 'paused') && <span>{t('protection.case.paused')}</span>}
                  </Space>
                }
              />
            ) : (
              <Alert type="success" showIcon title={t('protection.case.concluded')} />
            )}
          </Col>
          <Col>
            <Space wrap>
              {c.viewer.actions.length === 0 && <Typography.Text type="secondary">{t('protection.case.noActions')}</Typography.Text>}
              {c.viewer.actions.map((a) => (
                <Button key={a} type={DANGER_ACTIONS.has(a) ? 'default' : 'primary'} danger={DANGER_ACTIONS.has(a)} onClick={() => setAction(a)}>
                  {label(ActionLabels[a])}
                </Button>
              ))}
            </Space>
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('protection.case.overview')} size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label={t('protection.cases.source')}>
                  {label(CaseSourceLabels[c.source])}
                  {c.procedure ? `（${label(ProcedureLabels[c.procedure])}）` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('protection.cases.disputeType')}>{label(DisputeTypeLabels[c.disputeType])}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.org')}>{c.org.name}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.mediator')}>{c.mediator ? `${c.mediator.name}${c.mediator.phone ? `（${c.mediator.phone}）` : ''}` : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.court')}>{c.court?.name ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.courtCaseNo')}>{c.courtCaseNo ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.region')}>{c.regionName}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.amount')}>{c.amountFen ? fmtYuan(c.amountFen) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.receivedOn')}>{c.dates.receivedOn}</Descriptions.Item>
                {c.kind === 'mediation' && <Descriptions.Item label={t('protection.field.mediationEndedOn')}>{c.dates.mediationEndedOn ?? '—'}</Descriptions.Item>}
                <Descriptions.Item label={t('protection.field.endedOn')}>{c.dates.endedOn ?? '—'}</Descriptions.Item>
                {c.terminationGround && <Descriptions.Item label={t('protection.f.ground')} span={2}>{label(TerminationGroundLabels[c.terminationGround])}</Descriptions.Item>}
                {c.fromCaseId && (
                  <Descriptions.Item label={t('protection.case.fromCase')} span={2}>
                    <Link to={`/protection/cases/${c.fromCaseId}`}>{t('common.detail')}</Link>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('protection.field.rights')} span={2}>
                  <RightsList c={c} />
                </Descriptions.Item>
                <Descriptions.Item label={t('protection.field.summary')} span={2}>{c.summary}</Descriptions.Item>
                <Descriptions.Item label={t('protection.field.claims')} span={2}>{c.claims}</Descriptions.Item>
              </Descriptions>
            </Card>
            <PartiesCard c={c} onChanged={refresh} />
            <OutcomeCards c={c} />
            <EvidenceCard c={c} onChanged={refresh} open={open} />
            <NotesCard c={c} onChanged={refresh} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <DeadlinesCard c={c} />
            <TimelineCard id={c.id} />
          </Space>
        </Col>
      </Row>
      <ActionModal
        c={c}
        action={action}
        onClose={() => setAction(null)}
        onDone={(updated) => {
          setAction(null);
          qc.setQueryData(['protection', 'case', id], updated);
          refresh();
        }}
      />
    </PageContainer>
  );
}

/** A label inside a sentence: "The parties" → "the parties", while "IP office" keeps its capitals. */
function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
