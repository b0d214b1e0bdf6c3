// The filing conditions are rows of data (code, threshold, source); this checks an enterprise's facts
// against them. Facts come from the platform's records (region, patents in force) and from what the
// enterprise declares (staff, founding date, dishonesty), and each line says which it was.

import type { CheckLine, ConditionCode } from '../../../../common/centre';

/** One condition as configured. */
export interface ConditionRule {
  code: ConditionCode;
  name: string;
  threshold: number | null;
  source: string;
  active: boolean;
}

/** What the check reads about the enterprise. */
export interface FilingFacts {
  today: string;
  establishedOn: string;
  insuredStaff: number;
  /** The enterprise's region is inside the window's region. */
  inRegion: boolean;
  /** The fields asked for, and those the window serves. */
  fieldCodes: readonly string[];
  windowFields: readonly string[];
  dishonesty: boolean;
  abnormalFiling: boolean;
  /** Invention patents in force held by the enterprise in the platform's records. */
  inventions: number;
  /** Utility models and designs granted as first applicant (declared). */
  otherGrants: number;
}

function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function lineOf(rule: ConditionRule, f: FilingFacts): { met: boolean; detail: string } {
  const n = rule.threshold ?? 0;
  switch (rule.code) {
    case 'localYears': {
      const years = yearsBetween(f.establishedOn, f.today);
      if (!f.inRegion) return { met: false, detail: '企业注册地不在本窗口服务区域内' };
      return { met: years >= n, detail: `成立于${f.establishedOn}，已满${Math.max(years, 0)}年（要求${n}年）` };
    }
    case 'insuredStaff':
      return { met: f.insuredStaff >= n, detail: `参保职工${f.insuredStaff}人（要求不少于${n}人）` };
    case 'approvedField': {
      const outside = f.fieldCodes.filter((c) => !f.windowFields.includes(c));
      return { met: f.fieldCodes.length > 0 && outside.length === 0, detail: outside.length ? '所选领域不在本窗口服务范围内' : '所选领域均在服务范围内' };
    }
    case 'noDishonesty':
      return { met: !f.dishonesty && !f.abnormalFiling, detail: f.dishonesty ? `近${n}年有失信记录` : f.abnormalFiling ? `近${n}年有非正常专利申请` : `近${n}年无失信记录和非正常专利申请（企业声明）` };
    case 'patentRecord': {
      const met = f.inventions >= Math.max(n, 1) || f.otherGrants >= 3;
      return { met, detail: `平台记录有效发明专利${f.inventions}件，申报实用新型、外观设计授权${f.otherGrants}件` };
    }
  }
}

/** Each active condition with whether the facts meet it and why. */
export function checkFiling(rules: readonly ConditionRule[], facts: FilingFacts): CheckLine[] {
  return rules.filter((r) => r.active).map((r) => ({ code: r.code, name: r.name, source: r.source, ...lineOf(r, facts) }));
}

/** The request field each condition is about, so a failed check names a field of the form. */
export const CONDITION_FIELD: Record<ConditionCode, string> = {
  localYears: 'establishedOn',
  insuredStaff: 'insuredStaff',
  approvedField: 'fieldCodes',
  noDishonesty: 'dishonesty',
  patentRecord: 'otherGrants',
};
