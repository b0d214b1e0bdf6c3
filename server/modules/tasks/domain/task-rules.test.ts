import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../../common/tasks-assessment';
import { createWorkingCalendar } from '../../../platform/calendar';
import { deadlineOf, evaluate, numberStyle, parseDeadline, parsePastedPlan, rollUp, score, shouldEscalate, styledNumber } from './task-rules';

const cal = createWorkingCalendar();
const open = (deadline: string | null, progress = 0) => ({ deadline, progress, completedOn: null, cancelled: false });

describe('deadlines around National Day', () => {
  it('counts working days across the 2024 holiday and its make-up Sunday and Saturday', () => {
    // Resolution of Friday 2024-09-27 "within 5 working days": 09-29 (Sun, make-up), 09-30, then 10-08, 10-09, 10-10.
    expect(deadlineOf({ from: '2024-09-27', length: 5, unit: 'workingDays' }, cal)).toBe('2024-10-10');
    // 10 working days from 2024-09-30 run past the holiday and count Saturday 10-12 as a working day.
    expect(deadlineOf({ from: '2024-09-30', length: 10, unit: 'workingDays' }, cal)).toBe('2024-10-18');
    // 7 calendar days from 09-25 land on 10-02, a holiday, and move to 10-08.
    expect(deadlineOf({ from: '2024-09-25', length: 7, unit: 'calendarDays' }, cal)).toBe('2024-10-08');
  });

  it('turns a task yellow five working days before its deadline, counting the holiday as no working days', () => {
    // Deadline 10-10: from 09-26 there are 09-27, 09-29, 09-30, 10-08, 10-09, 10-10 = 6 working days.
    expect(evaluate(open('2024-10-10'), '2024-09-26', cal)).toEqual({ status: 'planned', flag: 'none' });
    // From 09-27: 09-29, 09-30, 10-08, 10-09, 10-10 = 5 → yellow, although 13 calendar days remain.
    expect(evaluate(open('2024-10-10', 40), '2024-09-27', cal)).toEqual({ status: 'atRisk', flag: 'yellow' });
    expect(evaluate(open('2024-10-10', 40), '2024-10-10', cal)).toEqual({ status: 'atRisk', flag: 'yellow' });
    expect(evaluate(open('2024-10-10', 40), '2024-10-11', cal)).toEqual({ status: 'overdue', flag: 'red' });
    expect(evaluate(open('2024-12-31', 40), '2024-10-11', cal)).toEqual({ status: 'inProgress', flag: 'none' });
    expect(evaluate({ ...open('2024-10-10'), completedOn: '2024-10-15' }, '2024-10-20', cal)).toEqual({ status: 'completed', flag: 'none' });
    expect(evaluate({ ...open('2024-10-10'), cancelled: true }, '2024-10-20', cal)).toEqual({ status: 'cancelled', flag: 'none' });
  });
});

describe('roll-up by weight', () => {
  it('weights children, ignores cancelled ones, and completes the parent only when every child is done', () => {
    expect(rollUp([
      { progress: 100, weight: 3, completedOn: '2024-05-01', cancelled: false },
      { progress: 20, weight: 1, completedOn: null, cancelled: false },
      { progress: 0, weight: 5, completedOn: null, cancelled: true },
    ])).toEqual({ progress: 80, completedOn: null });
    expect(rollUp([
      { progress: 100, weight: 1, completedOn: '2024-05-01', cancelled: false },
      { progress: 100, weight: 1, completedOn: '2024-06-03', cancelled: false },
    ])).toEqual({ progress: 100, completedOn: '2024-06-03' });
    // All weights zero: a plain average. Nearly done is still not 100.
    expect(rollUp([
      { progress: 99, weight: 0, completedOn: null, cancelled: false },
      { progress: 100, weight: 0, completedOn: '2024-01-02', cancelled: false },
    ]).progress).toBe(99);
  });
});

describe('escalation', () => {
  it('escalates an unanswered notice the day after its response is due, up to the top level', () => {
    const n = { status: 'open', responseDue: '2024-10-08', level: 0 };
    expect(shouldEscalate(n, '2024-10-08', 2)).toBe(false);
    expect(shouldEscalate(n, '2024-10-09', 2)).toBe(true);
    expect(shouldEscalate({ ...n, status: 'responded' }, '2024-10-09', 2)).toBe(false);
    expect(shouldEscalate({ ...n, status: 'escalated', level: 2 }, '2024-12-01', 2)).toBe(false);
  });
});

describe('assessment', () => {
  it('scores on time, late and not done by weight, adds capped bonuses and ranks', () => {
    const names = new Map([['a', '甲单位'], ['b', '乙单位'], ['c', '丙单位']]);
    const rows = score(
      [
        { orgId: 'a', weight: 3, deadline: '2024-06-30', completedOn: '2024-06-30' },
        { orgId: 'a', weight: 1, deadline: '2024-06-30', completedOn: '2024-07-10' },
        { orgId: 'b', weight: 1, deadline: '2024-06-30', completedOn: '2024-06-01' },
        { orgId: 'b', weight: 1, deadline: '2024-06-30', completedOn: null },
      ],
      [{ orgId: 'b', points: 8 }, { orgId: 'b', points: 5 }, { orgId: 'c', points: 2 }],
      DEFAULT_RULES,
      names,
    );
    // 甲: (3×1 + 1×0.6)/4 = 90. 乙: (1 + 0)/2 = 50, bonus 13 capped at 10 → 60. 丙: bonus only → 2.
    expect(rows.map((r) => [r.rank, r.orgName, r.baseScore, r.bonus, r.total, r.onTime, r.late, r.notDone])).toEqual([
      [1, '甲单位', 90, 0, 90, 1, 1, 0],
      [2, '乙单位', 50, 10, 60, 1, 0, 1],
      [3, '丙单位', 0, 2, 2, 0, 0, 0],
    ]);
  });
});

describe('work plans as written', () => {
  it('reads numbering styles, deadlines and units from pasted text', () => {
    expect(numberStyle('三、')).toEqual({ style: 1, value: 3 });
    expect(numberStyle('（十二）')).toEqual({ style: 2, value: 12 });
    expect(numberStyle('7.')).toEqual({ style: 3, value: 7 });
    expect(numberStyle('甲')).toBeNull();
    expect(styledNumber(2, 11)).toBe('（十一）');
    expect(parseDeadline('2024年6月底', 2024)).toBe('2024-06-30');
    expect(parseDeadline('2月底', 2024)).toBe('2024-02-29');
    expect(parseDeadline('年底前', 2024)).toBe('2024-12-31');
    expect(parseDeadline('长期', 2024)).toBeNull();
    expect(parseDeadline('2024-02-30', 2024)).toBeUndefined();
    const { items, errors } = parsePastedPlan(
      [
        '一、聚焦发展新质生产力，健全产业知识产权协同发展机制',
        '（一）建设产业知识产权运营中心（牵头单位：市市场监管局；配合单位：市科技局、市工信局；完成时限：2024年9月底）',
        '1. 完成新能源汽车产业运营中心验收（市市场监管局负责）',
        '围绕运营中心开展专利导航。',
        '二、高规格推进国家知识产权保护示范区建设',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(items.map((i) => [i.line, i.style, i.title, i.lead, i.supports, i.deadlineText])).toEqual([
      [1, 1, '聚焦发展新质生产力，健全产业知识产权协同发展机制', null, [], null],
      [2, 2, '建设产业知识产权运营中心', '市市场监管局', ['市科技局', '市工信局'], '2024年9月底'],
      [3, 3, '完成新能源汽车产业运营中心验收', '市市场监管局', [], null],
      [5, 1, '高规格推进国家知识产权保护示范区建设', null, [], null],
    ]);
    expect(items[2].description).toBe('围绕运营中心开展专利导航。');
    expect(parsePastedPlan('没有编号的一行').errors[0].line).toBe(1);
  });
});
