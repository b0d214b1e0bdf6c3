import { type IpRightKind, type PledgeCheck, REFUSAL_GROUNDS } from '../../../../common/finance';

/** What the platform's own records say about one right, gathered by the pledge service. */
export interface RightFacts {
  kind: IpRightKind;
  number: string;
  /** The right's record in the statistics module; null when the platform holds none. */
  record: RightRecord | null;
  /** Other pledges on the same number that are not released or refused. */
  openPledges: number;
  /** Open protection cases naming the right. */
  cases: { caseNo: string; freezes: boolean; invalidation: boolean }[];
  coOwners: { name: string; consented: boolean }[];
}

/** The record of a patent, trademark or GI, reduced to what the checks read. */
export type RightRecord =
  | { kind: 'patent'; holderName: string; patentType: string; applicationDate: string; grantDate: string | null; legalStatus: string; statusDate: string | null; sameDayInvention: boolean }
  | { kind: 'trademark'; holderName: string; registrationDate: string; status: string; statusDate: string | null }
  | { kind: 'gi'; holderName: string | null; registrationDate: string; status: string; statusDate: string | null };

/** The pledge as the checks see it. */
export interface PledgeFacts {
  pledgorName: string;
  debtEnd: string;
  today: string;
}

const rule = (n: number): string => `第${n}项：${REFUSAL_GROUNDS[n - 1].zh}`;
const check = (rightNumber: string | null, ground: number, outcome: PledgeCheck['outcome'], reason: string): PledgeCheck => ({ rightNumber, ground, rule: rule(ground), outcome, reason });

/** A company name compared loosely: full-width brackets and spaces do not make another holder. */
export function sameHolder(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

/** Adds whole years to a date (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/**
 * The last day of a patent's term, from its application date (专利法 art. 42: invention 20 years,
 * utility model 10, design 15 for applications from 2021-06-01 and 10 before).
 */
export function patentTermEnd(patentType: string, applicationDate: string): string {
  const years = patentType === 'invention' ? 20 : patentType === 'design' && applicationDate >= '2021-06-01' ? 15 : 10;
  return dayBefore(addYears(applicationDate, years));
}

/** The last day of a trademark's current ten-year term on `today` (商标法 arts. 39–40: renewable by ten years). */
export function trademarkTermEnd(registrationDate: string, today: string): string {
  let end = dayBefore(addYears(registrationDate, 10));
  for (let k = 2; end < today && k < 100; k += 1) end = dayBefore(addYears(registrationDate, 10 * k));
  return end;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Grounds 2, 3 and 4: the right is granted (registered) and in force. */
function inForce(no: string, r: RightRecord): PledgeCheck {
  if (r.kind === 'patent') {
    if (r.legalStatus === 'pending') return check(no, 3, 'fail', '专利申请尚在审查中，未授权');
    if (r.legalStatus === 'rejected' || r.legalStatus === 'withdrawn') return check(no, 3, 'fail', `专利申请已${r.legalStatus === 'rejected' ? '驳回' : '撤回'}，未授权`);
    if (r.legalStatus === 'lapsed') return check(no, 4, 'fail', `未按规定缴纳年费，专利权已于${r.statusDate ?? '（日期不详）'}终止`);
    if (r.legalStatus === 'invalidated') return check(no, 2, 'fail', `专利权已于${r.statusDate ?? '（日期不详）'}被宣告无效`);
    if (r.legalStatus === 'expired') return check(no, 2, 'fail', `专利权已于${r.statusDate ?? '（日期不详）'}期限届满终止`);
    return check(no, 2, 'pass', `已于${r.grantDate ?? '（日期不详）'}授权，法律状态有效（年费已缴）`);
  }
  const valid = r.kind === 'trademark' ? r.status === 'registered' : r.status === 'valid';
  if (!valid) return check(no, 2, 'fail', `${r.kind === 'trademark' ? '注册商标' : '地理标志'}已于${r.statusDate ?? '（日期不详）'}失效（${r.status}）`);
  return check(no, 2, 'pass', `已于${r.registrationDate}${r.kind === 'trademark' ? '核准注册' : '登记'}，状态有效`);
}

/** Ground 6: the debt term ends before the right does. */
function termCovers(no: string, r: RightRecord, p: PledgeFacts): PledgeCheck {
  if (r.kind === 'gi') return check(no, 6, 'pass', '地理标志无保护期限');
  if (r.kind === 'trademark') {
    const end = trademarkTermEnd(r.registrationDate, p.today);
    if (p.debtEnd <= end) return check(no, 6, 'pass', `债务期限至${p.debtEnd}，在注册商标有效期（至${end}）内`);
    return check(no, 6, 'warn', `债务期限至${p.debtEnd}，超过注册商标本期有效期（至${end}）；须在期满前办理续展`);
  }
  const end = patentTermEnd(r.patentType, r.applicationDate);
  if (p.debtEnd <= end) return check(no, 6, 'pass', `债务期限至${p.debtEnd}，在专利权期限（至${end}）内`);
  return check(no, 6, 'fail', `债务期限至${p.debtEnd}，超过专利权期限（自申请日${r.applicationDate}起算，至${end}）`);
}

/** Every pre-check of one right; a right the platform holds no record of fails on ground 12. */
export function checkRight(f: RightFacts, p: PledgeFacts): PledgeCheck[] {
  const no = f.number;
  const out: PledgeCheck[] = [];
  const r = f.record;
  if (!r) return [check(no, 12, 'fail', '本平台的知识产权记录中查无此号，无法核验权利人和法律状态')];
  if (r.holderName && sameHolder(r.holderName, p.pledgorName)) out.push(check(no, 1, 'pass', `登记的权利人为${r.holderName}`));
  else out.push(check(no, 1, 'fail', `登记的权利人为${r.holderName ?? '（未记载）'}，不是出质人${p.pledgorName}`));
  out.push(inForce(no, r));
  out.push(termCovers(no, r, p));
  out.push(f.openPledges > 0 ? check(no, 9, 'fail', `该权利已有${f.openPledges}项未注销的质押`) : check(no, 9, 'pass', '没有未注销的质押'));
  const freezing = f.cases.filter((c) => c.freezes);
  out.push(freezing.length ? check(no, 5, 'fail', `权属纠纷或保全案件未结：${freezing.map((c) => c.caseNo).join('、')}`) : check(no, 5, 'pass', '没有未结的权属纠纷或保全案件'));
  const refusing = f.coOwners.filter((c) => !c.consented);
  if (refusing.length) out.push(check(no, 8, 'fail', `共有人${refusing.map((c) => c.name).join('、')}未同意出质`));
  else out.push(check(no, 8, 'pass', f.coOwners.length ? `全体共有人（${f.coOwners.map((c) => c.name).join('、')}）同意出质` : '没有共有人'));
  if (r.kind === 'patent' && r.patentType === 'utilityModel') {
    out.push(r.sameDayInvention ? check(no, 10, 'warn', '同一申请人同日就同样的发明创造申请了发明专利；当事人坚持的，可提交《质押专利同日申请情况的声明》后办理') : check(no, 10, 'pass', '没有同日申请的发明专利'));
  }
  const invalidation = f.cases.filter((c) => c.invalidation);
  out.push(invalidation.length ? check(no, 11, 'warn', `无效宣告程序进行中（${invalidation.map((c) => c.caseNo).join('、')}）；当事人坚持的可以办理`) : check(no, 11, 'pass', '没有进行中的无效宣告程序'));
  return out;
}

/** The pre-checks of a whole pledge, right by right. */
export function checkPledge(p: PledgeFacts, rights: RightFacts[]): PledgeCheck[] {
  return rights.flatMap((f) => checkRight(f, p));
}

/** What stops the filing: the first failed check, or a warning the parties have not insisted on. */
export function blockingCheck(checks: PledgeCheck[], overrideWarnings: boolean): PledgeCheck | null {
  return checks.find((c) => c.outcome === 'fail') ?? (overrideWarnings ? null : (checks.find((c) => c.outcome === 'warn') ?? null));
}
