import { describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../../common/enforcement';
import { RULES } from '../../../db/migrations/20261207210000_enforcement';
import { createWorkingCalendar } from '../../../platform/calendar';
import { type CaseFacts, createCaseFlow } from './case-flow';
import { createLimitEngine, type LimitRule } from './limits';

const rules: LimitRule[] = RULES.map(([code, region_prefix, length, unit, extension_length, citation]) => ({ code, region_prefix, length, unit, extension_length, citation }));
const engine = createLimitEngine(createWorkingCalendar());
const flow = createCaseFlow(engine);

const base: CaseFacts = {
  status: 'received',
  regionCode: '440310',
  receivedOn: '2025-01-20',
  openExtensionDays: 0,
  openedOn: null,
  decideExtensionDays: 0,
  hearingNotifiedOn: null,
  hearingRequested: false,
  decidedOn: null,
  decision: null,
  servedOn: null,
  publishedOn: null,
  closedOn: null,
};
const decide = (on: string): CaseAction => ({ action: 'decide', on, decision: 'penalty', decisionNo: '深市监坪罚〔2025〕1号', fineFen: 5_000_000, confiscatedFen: 0, confiscatedGoods: null });

describe('deciding whether to open a case: 15 working days, around the Spring Festival', () => {
  it('counts the make-up Sunday (1-26) and Saturday (2-8) and skips the holiday (1-28 to 2-4)', () => {
    expect(engine.dueOn(rules, 'caseOpen', '440310', '2025-01-20')).toBe('2025-02-14');
    expect(engine.dueOn(rules, 'caseOpen', '440310', '2025-01-20', 15)).toBe('2025-03-07');
  });

  it('opens on the last day, refuses the day after without an extension, and allows it after an approved one', () => {
    expect(flow.check(base, { action: 'open' }, '2025-02-14', '2025-03-01', rules)).toBeNull();
    expect(flow.check(base, { action: 'open' }, '2025-02-17', '2025-03-01', rules)).toEqual({
      field: 'on',
      message: '已超过核查并决定是否立案的期限，未经批准延长（至 2025-02-14；《市场监督管理行政处罚程序规定》第十八条（检测、检验、鉴定等时间不计入））',
    });
    expect(flow.check({ ...base, openExtensionDays: 15 }, { action: 'open' }, '2025-02-17', '2025-03-01', rules)).toBeNull();
    expect(flow.check({ ...base, openExtensionDays: 15 }, { action: 'open' }, '2025-03-10', '2025-03-10', rules)?.message).toMatch(/^已超过核查并决定是否立案的延长后的期限（至 2025-03-07/);
  });

  it('refuses an extension without the head’s approval, naming the rule', () => {
    expect(flow.check(base, { action: 'extendOpening', approval: null }, '2025-02-10', '2025-02-10', rules)).toEqual({
      field: 'approval',
      message: '延长须经执法机关负责人批准，请填写批准人及批准文号（《市场监督管理行政处罚程序规定》第十八条（检测、检验、鉴定等时间不计入））',
    });
    expect(flow.checkMeasure({ ...base, status: 'investigating' }, { startedOn: '2025-02-01', extensionDays: 0, liftedOn: null }, { action: 'extend', days: 30, approval: null }, '2025-02-10', '2025-02-10', rules)?.field).toBe('approval');
  });

  it('refuses an extension once the limit has run out, and a second extension', () => {
    const extend: CaseAction = { action: 'extendOpening', approval: '局长 陈某 批准（深市监坪批〔2025〕3号）' };
    expect(flow.check(base, extend, '2025-02-14', '2025-02-14', rules)).toBeNull();
    expect(flow.check(base, extend, '2025-02-17', '2025-02-17', rules)?.message).toMatch(/^核查立案期限已于 2025-02-14 届满，不能再延长/);
    expect(flow.check({ ...base, openExtensionDays: 15 }, extend, '2025-02-14', '2025-02-14', rules)).toEqual({ field: 'action', message: '当前案件状态下不能进行此操作' });
  });

  it('marks the limit overdue the day after, with the officer to act', () => {
    const [open] = flow.limits(base, [], rules, '2025-02-17');
    expect(open).toMatchObject({ code: 'caseOpen', dueOn: '2025-02-14', state: 'overdue', actor: 'officer', length: '15 个工作日' });
    expect(flow.nextActor(base, flow.limits(base, [], rules, '2025-02-17'))).toBe('officer');
  });
});

describe('deciding the case: 90 calendar days from opening, around National Day', () => {
  const opened: CaseFacts = { ...base, status: 'hearingNotice', receivedOn: '2025-06-30', openedOn: '2025-07-04', hearingNotifiedOn: '2025-09-01' };

  it('moves a limit that ends in the holiday (10-02) to the first working day after it (10-09)', () => {
    expect(engine.dueOn(rules, 'caseDecide', '440310', '2025-07-04')).toBe('2025-10-09');
    expect(engine.dueOn(rules, 'caseDecide', '440310', '2025-07-04', 30)).toBe('2025-11-03');
  });

  it('refuses a decision after the limit without an extension, naming the rule', () => {
    expect(flow.check(opened, decide('2025-10-09'), '2025-10-09', '2025-10-20', rules)).toBeNull();
    expect(flow.check(opened, decide('2025-10-10'), '2025-10-10', '2025-10-20', rules)).toEqual({
      field: 'on',
      message: '已超过作出处理决定的期限（立案之日起至 2025-10-09），未经批准延长不得作出决定（《市场监督管理行政处罚程序规定》第六十四条（延长须经负责人批准））',
    });
    expect(flow.check({ ...opened, decideExtensionDays: 30 }, decide('2025-10-10'), '2025-10-10', '2025-10-20', rules)).toBeNull();
  });

  it('allows an extension of at most 30 days, and only before the limit runs out', () => {
    const ext = (days: number): CaseAction => ({ action: 'extendDecision', approval: '局长 陈某 批准', days });
    expect(flow.check(opened, ext(30), '2025-10-09', '2025-10-09', rules)).toBeNull();
    expect(flow.check(opened, ext(31), '2025-10-09', '2025-10-09', rules)?.field).toBe('days');
    expect(flow.check(opened, ext(30), '2025-10-10', '2025-10-10', rules)?.message).toMatch(/^作出处理决定的期限已于 2025-10-09 届满，不能再延长/);
  });

  it('requires notice of the right to be heard before a penalty, and no fine without one', () => {
    const investigating: CaseFacts = { ...opened, status: 'investigating', hearingNotifiedOn: null };
    expect(flow.check(investigating, decide('2025-09-01'), '2025-09-01', '2025-09-01', rules)?.field).toBe('decision');
    const none: CaseAction = { action: 'decide', on: '2025-09-01', decision: 'noPenalty', decisionNo: '深市监坪不罚〔2025〕1号', fineFen: 100, confiscatedFen: 0, confiscatedGoods: null };
    expect(flow.check(investigating, none, '2025-09-01', '2025-09-01', rules)?.field).toBe('fineFen');
  });

  it('shows the party’s window to ask for a hearing (5 working days) and refuses a late request', () => {
    const notified: CaseFacts = { ...opened, hearingNotifiedOn: '2025-09-26' };
    // 9-26 (Fri) + 5 working days: 9-28 (a make-up Sunday), 9-29, 9-30, then the holiday, then 10-09 and 10-10.
    expect(engine.dueOn(rules, 'hearingRequest', '440310', '2025-09-26')).toBe('2025-10-10');
    expect(flow.limits(notified, [], rules, '2025-09-30').map((l) => l.code)).toEqual(['caseOpen', 'caseDecide', 'hearingRequest']);
    expect(flow.check(notified, { action: 'hearingRequested' }, '2025-10-10', '2025-10-13', rules)).toBeNull();
    expect(flow.check(notified, { action: 'hearingRequested' }, '2025-10-11', '2025-10-13', rules)?.message).toMatch(/^已超过要求听证的期限（至 2025-10-10/);
  });
});

describe('seizure and sealing: 30 days, one extension of up to 30 with approval', () => {
  const c: CaseFacts = { ...base, status: 'investigating', openedOn: '2025-09-01' };
  it('lets the limit run from the day of the measure and refuses a second extension', () => {
    const m = { startedOn: '2025-09-05', extensionDays: 0, liftedOn: null };
    expect(engine.dueOn(rules, 'measure', '440310', '2025-09-05')).toBe('2025-10-09');
    expect(flow.checkMeasure(c, m, { action: 'extend', days: 30, approval: '局长批准' }, '2025-10-01', '2025-10-01', rules)).toBeNull();
    expect(flow.checkMeasure(c, { ...m, extensionDays: 30 }, { action: 'extend', days: 10, approval: '局长批准' }, '2025-10-01', '2025-10-01', rules)?.message).toMatch(/^查封、扣押期限只能延长一次/);
    expect(flow.checkMeasure(c, m, { action: 'extend', days: 30, approval: '局长批准' }, '2025-10-10', '2025-10-10', rules)?.message).toMatch(/届满，不能再延长/);
  });
});

describe('the state machine', () => {
  it('offers the actions of each state once', () => {
    expect(flow.allowedActions(base)).toEqual(['extendOpening', 'open', 'notOpen']);
    expect(flow.allowedActions({ ...base, openExtensionDays: 15 })).toEqual(['open', 'notOpen']);
    expect(flow.allowedActions({ ...base, status: 'served', decision: 'penalty', publishedOn: '2025-01-01' })).toEqual(['remedy', 'close']);
    expect(flow.allowedActions({ ...base, status: 'notOpened' })).toEqual([]);
  });
});
