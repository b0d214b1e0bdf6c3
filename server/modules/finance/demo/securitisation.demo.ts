import type { DemoContext } from '../../../demo/demo-context';
import type { PlatformContext } from '../../../platform/context';
import { chinaDate } from '../../../platform/clock';
import type { Services } from '../../index';

const wan = (n: number) => n * 1_000_000;

/**
 * Two Shenzhen IP securitisation products (seed 002: the city's IP securitisation 持续领跑全国), in
 * the shape such issues take: a licence-fee product of a district's technology SMEs and a
 * pledge-loan product, each with a senior tranche and a subordinate tranche held by the originator.
 * Names and amounts are made up (示例).
 */
export async function seedSecuritisationDemo(p: PlatformContext, s: Services, demo: DemoContext, enterprises: Record<string, string>): Promise<void> {
  const office = demo.officeActor;
  const year = Number(chinaDate(p.clock.now()).slice(0, 4));
  const pick = (...keys: string[]) => keys.map((k) => enterprises[k]).filter((id): id is string => !!id);
  await s.finance.securitisations.create(office, {
    regionCode: '440310',
    name: `深圳市坪山区知识产权许可资产支持专项计划（第一期）（示例）`,
    issuer: '深圳市坪山区科技金融服务有限公司（示例）',
    amountFen: wan(31_200),
    issueDate: `${year - 1}-06-18`,
    termMonths: 36,
    underlying: '坪山区12家国家高新技术企业以发明专利独占许可—再许可方式形成的许可费应收账款，专利权同时办理质押登记',
    enterpriseOrgIds: pick('pingshanMaterials', 'julongEquipment', 'kangyuanBio', 'lanxinBattery', 'fengchiMotor'),
    tranches: [
      { name: '优先A级', trancheClass: 'senior', amountFen: wan(29_600), couponBp: 228, rating: 'AAA' },
      { name: '次级', trancheClass: 'subordinate', amountFen: wan(1_600), couponBp: null, rating: null },
    ],
    note: '原始权益人持有全部次级份额，并由市融资担保机构提供差额支付承诺（示例）',
  });
  await s.finance.securitisations.create(office, {
    regionCode: '440300',
    name: `深圳市知识产权质押贷款资产支持专项计划（${year}年第一期）（示例）`,
    issuer: '深圳市高新投小额贷款有限公司（示例）',
    amountFen: wan(50_000),
    issueDate: `${year}-03-26`,
    termMonths: 24,
    underlying: '合作银行向全市31家科技型中小企业发放的知识产权质押贷款债权，单笔不超过1000万元',
    enterpriseOrgIds: pick('xinlianElectronics', 'haiguangOptics', 'ruidaRobot', 'tianhuiSemi', 'jinpengMedical', 'qingyuanEnv', 'shengshiGenomics'),
    tranches: [
      { name: '优先A1级', trancheClass: 'senior', amountFen: wan(30_000), couponBp: 198, rating: 'AAA' },
      { name: '优先A2级', trancheClass: 'senior', amountFen: wan(17_500), couponBp: 215, rating: 'AAA' },
      { name: '次级', trancheClass: 'subordinate', amountFen: wan(2_500), couponBp: null, rating: null },
    ],
    note: null,
  });
}
