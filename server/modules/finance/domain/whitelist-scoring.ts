import { type Criterion, CriterionLabels, type ScoreLine } from '../../../../common/finance-whitelist';
import { regionPrefix } from '../../../../common/region';

/** What the platform knows of an applicant: derived from its records, or stored on the application after the office checked it. */
export interface ApplicantFacts {
  highTech: boolean;
  /** Invention patents in force held by the enterprise (stats records). */
  inventions: number;
  highValue: number;
  /** Null while the office has not checked. */
  dishonesty: boolean | null;
  abnormalFiling: boolean | null;
  regionCode: string;
}

/** One criterion: met, missed or not yet known (null), and why. */
function line(c: Criterion, f: ApplicantFacts): Omit<ScoreLine, 'earned' | 'label' | 'required' | 'points' | 'key'> {
  switch (c.key) {
    case 'highTech':
      return { met: f.highTech, reason: f.highTech ? '高新技术企业（申报，经审核确认）' : '不是高新技术企业' };
    case 'inventionPatents':
      return { met: f.inventions >= (c.threshold ?? 1), reason: `有效发明专利${f.inventions}件（要求至少${c.threshold ?? 1}件）` };
    case 'highValuePatents':
      return { met: f.highValue >= (c.threshold ?? 1), reason: `高价值发明专利${f.highValue}件（要求至少${c.threshold ?? 1}件）` };
    case 'noDishonesty':
      return f.dishonesty === null ? { met: null, reason: '失信记录待核查' } : { met: !f.dishonesty, reason: f.dishonesty ? '有失信记录' : '经核查无失信记录' };
    case 'noAbnormalFiling':
      return f.abnormalFiling === null ? { met: null, reason: '非正常专利申请待核查' } : { met: !f.abnormalFiling, reason: f.abnormalFiling ? '有非正常专利申请' : '经核查无非正常专利申请' };
    case 'region': {
      const inRegion = !!c.regionCode && f.regionCode.startsWith(regionPrefix(c.regionCode));
      return { met: inRegion, reason: inRegion ? `注册地（${f.regionCode}）在指定区域内` : `注册地（${f.regionCode}）不在指定区域（${c.regionCode}）内` };
    }
  }
}

/** Scores an applicant against a batch's criteria: points per criterion met, eligible when every required one is met and the score reaches the pass mark. */
export function scoreApplicant(criteria: readonly Criterion[], passScore: number, f: ApplicantFacts): { score: number; eligible: boolean; lines: ScoreLine[] } {
  const lines: ScoreLine[] = criteria.map((c) => {
    const r = line(c, f);
    return { key: c.key, label: CriterionLabels[c.key].zh, required: c.required, points: c.points, met: r.met, earned: r.met ? c.points : 0, reason: r.reason };
  });
  const score = lines.reduce((s, l) => s + l.earned, 0);
  const eligible = lines.every((l) => !l.required || l.met === true) && score >= passScore;
  return { score, eligible, lines };
}
