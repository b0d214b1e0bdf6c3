import type { CaseDetail } from '../../../../common/protection-case';
import type { CaseAction } from '../../../../common/protection-workflow';
import type { Actor } from '../../../platform/access';

/** What a demo step may use: the case, the actors around it, and the demo's clock. */
export interface DemoCtx {
  id: string;
  act(actor: Actor, body: CaseAction): Promise<void>;
  today(): string;
  detail(): Promise<CaseDetail>;
  jointApplication(): Promise<string>;
  /** `office` is the court for court referrals: whoever designates. */
  actors: { office: Actor; court: Actor; mediator: Actor; applicant: Actor | null; district: Actor };
  mediatorId: string;
  courtId: string;
  officeId: string;
  seq: number;
}

/** One action on a given day after receipt. */
export interface DemoStep {
  day: number;
  run(c: DemoCtx): Promise<void>;
}

const step = (day: number, run: (c: DemoCtx) => Promise<void>): DemoStep => ({ day, run });
const year = (c: DemoCtx) => c.today().slice(0, 4);

const admit = step(0, (c) => c.act(c.actors.district, { action: 'admit' }));
const designate = step(1, (c) => c.act(c.actors.office, { action: 'designate', mediatorId: c.mediatorId }));
const accept = step(2, (c) => c.act(c.actors.mediator, { action: 'accept', hasConflict: false, disclosure: '本人与各方当事人及其代理人无亲属、雇佣或业务往来关系。' }));
const contact = step(3, (c) => c.act(c.actors.mediator, { action: 'contactRespondent', result: 'agreed', note: '电话联系被申请人法务，同意参加调解' }));

async function draft(c: DemoCtx, complete: boolean): Promise<void> {
  const parties = (await c.detail()).parties;
  await c.act(c.actors.mediator, {
    action: 'draftAgreement',
    terms: '一、被申请人立即停止生产、销售涉案产品；二、被申请人向申请人支付和解款项（含维权合理开支），分两期支付；三、双方就本案再无其他争议。',
    performanceMethod: '银行转账至申请人指定账户',
    performanceDeadline: addMonth(c.today()),
    affectsValidity: false,
    signedPartyIds: complete ? parties.map((p) => p.id) : parties.slice(0, 1).map((p) => p.id),
    mediatorSigned: true,
    sealed: complete,
  });
}

function addMonth(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

const draftFull = (day: number) => step(day, (c) => draft(c, true));
const apply = (day: number) => step(day, async (c) => c.act(c.actors.mediator, { action: 'applyConfirmation', courtId: c.courtId, jointApplicationEvidenceId: await c.jointApplication() }));
const acceptConf = (day: number) => step(day, (c) => c.act(c.actors.court, { action: 'acceptConfirmation', confirmationNo: `（${year(c)}）粤0310民特${300 + c.seq}号` }));
const terminate = (day: number) => step(day, (c) => c.act(c.actors.mediator, { action: 'terminate', ground: 'tooFarApart', detail: '双方对赔偿数额分歧较大，经三次调解未能达成一致。' }));
const report = (day: number) =>
  step(day, (c) => c.act(c.actors.mediator, { action: 'reportFailure', whatHappened: '组织双方线上调解三次，固定了无争议事实（涉案产品型号、销售数量）。', whyFailed: '赔偿数额分歧较大。', costConduct: '被申请人一次无正当理由缺席调解。' }));

/** The actions that take a demo case from filing to `status` (adjudication statuses are prefixed `adj:`). */
export function demoPath(status: string, source: string, k: number): DemoStep[] {
  const preFiling = source !== 'courtInLitigation';
  const start = [...(source === 'application' ? [admit] : []), designate, accept, ...(preFiling ? [contact] : [])];
  switch (status) {
    case 'submitted':
      return [];
    case 'returned':
      return [step(1, (c) => c.act(c.actors.district, { action: 'return', reason: '申请事项属于合同履行纠纷，不涉及知识产权，建议向人民调解委员会申请。' }))];
    case 'awaitingAssignment':
      return source === 'application' ? [admit] : [];
    case 'assigned':
      return start.slice(0, source === 'application' ? 2 : 1);
    case 'contactingRespondent':
      return start.slice(0, source === 'application' ? 3 : 2);
    case 'inMediation':
      return start;
    case 'appraisal':
      return [...start, step(8, (c) => c.act(c.actors.mediator, { action: 'startAppraisal', institution: '中国（深圳）知识产权保护中心', matter: '被诉产品与专利权利要求的技术特征比对' }))];
    case 'agreementPending':
      return [...start, step(15, (c) => draft(c, false))];
    case 'agreementSigned':
      return [...start, draftFull(12)];
    case 'confirmationRequested':
      return [...start, draftFull(20), apply(25)];
    case 'confirmationAccepted':
      return [...start, draftFull(15), apply(28), acceptConf(30)];
    case 'confirmed':
      return [...start, draftFull(25), apply(30), acceptConf(31), step(40, (c) => c.act(c.actors.court, { action: 'ruleConfirmation', result: 'confirmed' }))];
    case 'confirmationRejected':
      return [...start, draftFull(20), apply(25), acceptConf(26), step(35, (c) => c.act(c.actors.court, { action: 'ruleConfirmation', result: 'rejected', reason: '协议约定的违约金明显过高，损害案外人合法权益。' }))];
    case 'closed':
      return [...start, draftFull(5), step(7, (c) => c.act(c.actors.court, { action: 'issueDocument', documentNo: `（${year(c)}）粤0310民初${2000 + c.seq}号民事调解书` }))];
    case 'withdrawn':
      return [
        ...start,
        step(10, (c) =>
          c.actors.applicant
            ? c.act(c.actors.applicant, { action: 'withdraw', reason: '双方已自行和解。' })
            : c.act(c.actors.mediator, { action: 'terminate', ground: 'settledWithdrawn', detail: '双方自行达成和解，申请人撤回申请。' }),
        ),
      ];
    case 'terminated':
      return [...start, terminate(20)];
    case 'failureReported':
      return [...start, terminate(6), report(7)];
    case 'transferred':
      return [...start, terminate(20), report(21), step(25, (c) => c.act(c.actors.court, { action: 'transfer', destination: 'courtRegistered', courtCaseNo: `（${year(c)}）粤0310民初${5000 + c.seq + k}号` }))];
    case 'toAdjudication':
      return [...start, terminate(6), report(7), step(8, (c) => c.act(c.actors.district, { action: 'transfer', destination: 'adjudication', adjudicationOrgId: c.officeId }))];
    default:
      return adjudicationPath(status.replace(/^adj:/, ''));
  }
}

function adjudicationPath(status: string): DemoStep[] {
  const office = (day: number, body: (c: DemoCtx) => CaseAction) => step(day, (c) => c.act(c.actors.district, body(c)));
  const register = office(2, () => ({ action: 'register', handlers: [{ name: '王磊', presiding: true }, { name: '赵敏', presiding: false }, { name: '孙立', presiding: false }] }));
  const serve = office(4, () => ({ action: 'serve' }));
  const answer = office(15, () => ({ action: 'recordAnswer', summary: '被请求人认为被诉产品采用现有技术，不构成侵权。' }));
  const decide = (day: number) => office(day, () => ({ action: 'decide', result: 'infringing', orders: '责令被请求人立即停止制造、销售侵犯ZL专利权的产品，销毁库存侵权产品。' }));
  const served = (day: number) => office(day, () => ({ action: 'serveDecision' }));
  const heard = [register, serve, answer];
  switch (status) {
    case 'notAccepted':
      return [office(3, () => ({ action: 'notAccept', reason: '涉案专利权已终止，请求不符合受理条件。' }))];
    case 'registered':
      return [office(3, () => ({ action: 'register', handlers: [{ name: '王磊', presiding: true }, { name: '赵敏', presiding: false }, { name: '孙立', presiding: false }] }))];
    case 'served':
      return [register, serve];
    case 'investigation':
      return [...heard, office(30, (c) => ({ action: 'recordHearing', heldOn: c.today(), mode: 'oral', summary: '双方就技术特征比对进行质证。' }))];
    case 'suspended':
      return [...heard, office(30, (c) => ({ action: 'suspend', invalidationNo: '4W1' + String(10000 + c.seq), invalidationAcceptedOn: c.today() }))];
    case 'mediated':
      return [...heard, office(40, () => ({ action: 'mediate', terms: '被请求人停止销售并支付赔偿', damagesFen: 12_000_000 }))];
    case 'withdrawn':
      return [register, serve, office(20, () => ({ action: 'withdraw', reason: '双方自行和解，请求人撤回请求。' }))];
    case 'decided':
      return [...heard, decide(60)];
    case 'decisionServed':
      return [...heard, decide(80), served(95)];
    case 'litigation':
      return [...heard, decide(60), served(65), office(70, (c) => ({ action: 'recordLawsuit', courtId: c.courtId, filedOn: c.today(), courtCaseNo: `（${c.today().slice(0, 4)}）粤0310行初${60 + c.seq}号` }))];
    case 'enforcementRequested':
      return [...heard, decide(60), served(65), office(90, (c) => ({ action: 'requestEnforcement', courtId: c.courtId }))];
    case 'final':
      return [...heard, decide(60), served(65), office(90, () => ({ action: 'finalize' }))];
    default:
      throw new Error(`no demo path to ${status}`);
  }
}
