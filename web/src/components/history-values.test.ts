import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../common/audit';
import { TaskFlagLabels, TaskStatusLabels } from '../../../common/tasks';
import { RegistrationStatusLabels } from '../../../common/conference';
import { actionLabel, registerActions, registerValueLabels } from '../app/labels';
import { eventLines } from './history-values';

registerValueLabels({ task: { status: TaskStatusLabels, flag: TaskFlagLabels }, 'meeting:register': { status: RegistrationStatusLabels } });
const labels: Record<string, string> = { status: '状态', flag: '预警', leadOrgId: '牵头单位', leadOrgName: '牵头单位', at: '时间' };
const labelOf = (f: string) => labels[f] ?? f;
const event = (over: Partial<AuditEvent>): AuditEvent => ({ id: '1', at: '2026-12-07T01:30:00Z', actorId: null, actorName: '系统', action: 'status', entityType: 'task', entityId: 'x', before: null, after: null, ...over });

describe('history values a person reads', () => {
  it('names states and flags in the reader\'s language, never their internal values', () => {
    const e = event({ before: { status: 'overdue', flag: 'red' }, after: { status: 'completed', flag: 'none' } });
    expect(eventLines(e, labelOf, 'zh')).toEqual(['状态：已逾期 → 已完成', '预警：红牌 → 正常']);
    expect(eventLines(e, labelOf, 'en')).toEqual(['状态：Overdue → Completed', '预警：Red → None']);
  });

  it('shows the name of a unit, not its id, and times in the platform zone', () => {
    const e = event({ action: 'update', before: { leadOrgId: '0b5e3c36-4c39-4b8e-9f0e-3f1d8c1f2a10', leadOrgName: '市公安局', at: '2026-12-07T01:30:00Z' }, after: { leadOrgId: '7a1e3c36-4c39-4b8e-9f0e-3f1d8c1f2a11', leadOrgName: '市检察院', at: '2026-12-08T01:30:00Z' } });
    expect(eventLines(e, labelOf, 'zh')).toEqual(['牵头单位：市公安局 → 市检察院', '时间：2026-12-07 09:30 → 2026-12-08 09:30']);
  });

  it('reads a status by what the action recorded: a registration\'s, not the meeting\'s', () => {
    const e = event({ action: 'register', entityType: 'meeting', after: { registrationId: '0b5e3c36-4c39-4b8e-9f0e-3f1d8c1f2a10', name: '周明', status: 'waitlisted' } });
    expect(eventLines(e, labelOf, 'zh')).toEqual(['name：周明', '状态：候补']);
  });

  it('keeps two modules\' meanings of one verb apart', () => {
    registerActions({ register: { zh: '报名', en: 'Registered' } }, ['meeting']);
    registerActions({ register: { zh: '立案', en: 'Register' } }, ['protectionCase']);
    expect(actionLabel('register', 'meeting')?.zh).toBe('报名');
    expect(actionLabel('register', 'protectionCase')?.zh).toBe('立案');
  });
});
