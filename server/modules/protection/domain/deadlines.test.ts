import { describe, expect, it } from 'vitest';
import { patentNumberProblem } from '../../../../common/protection';
import type { DeadlineCode } from '../../../../common/protection-admin';
import { RULES } from '../../../db/migrations/20261121130000_protection';
import { createWorkingCalendar } from '../../../platform/calendar';
import { type CaseClock, createDeadlineEngine, currentDeadline, type RuleRow } from './deadlines';

const rules: RuleRow[] = RULES.map(([code, region_prefix, length, unit, extension_length, pauses, citation]) => ({ code, region_prefix, length, unit, extension_length, pauses, citation }));
const engine = createDeadlineEngine(createWorkingCalendar());
const PINGSHAN = '440310';

/**
 * Every rule of legal-rules.md rows 1–23 with a start right before a holiday: Spring Festival 2024
 * (10–17 Feb off, 4 and 18 Feb worked), National Day 2024 (1–7 Oct off, 29 Sep and 12 Oct worked),
 * Spring Festival 2026 (15–23 Feb off, 14 and 28 Feb worked) and National Day 2026 (1–7 Oct off,
 * 20 Sep and 10 Oct worked). A period in days that ends on a holiday runs to the next working day.
 */
const CASES: [code: DeadlineCode, region: string, start: string, extra: number, paused: number, due: string, why: string][] = [
  ['chooseMediator', PINGSHAN, '2024-02-08', 0, 0, '2024-02-18', '9 Feb, then the make-up Sunday 18 Feb'],
  ['designateMediator', PINGSHAN, '2024-02-08', 0, 0, '2024-02-19', '9 Feb, 18 Feb (make-up), 19 Feb'],
  ['mediatorAccept', PINGSHAN, '2024-09-27', 0, 0, '2024-10-08', '29 Sep (make-up Sunday), 30 Sep, then 8 Oct'],
  ['contactRespondent', PINGSHAN, '2024-10-10', 0, 0, '2024-10-14', '11 Oct, 12 Oct (make-up Saturday), 14 Oct'],
  ['periodPreFiling', PINGSHAN, '2024-01-12', 0, 0, '2024-02-18', '30 days end on 11 Feb in the holiday; next working day is the make-up Sunday'],
  ['periodOrdinary', PINGSHAN, '2024-09-16', 0, 0, '2024-10-08', '15 days end on 1 Oct'],
  ['periodSimplified', PINGSHAN, '2026-02-08', 0, 0, '2026-02-24', '7 days end on 15 Feb, first day of the 2026 holiday'],
  ['confirmationApply', PINGSHAN, '2026-09-05', 0, 0, '2026-10-08', '30 days end on 5 Oct'],
  ['confirmationAcceptance', PINGSHAN, '2026-02-12', 0, 0, '2026-02-24', '3 days end on 15 Feb'],
  ['confirmationRuling', PINGSHAN, '2024-09-20', 0, 0, '2024-10-08', '15 days end on 5 Oct'],
  ['confirmationRuling', PINGSHAN, '2024-09-20', 10, 0, '2024-10-15', 'extended by 10 days: 15 Oct'],
  ['adjRegister', PINGSHAN, '2026-02-11', 0, 0, '2026-02-25', '5 working days: 12, 13, 14 (make-up), 24, 25 Feb'],
  ['adjRegister', '330106', '2026-02-11', 0, 0, '2026-02-14', 'Zhejiang: 3 working days, the third is the make-up Saturday'],
  ['adjRegister', '310104', '2026-02-11', 0, 0, '2026-02-24', 'Shanghai: 5 calendar days end on 16 Feb in the holiday'],
  ['adjServe', PINGSHAN, '2026-09-28', 0, 0, '2026-10-08', '5 days end on 3 Oct'],
  ['adjAnswer', PINGSHAN, '2026-09-22', 0, 0, '2026-10-08', '15 days end on 7 Oct'],
  ['adjDecide', PINGSHAN, '2024-07-05', 0, 0, '2024-10-08', '3 months end on 5 Oct'],
  ['adjDecide', PINGSHAN, '2024-07-05', 0, 20, '2024-10-25', 'suspended 20 days: 25 Oct'],
  ['adjDecide', PINGSHAN, '2024-07-05', 1, 0, '2024-11-05', 'extended by 1 month'],
  ['adjDecide', '330106', '2024-08-07', 0, 0, '2024-10-08', 'Zhejiang: 2 months end on 7 Oct'],
  ['adjDecide', '500103', '2023-10-10', 0, 0, '2024-02-18', 'Chongqing: 4 months end on 10 Feb in the holiday'],
  ['adjDecide', '500103', '2023-10-10', 2, 0, '2024-04-10', 'Chongqing extended by 2 months'],
  ['adjSue', PINGSHAN, '2026-02-01', 0, 0, '2026-02-24', '15 days end on 16 Feb'],
];

describe('legal time limits around the Spring Festival and National Day', () => {
  for (const [code, region, start, extra, paused, due, why] of CASES) {
    it(`${code} in ${region} from ${start}${extra ? ` +${extra}` : ''}${paused ? ` paused ${paused}` : ''} → ${due} (${why})`, () => {
      expect(engine.dueFor(rules, code, region, start, extra, paused)).toBe(due);
    });
  }

  it('resolves a regional override by the longest prefix and falls back to the national default', () => {
    expect(engine.resolve(rules, 'adjDecide', '330106')).toMatchObject({ region_prefix: '33', length: 2, extension_length: 1 });
    expect(engine.resolve(rules, 'adjDecide', '500103')).toMatchObject({ region_prefix: '50', length: 4, extension_length: 2 });
    expect(engine.resolve(rules, 'adjDecide', '440310')).toMatchObject({ region_prefix: '', length: 3, extension_length: 1 });
    const withCity = [...rules, { code: 'adjDecide', region_prefix: '3301', length: 45, unit: 'calendarDays', extension_length: null, pauses: null, citation: '杭州（测试）' }];
    expect(engine.resolve(withCity, 'adjDecide', '330106').region_prefix).toBe('3301');
    expect(engine.resolve(withCity, 'adjDecide', '330281').region_prefix).toBe('33');
  });
});

function clock(over: Partial<CaseClock>): CaseClock {
  return {
    kind: 'mediation',
    status: 'inMediation',
    source: 'application',
    procedure: null,
    regionCode: PINGSHAN,
    receivedOn: '2024-01-02',
    admittedOn: '2024-01-02',
    assignedOn: '2024-01-03',
    acceptedOn: '2024-01-12',
    contactedOn: '2024-01-15',
    periodDays: 30,
    extensionDays: 0,
    pausedDays: 0,
    appraisalSince: null,
    endedOn: null,
    mediationEndedOn: null,
    effectiveOn: null,
    affectsValidity: false,
    confirmationAppliedOn: null,
    confirmationAcceptedOn: null,
    rulingExtensionDays: 0,
    confirmationDecidedOn: null,
    registeredOn: null,
    servedOn: null,
    answeredOn: null,
    suspendedSince: null,
    decisionExtensionMonths: 0,
    decisionServedOn: null,
    lawsuitFiledOn: null,
    ...over,
  };
}

describe('the deadlines of a case', () => {
  it('runs the mediation period from acceptance and stops it during appraisal', () => {
    const running = engine.deadlines(clock({}), rules, '2024-02-01');
    const period = running.find((d) => d.code === 'periodPreFiling')!;
    expect(period).toMatchObject({ dueOn: '2024-02-18', state: 'running', actor: 'mediator' });
    const during = engine.deadlines(clock({ status: 'appraisal', appraisalSince: '2024-02-01' }), rules, '2024-02-20').find((d) => d.code === 'periodPreFiling')!;
    expect(during).toMatchObject({ dueOn: null, state: 'paused' });
    const after = engine.deadlines(clock({ pausedDays: 19 }), rules, '2024-02-20').find((d) => d.code === 'periodPreFiling')!;
    // 11 Feb + 19 days = 1 Mar, a Friday.
    expect(after).toMatchObject({ dueOn: '2024-03-01', state: 'running' });
    expect(after.length).toContain('中止 19 日不计入');
  });

  it('flags an overdue period and makes it the current deadline', () => {
    const list = engine.deadlines(clock({}), rules, '2024-02-19');
    expect(list.find((d) => d.code === 'periodPreFiling')?.state).toBe('overdue');
    expect(currentDeadline(list)?.code).toBe('periodPreFiling');
  });

  it("lets the parties' choice lapse without making it overdue, and hands the case to the designation clock", () => {
    const c = clock({ status: 'awaitingAssignment', assignedOn: null, acceptedOn: null, contactedOn: null, admittedOn: '2024-02-08' });
    const early = engine.deadlines(c, rules, '2024-02-09');
    expect(currentDeadline(early)).toMatchObject({ code: 'chooseMediator', dueOn: '2024-02-18', actor: 'parties' });
    const late = engine.deadlines(c, rules, '2024-02-19');
    expect(late.find((d) => d.code === 'chooseMediator')?.state).toBe('lapsed');
    expect(currentDeadline(late)).toMatchObject({ code: 'designateMediator', dueOn: '2024-02-19', state: 'running', actor: 'office' });
  });

  it('marks a limit met late when the act came after the day', () => {
    const c = clock({ status: 'contactingRespondent', acceptedOn: '2024-10-10', contactedOn: null });
    expect(engine.deadlines(c, rules, '2024-10-15').find((d) => d.code === 'contactRespondent')?.state).toBe('overdue');
    const done = engine.deadlines({ ...c, status: 'inMediation', contactedOn: '2024-10-15' }, rules, '2024-10-16').find((d) => d.code === 'contactRespondent');
    expect(done).toMatchObject({ state: 'late', metOn: '2024-10-15' });
  });

  it('offers judicial confirmation only to agreements that do not settle ownership or validity', () => {
    const signed = clock({ status: 'agreementSigned', endedOn: '2026-09-05', effectiveOn: '2026-09-05' });
    expect(engine.deadlines(signed, rules, '2026-09-06').find((d) => d.code === 'confirmationApply')).toMatchObject({ dueOn: '2026-10-08', actor: 'parties' });
    expect(engine.deadlines({ ...signed, affectsValidity: true }, rules, '2026-09-06').some((d) => d.code === 'confirmationApply')).toBe(false);
    expect(engine.deadlines({ ...signed, source: 'courtInLitigation', procedure: 'ordinary' }, rules, '2026-09-06').some((d) => d.code === 'confirmationApply')).toBe(false);
  });

  it('stops the adjudication clock while an invalidation request is pending', () => {
    const adj = clock({ kind: 'adjudication', status: 'suspended', receivedOn: '2024-07-01', registeredOn: '2024-07-05', servedOn: '2024-07-08', answeredOn: '2024-07-20', suspendedSince: '2024-08-01' });
    expect(engine.deadlines(adj, rules, '2024-09-01').find((d) => d.code === 'adjDecide')).toMatchObject({ state: 'paused', dueOn: null });
    const resumed = engine.deadlines({ ...adj, status: 'investigation', suspendedSince: null, pausedDays: 20 }, rules, '2024-09-01');
    expect(resumed.find((d) => d.code === 'adjDecide')).toMatchObject({ state: 'running', dueOn: '2024-10-25' });
  });
});

describe('patent numbers', () => {
  it('accepts a valid number with or without ZL and the dot, and names a wrong check character', () => {
    expect(patentNumberProblem('ZL202310123456.6', 'invention')).toBeNull();
    expect(patentNumberProblem('2023101234566', 'invention')).toBeNull();
    expect(patentNumberProblem('ZL202310123456.7', 'invention')).toBe('专利号校验位错误（应为 6）');
    expect(patentNumberProblem('ZL202310123456.6', 'design')).toBe('专利号第5位（1）与专利类型不符');
    expect(patentNumberProblem('ZL2023.6')).toMatch(/^专利号格式应为/);
  });
});
