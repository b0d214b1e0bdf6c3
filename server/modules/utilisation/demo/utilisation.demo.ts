import { PatentListQuerySchema, type Patent } from '../../../../common/stats-records';
import type { PayKind } from '../../../../common/utilisation';
import type { DemoContext } from '../../../demo/demo-context';
import type { Actor } from '../../../platform/access';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../index';
import { seedGiBrandDemo } from './gi.demo';
import { seedTransferDemo } from './transfer.demo';
import { actorOfOrg, DEMO_ENTERPRISES, DEMO_UNIVERSITIES, type DemoHolder, ensureOrg } from './utilisation-parties';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const PAY: PayKind[] = ['royaltySales', 'royaltySales', 'royaltyProfit', 'lumpSum', 'free'];
const USES = ['用于新能源汽车动力电池量产线', '用于公司新一代产品研发与小批量试产', '用于现有生产线的工艺改造', '用于储能系统集成项目', '用于医疗器械样机开发', '用于智能制造装备升级'];

/**
 * The utilisation part of the demo city: 150 patents declared for open licence (50 of Shenzhen's
 * universities, the rest of its enterprises), applications in every state, a few withdrawals that keep
 * their licences, 300 transfers and licences over three years, two GI products and a brand programme.
 */
export async function seedUtilisationDemo(p: PlatformContext, s: Services, demo: DemoContext): Promise<void> {
  const office = demo.officeActor;
  const universities: DemoHolder[] = [{ name: '深圳技术大学', shortName: '深技大', kind: 'university', region: '440310', field: 'newEnergyVehicle', id: demo.orgs.university }];
  for (const u of DEMO_UNIVERSITIES) universities.push({ ...u, id: await ensureOrg(s, demo, u) });
  const enterprises: DemoHolder[] = [{ name: '深圳市坪山新材料科技有限公司（示例）', shortName: '坪山新材料', kind: 'enterprise', region: '440310', field: 'newMaterials', id: demo.orgs.enterpriseA }];
  for (const e of DEMO_ENTERPRISES) enterprises.push({ ...e, id: await ensureOrg(s, demo, e) });

  const today = chinaDate(p.clock.now());
  const pool = await candidatePatents(s, office);
  const patents = pool.filter((x) => termLeft(x, today)).slice(0, 150);
  const holders = [...Array.from({ length: 50 }, (_, i) => universities[i % universities.length]), ...Array.from({ length: 100 }, (_, i) => enterprises[i % enterprises.length])];
  const declared: { id: string; holder: DemoHolder }[] = [];
  for (const [i, holder] of holders.entries()) {
    const patent = patents[i];
    if (!patent) break;
    try {
      declared.push({ id: await declareOne(s, office, holder, patent, i, today), holder });
    } catch (err) {
      p.logger.warn({ err, patent: patent.applicationNo }, 'utilisation demo: a declaration was not made');
    }
  }
  await seedApplications(s, demo, declared, enterprises);
  // A few of 深圳技术大学's patents in force stay undeclared and unassigned: the stock still to be opened.
  const stock = pool.filter((x) => termLeft(x, today)).slice(150, 156);
  for (const x of stock) await s.stats.records.facts.setHolder('patent', x.applicationNo, universities[0].name);
  const kept = new Set([...patents, ...stock].map((x) => x.applicationNo));
  await seedTransferDemo(p, s, demo, { universities, enterprises, patents: pool.filter((x) => !kept.has(x.applicationNo)) });
  await seedGiBrandDemo(p, s, demo);
}

/** Granted Shenzhen inventions and utility models in force, newest first, past the hundred the finance demo may pledge. */
async function candidatePatents(s: Services, office: Actor): Promise<Patent[]> {
  const out: Patent[] = [];
  for (let page = 1; page <= 10; page += 1) {
    const q = PatentListQuerySchema.parse({ status: 'valid', type: ['invention', 'utilityModel'], regionCode: '440300', page, pageSize: 200, sort: 'applicationDate', order: 'desc' });
    const items = (await s.stats.records.patents(office, q)).items;
    out.push(...items.filter((x) => x.grantDate && x.mainIpc));
    if (items.length < 200) break;
  }
  return out.slice(100);
}

/** Patents whose term leaves room for a licence of a year and more. */
function termLeft(x: Patent, today: string): boolean {
  return Number(x.applicationDate.slice(0, 4)) + (x.type === 'invention' ? 20 : 10) - 2 > Number(today.slice(0, 4));
}

async function declareOne(s: Services, office: Actor, holder: DemoHolder, patent: Patent, i: number, today: string): Promise<string> {
  await s.stats.records.facts.setHolder('patent', patent.applicationNo, holder.name);
  const termFrom = addDays(today, 7 + (i % 20));
  const expiry = `${Number(patent.applicationDate.slice(0, 4)) + (patent.type === 'invention' ? 20 : 10)}${patent.applicationDate.slice(4)}`;
  const threeYears = `${Number(termFrom.slice(0, 4)) + 3}${termFrom.slice(4)}`;
  const payKind = PAY[i % PAY.length];
  const d = await s.utilisation.declarations.create(office, {
    holderOrgId: holder.id,
    patentNo: patent.applicationNo,
    field: (i % 3 === 0 ? 'newEnergyVehicle' : i % 3 === 1 ? holder.field : 'newMaterials'),
    evaluationReportNo: patent.type === 'invention' ? null : `PJ${patent.applicationDate.slice(0, 4)}${String(1000 + i)}`,
    payKind,
    rateBp: payKind === 'royaltySales' ? 150 + (i % 8) * 50 : payKind === 'royaltyProfit' ? 500 + (i % 6) * 250 : null,
    lumpSumFen: payKind === 'lumpSum' ? (2 + (i % 9)) * 5_000_000 : null,
    termFrom,
    termTo: addDays(threeYears < expiry ? threeYears : expiry, -1),
    fieldOfUse: i % 4 === 0 ? '中国大陆，限于自行实施，不得转许可' : '中国大陆',
    annualFeeFen: patent.type === 'invention' ? [120_000, 200_000, 400_000][i % 3] : 60_000,
  });
  return d.id;
}

/** Applications in every state; enterprise A both applies and, as a holder, receives applications. */
async function seedApplications(s: Services, demo: DemoContext, declared: { id: string; holder: DemoHolder }[], enterprises: DemoHolder[]): Promise<void> {
  const base = demo.actorFor('enterprise');
  const office = demo.officeActor;
  for (const [i, d] of declared.slice(0, 48).entries()) {
    const applicant = d.holder.id === enterprises[0].id ? enterprises[1 + (i % 4)] : i % 3 === 0 ? enterprises[0] : enterprises[1 + ((i * 5) % (enterprises.length - 1))];
    if (applicant.id === d.holder.id) continue;
    const a = await s.utilisation.applications.apply(actorOfOrg(base, applicant), { declarationId: d.id, intendedUse: USES[i % USES.length] });
    const holder = d.holder.id === enterprises[0].id ? base : office;
    if (i % 4 === 0 || i % 4 === 1) await s.utilisation.applications.decide(holder, a.id, { decision: 'grant', note: '同意按开放许可声明的条件实施' });
    else if (i % 4 === 2 && i % 8 !== 6) await s.utilisation.applications.decide(holder, a.id, { decision: 'decline', note: '申请实施领域超出声明的实施范围' });
  }
  // Enterprise A's own patents: declared by it, with applications waiting for its answer.
  for (const d of declared.filter((x) => x.holder.id === enterprises[0].id).slice(0, 3)) {
    await s.utilisation.applications.apply(actorOfOrg(base, enterprises[6]), { declarationId: d.id, intendedUse: '用于储能电池包结构件生产' }).catch(() => undefined);
  }
  // Two withdrawals keep the licences already granted on them.
  for (const d of [declared[0], declared[4], ...declared.slice(60, 68)]) if (d) await s.utilisation.declarations.withdraw(office, d.id, '专利权人拟与特定企业签订独占许可合同');
}
