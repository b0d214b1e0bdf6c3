import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { type CaseActionName, CaseSourceLabels, CaseStatusLabels, LimitCodeLabels, RightKindLabels } from '../../../../../common/enforcement';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { LimitsCard, useAgentLabel, useHistoryFields } from '../shared';
import { CaseActionModal, DANGER_CASE_ACTIONS } from './CaseActionModal';
import { DecisionCard, MeasuresCard, TransfersCard } from './CaseCards';

/** One case: who acts next and by when, the steps open to the officer, every time limit with its citation, measures, transfers, history. */
export default function EnforcementCaseDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const historyFields = useHistoryFields();
  const agent = useAgentLabel();
  const qc = useQueryClient();
  const [action, setAction] = useState<CaseActionName | null>(null);
  const key = ['enforcement', 'case', id];
  const { data: c, error } = useQuery({ queryKey: key, queryFn: () => api.get('/enforcement/cases/{id}', { params: { path: { id } } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['enforcement'] });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!c) return null;
  const handles = c.actions.length > 0;
  const current = c.limits.filter((l) => !l.metOn && l.actor !== 'party').sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const canTransfer = handles && (c.status === 'investigating' || c.status === 'hearingNotice');

  return (
    <PageContainer
      title={
        <Space wrap>
          {c.caseNo}
          <Tag color="blue">{label(CaseStatusLabels[c.status])}</Tag>
          {c.typicalCandidate && <Tag color="gold">{t('enforcement.case.typical')}</Tag>}
        </Space>
      }
      crumbs={[{ title: t('menu.enforcement.cases'), path: '/enforcement/cases' }, { title: c.caseNo }]}
      card={false}
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]} align="middle">
          <Col flex="auto">
            {c.nextActor !== 'none' ? (
              <Alert
                type={c.overdue ? 'error' : 'info'}
                showIcon
                title={
                  <Space wrap>
                    <span data-testid="next-actor">{t('enforcement.case.next', { who: agent(c.nextActor) })}</span>
                    {current && <span>{t('enforcement.case.dueBy', { what: label(LimitCodeLabels[current.code]), due: current.dueOn })}</span>}
                  </Space>
                }
              />
            ) : (
              <Alert type="success" showIcon title={t('enforcement.case.concluded')} />
            )}
          </Col>
          <Col>
            <Space wrap>
              {!handles && <Typography.Text type="secondary">{t('enforcement.case.noActions')}</Typography.Text>}
              {c.actions.map((a) => (
                <Button key={a} type={DANGER_CASE_ACTIONS.has(a) || a === 'typicalCandidate' ? 'default' : 'primary'} danger={DANGER_CASE_ACTIONS.has(a)} onClick={() => setAction(a)}>
                  {t(`enforcement.action.${a}`)}
                </Button>
              ))}
            </Space>
          </Col>
        </Row>
      </Card>
      <div style={{ marginBottom: 16 }}>
        <LimitsCard limits={c.limits} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('enforcement.case.overview')} size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label={t('enforcement.field.source')}>{label(CaseSourceLabels[c.source])}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.rightKind')}>{label(RightKindLabels[c.rightKind])}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.org')}>{c.org.name}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.complainant')}>{c.complainant ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.party')}>{c.partyName}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.partyCreditCode')}>{c.partyCreditCode ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.receivedOn')}>{c.receivedOn}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.openedOn')}>{c.openedOn ?? '—'}</Descriptions.Item>
                {c.openExtensionApproval && <Descriptions.Item label={t('enforcement.case.openExtension')} span={2}>{c.openExtensionApproval}</Descriptions.Item>}
                {c.decideExtensionDays > 0 && <Descriptions.Item label={t('enforcement.case.decideExtension')} span={2}>{t('enforcement.case.extensionText', { days: c.decideExtensionDays, approval: c.decideExtensionApproval ?? '' })}</Descriptions.Item>}
                <Descriptions.Item label={t('enforcement.field.hearingNotifiedOn')}>{c.hearingNotifiedOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.hearingRequested')}>{t(c.hearingRequested ? 'enforcement.yes' : 'enforcement.no')}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.summary')} span={2}>{c.summary}</Descriptions.Item>
              </Descriptions>
            </Card>
            <DecisionCard c={c} />
            <MeasuresCard c={c} canAct={handles} onChanged={(u) => { qc.setQueryData(key, u); refresh(); }} />
            <TransfersCard c={c} canTransfer={canTransfer} onChanged={refresh} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('enforcement.history')} size="small">
            <HistoryTimeline fieldLabels={historyFields} path="/enforcement/cases/{id}/history" id={c.id} />
          </Card>
        </Col>
      </Row>
      <CaseActionModal
        c={c}
        action={action}
        onClose={() => setAction(null)}
        onDone={(u) => {
          setAction(null);
          qc.setQueryData(key, u);
          refresh();
        }}
      />
    </PageContainer>
  );
}
