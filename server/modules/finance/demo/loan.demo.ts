import type { LoanAction } from '../../../../common/finance-loans';
import type { Actor } from '../../../platform/access';
import { addDays } from '../../../platform/calendar';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../deps';
import type { OrgDemo } from '../../org/demo/org.demo';
import { FINANCE_ENTERPRISES } from './finance-enterprises';
import type { DemoPledge } from './pledge.demo';

/** What the loan demo needs from the rest of the finance demo. */
export interface LoanDemoContext {
  /** Organisation ids of the roster enterprises, by roster key. */
  enterprises: Record<string, string>;
  /** Pledge registrations to link to loans (empty where the pledge register is absent). */
  pledges: DemoPledge[];
}

// Every state of the machine, in the proportions a city's book of loans has: mostly active or paid off.
const PATHS: { actions: LoanAction[]; weight: number }[] = [
  { actions: [], weight: 3 },
  { actions: ['approve'], weight: 3 },
  { actions: ['reject'], weight: 2 },
  { actions: ['withdraw'], weight: 1 },
  { actions: ['approve', 'disburse'], weight: 24 },
  { actions: ['approve', 'disburse', 'payOff'], weight: 18 },
  { actions: ['approve', 'disburse', 'reschedule'], weight: 3 },
  { actions: ['approve', 'disburse', 'markDefault'], weight: 3 },
  { actions: ['approve', 'disburse', 'markDefault', 'writeOff'], weight: 1 },
];
const AMOUNTS_WAN = [300, 500, 800, 1000, 1200, 200, 1500, 600, 2000, 450];
const RATES_BP = [345, 365, 385, 310, 330, 400];

/** One bank officer's actor per demo bank (the one demo account belongs to the Bank of China). */
function bankActors(demo: OrgDemo): Actor[] {
  const boc = demo.actorFor('bank');
  return [boc, { ...boc, orgId: demo.orgs.bankCmb, orgName: '招商银行深圳分行' }, { ...boc, orgId: demo.orgs.bankCcb, orgName: '建设银行深圳分行' }];
}

/**
 * The loan half of the demo city: Shenzhen's risk pool (fund : bank : insurer : appraiser =
 * 54 : 26 : 16 : 4, the Zhongshan ratios) funded by central, provincial and city money; 60 loans
 * over the three banks in every state with their repayments; two defaults with claims (one paid
 * out, one paid out and later partly recovered); a subsidy policy and a payment batch.
 */
export async function seedLoanDemo(p: PlatformContext, s: Services, demo: OrgDemo, ctx: LoanDemoContext): Promise<void> {
  const office = demo.officeActor;
  const today = chinaDate(p.clock.now());
  const banks = bankActors(demo);
  const pool = await s.finance.pools.create(office, {
    regionCode: '440300',
    name: '深圳市知识产权质押融资风险补偿资金池',
    centralFen: 2_000_000_000,
    provincialFen: 1_000_000_000,
    cityFen: 2_000_000_000,
    leverageTarget: 10,
    qualifying: 'ipShare',
    perLoanCapFen: 100_000_000,
    capNote: '首年单笔补偿上限 100 万元，此后按合作银行业绩可提高至 150 万元',
    depositMultiple: 10,
    claimDeadlineDays: 10,
    claimDeadlineSource: '参照威海市办法：不良贷款经确认后 10 个工作日内提交补偿申请',
    overflow: 'proRata',
    parties: [
      { role: 'fund', orgId: null, shareBp: 5400 },
      { role: 'bank', orgId: null, shareBp: 2600 },
      { role: 'insurer', orgId: demo.orgs.insurer, shareBp: 1600 },
      { role: 'appraiser', orgId: demo.orgs.appraiser, shareBp: 400 },
    ],
    banks: banks.map((b) => ({ bankOrgId: b.orgId, depositFen: 50_000_000 })),
  });
  const fundedOn = addDays(today, -700);
  for (const [source, amountFen] of [['central', 2_000_000_000], ['provincial', 1_000_000_000], ['city', 2_000_000_000]] as const) {
    await s.finance.pools.fund(office, pool.id, { source, amountFen, on: fundedOn, note: '专项资金拨付' });
  }

  const keys = Object.keys(ctx.enterprises);
  const paths = PATHS.flatMap((x) => Array.from({ length: x.weight }, () => x.actions));
  const defaults: { id: string; bank: Actor }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 60; i++) {
    const bank = banks[i % 3];
    const actions = paths[(i * 7) % paths.length];
    const signedOn = addDays(today, -30 - i * 9);
    const amountFen = AMOUNTS_WAN[i % AMOUNTS_WAN.length] * 1_000_000;
    const mixed = i % 5 === 4;
    const loan = await s.finance.loans.create(bank, {
      enterpriseOrgId: ctx.enterprises[keys[i % keys.length]],
      contractNo: `SZZY-${signedOn.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      pledgeIds: pledgeFor(ctx.pledges, used, ctx.enterprises[keys[i % keys.length]], bank.orgId),
      collateral: mixed ? 'mixed' : 'pureIp',
      ipShareBp: mixed ? 6000 : 10_000,
      amountFen,
      rateBp: RATES_BP[i % RATES_BP.length],
      termMonths: 12,
      signedOn,
    });
    const disbursedOn = addDays(signedOn, 5);
    for (const action of actions) {
      if (action === 'payOff') await repayMonthly(s, bank, loan.id, disbursedOn, today, amountFen, RATES_BP[i % RATES_BP.length], true);
      const on = action === 'disburse' ? disbursedOn : action === 'markDefault' ? addDays(today, -5) : action === 'payOff' || action === 'writeOff' ? addDays(today, -1) : addDays(signedOn, 2);
      await s.finance.loans.act(bank, loan.id, { action, on, overdueDays: action === 'markDefault' ? 95 : undefined, note: null });
      if (action === 'disburse' && actions.length === 2) await repayMonthly(s, bank, loan.id, disbursedOn, today, amountFen, RATES_BP[i % RATES_BP.length], false);
    }
    if (actions.at(-1) === 'markDefault') defaults.push({ id: loan.id, bank });
  }

  await seedClaims(s, demo, pool.id, defaults.slice(0, 2), today);
  await seedSubsidies(s, demo, ctx, today);
}

/** Monthly interest (and the principal at the end, when `payOff`) from disbursement to before today. */
async function repayMonthly(s: Services, bank: Actor, loanId: string, from: string, today: string, amountFen: number, rateBp: number, payOff: boolean): Promise<void> {
  const monthly = Math.floor((amountFen * rateBp) / 10_000 / 12);
  const dates: string[] = [];
  for (let d = addDays(from, 30); d < today && dates.length < 12; d = addDays(d, 30)) dates.push(d);
  for (const [i, paidOn] of dates.entries()) {
    await s.finance.loans.addRepayment(bank, loanId, { paidOn, principalFen: payOff && i === dates.length - 1 ? amountFen : 0, interestFen: monthly });
  }
  if (payOff && dates.length === 0) await s.finance.loans.addRepayment(bank, loanId, { paidOn: addDays(today, -1), principalFen: amountFen, interestFen: monthly });
}

async function seedClaims(s: Services, demo: OrgDemo, poolId: string, defaults: { id: string; bank: Actor }[], today: string): Promise<void> {
  for (const [i, d] of defaults.entries()) {
    const loan = await s.finance.loans.get(d.bank, d.id);
    const claim = await s.finance.claims.apply(d.bank, {
      loanId: d.id,
      poolId,
      defaultConfirmedOn: addDays(today, -3),
      lossFen: Math.min(loan.outstandingFen, 80_000_000 + i * 15_000_000),
      recoveryEfforts: i === 0 ? '已向法院起诉并申请诉前财产保全，质押专利两次挂牌拍卖流拍。' : '已处置质押商标一件，与保证人达成分期还款协议，正在执行。',
      evidenceFileIds: [],
    });
    await s.finance.claims.review(demo.officeActor, claim.id, { approve: true, note: '材料齐全，符合资金池补偿条件' });
    if (i === 1) await s.finance.claims.recover(d.bank, claim.id, { amountFen: 20_000_000, on: today });
    if (i === 0) await s.finance.claims.setTypicalCase(demo.officeActor, claim.id, { typicalCase: true, caseStory: '科技型企业纯专利质押贷款出现不良后，资金池按 54:26:16:4 比例分担损失，银行 10 个工作日内完成补偿申请。' });
  }
}

async function seedSubsidies(s: Services, demo: OrgDemo, ctx: LoanDemoContext, today: string): Promise<void> {
  const office = demo.officeActor;
  const policy = await s.finance.subsidies.createPolicy(office, {
    regionCode: '440300',
    name: '深圳市知识产权质押融资贴息',
    kind: 'lprShare',
    shareBp: 6000,
    capPerEnterpriseYearFen: 50_000_000,
    firstTimeOnly: true,
    source: '参照青岛市办法：按签约前一月一年期LPR的60%贴息，每家企业每年不超过50万元，限首次质押融资企业（示例政策）',
    validFrom: '2024-01-01',
    validTo: null,
  });
  const year = Number(today.slice(0, 4)) - 1;
  const enterprise = demo.actorFor('enterprise');
  const ids: string[] = [];
  // Every roster enterprise whose first loan drew interest last year applies; the first eight go into the batch.
  for (const key of Object.keys(ctx.enterprises)) {
    const actor: Actor = { ...enterprise, orgId: ctx.enterprises[key], regionCode: FINANCE_ENTERPRISES.find((e) => e.key === key)!.region };
    const working = await s.finance.subsidies.preview(actor, policy.id, year);
    if (working.amountFen === 0) continue;
    const a = await s.finance.subsidies.apply(actor, { policyId: policy.id, year, feePaidFen: 0 });
    if (ids.length < 8) {
      await s.finance.subsidies.review(office, a.id, { approve: true, note: null });
      ids.push(a.id);
    }
  }
  if (ids.length) await s.finance.subsidies.createBatch(office, { regionCode: '440300', title: `${year}年度知识产权质押融资贴息第一批`, applicationIds: ids });
}

/** The enterprise's pledge in force with this bank that no loan uses yet, if any (a loan needs no registered pledge to be made). */
function pledgeFor(pledges: readonly DemoPledge[], used: Set<string>, enterpriseOrgId: string, bankOrgId: string): string[] {
  const found = pledges.find((x) => x.enterpriseOrgId === enterpriseOrgId && x.bankOrgId === bankOrgId && (x.status === 'registered' || x.status === 'changed') && !used.has(x.id));
  if (!found) return [];
  used.add(found.id);
  return [found.id];
}
