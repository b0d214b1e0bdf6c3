import { MeetingKindSchema } from '../../../../common/conference-report';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../index';
import { demoCreditCode } from '../../org/demo/org.demo';

const TIANMEN = '429006';
const SIGNED_ON = '2024-09-28';
const wan = (n: number) => n * 1_000_000;

/**
 * The five enterprises of seed 004's signing: three named in the report, two more as "等5家" says
 * (made up, 示例); amounts are not in the report and are made up too. The first three signed loans
 * the Bank of China branch records; the other two signed intentions.
 */
const SIGNERS = [
  { name: '湖北益泰药业股份有限公司（示例）', shortName: '益泰药业', wan: 1000, loan: true },
  { name: '天门市红日子食品有限公司（示例）', shortName: '红日子', wan: 500, loan: true },
  { name: '天门市悦姿服饰有限公司（示例）', shortName: '悦姿服饰', wan: 300, loan: true },
  { name: '天门市华隆纺织科技有限公司（示例）', shortName: '华隆纺织', wan: 300, loan: false },
  { name: '天门市楚禾生物科技有限公司（示例）', shortName: '楚禾生物', wan: 200, loan: false },
] as const;

/**
 * Tianmen's joint conference of 28 September (seed 004) and the pledge-financing signing held at it
 * with the Bank of China's Tianmen branch, recorded as the meeting's outcomes. The demo city has no
 * Tianmen office and no conference demo records the meeting, so it is recorded here through the
 * conference module's services by the platform administrator.
 */
export async function seedSigningDemo(_p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const admin = demo.actorFor('admin');
  const org = (name: string, shortName: string, kind: 'bank' | 'enterprise') =>
    s.org.orgs.create(admin, { name, shortName, kind, regionCode: TIANMEN, parentId: null, creditCode: demoCreditCode(name, kind, TIANMEN), address: null, phone: null });
  const boc = await org('中国银行股份有限公司天门分行', '中国银行天门分行', 'bank');
  const { meetingId } = await s.conference.recordReportedMeeting(admin, {
    title: '全市知识产权部门联席会议暨多元解纷工作推进会议',
    kind: MeetingKindSchema.parse('progressMeeting'),
    startsAt: `${SIGNED_ON}T09:00:00+08:00`,
    regionCode: TIANMEN,
    venue: '天门职业学院',
    mode: 'offline',
    summary:
      '副市长沈超出席会议。会上传达学习了全省知识产权局长研修班会议精神，解读了《天门市知识产权纠纷多元调解工作实施方案》；仙桃海关、市市场监管局、市人民法院联合签署《关于加强知识产权保护合作协议》；中国人民银行天门分行介绍了知识产权金融创新产品，发布了知识产权质押融资授信企业白名单，并与益泰药业、红日子、悦姿服饰等5家企业现场完成质押融资签约。',
    attendees: [
      { name: '沈超', title: '天门市副市长', orgName: null },
      { name: '黄仁杰', title: '市知识产权部门联席会议办公室主任、市市场监管局局长', orgName: null },
      { name: '张凡', title: '市市场监管局党组成员、公检中心主任', orgName: null },
    ],
    agreements: [{ title: '关于加强知识产权保护合作协议', kind: 'agreement', parties: ['仙桃海关', '天门市市场监督管理局', '天门市人民法院'] }],
  });
  const bank: Actor = { ...demo.actorFor('bank'), displayName: '中国银行天门分行 信贷经理', orgId: boc.id, orgName: boc.name, regionCode: TIANMEN };
  for (const [i, signer] of SIGNERS.entries()) {
    const enterprise = await org(signer.name, signer.shortName, 'enterprise');
    let loanId: string | null = null;
    if (signer.loan) {
      const loan = await s.finance.loans.create(bank, { enterpriseOrgId: enterprise.id, contractNo: `ZHTM-2024-ZY-${String(i + 1).padStart(3, '0')}`, pledgeIds: [], collateral: 'pureIp', ipShareBp: 10_000, amountFen: wan(signer.wan), rateBp: 345, termMonths: 12, signedOn: SIGNED_ON });
      await s.finance.loans.act(bank, loan.id, { action: 'approve', on: SIGNED_ON, note: null });
      await s.finance.loans.act(bank, loan.id, { action: 'disburse', on: '2024-10-08', note: null });
      loanId = loan.id;
    }
    await s.finance.signings.record(admin, meetingId, {
      bankOrgId: boc.id,
      enterpriseOrgId: enterprise.id,
      kind: signer.loan ? 'loan' : 'intention',
      amountFen: wan(signer.wan),
      signedOn: SIGNED_ON,
      loanId,
      note: signer.loan ? '现场签订知识产权质押贷款合同（金额为示例）' : '现场签订质押融资意向书（金额为示例）',
    });
  }
}
