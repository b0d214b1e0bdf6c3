import type { Logger } from 'pino';
import { z } from 'zod';
import type { ImportRowError, Job } from '../../../common/jobs';
import type { Org } from '../../../common/org';
import {
  CASE_SOURCES,
  CaseSourceLabels,
  DISPUTE_TYPES,
  DisputeTypeLabels,
  formatPatentNumber,
  MediationCaseCreateSchema,
  type MediationCaseCreate,
  patentNumberProblem,
  PROCEDURES,
  ProcedureLabels,
  type RightInput,
} from '../../../common/protection';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { chinaDate, type Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { type ImportColumn, writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import { cityWide, isCaseOffice, regionAllowed } from './protection.policy';
import type { Intake } from './intake.service';
import type { ChangeEvent, Notifier } from './notifier.service';
import { inTransaction } from '../../db/unit-of-work';

/** Columns of the bulk referral template (a court's batch of 委派/委托 cases, or an office's referrals). */
export const CASE_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'source', header: '来源', required: true, example: '法院委派（诉前）', note: CASE_SOURCES.filter((s) => s !== 'mediationTransfer').map((s) => CaseSourceLabels[s].zh).join('、') },
  { key: 'orgName', header: '调解组织', required: true, example: '深圳市坪山区知识产权纠纷人民调解委员会', width: 36, note: '已登记案号代字的调解组织全称' },
  { key: 'disputeType', header: '纠纷类型', required: true, example: '专利', note: DISPUTE_TYPES.map((d) => DisputeTypeLabels[d].zh).join('、') },
  { key: 'regionCode', header: '发生地', required: true, example: '深圳市坪山区', note: '6位行政区划代码或名称' },
  { key: 'courtName', header: '法院', example: '深圳市坪山区人民法院', width: 24, note: '法院委派、委托的案件必填（法院用户可不填，默认为本院）' },
  { key: 'courtCaseNo', header: '法院案号', example: '（2024）粤0310民诉前调123号', width: 26, note: '委托调解必填' },
  { key: 'procedure', header: '适用程序', example: '', note: '委托调解填写：普通程序 或 简易程序' },
  { key: 'applicantName', header: '申请人', required: true, example: '深圳市示例科技有限公司', width: 30 },
  { key: 'applicantPhone', header: '申请人电话' },
  { key: 'respondentName', header: '被申请人', required: true, example: '深圳市示例电子有限公司', width: 30 },
  { key: 'respondentPhone', header: '被申请人电话' },
  { key: 'summary', header: '纠纷简要情况', required: true, example: '被申请人销售的产品涉嫌侵犯申请人发明专利权。', width: 40 },
  { key: 'claims', header: '请求事项', required: true, example: '停止侵权，赔偿损失10万元。', width: 30 },
  { key: 'amountYuan', header: '标的额（元）', example: '100000', kind: 'number' },
  { key: 'rights', header: '涉案权利', example: 'ZL202310123456.6', width: 30, note: '专利号或商标注册号，多个用顿号分隔；专利类型按专利号第5位识别' },
];

const byLabel = <K extends string>(keys: readonly K[], labels: Record<K, { zh: string }>) => new Map<string, K>(keys.flatMap((k) => [[labels[k].zh, k], [k, k]] as [string, K][]));
const SOURCES = byLabel(['application', 'courtPreFiling', 'courtInLitigation', 'officeReferral'] as const, CaseSourceLabels);
const TYPES = byLabel(DISPUTE_TYPES, DisputeTypeLabels);
const PROC = byLabel(PROCEDURES, ProcedureLabels);

const enumCell = <K extends string>(map: Map<string, K>, what: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const k = map.get(v);
      if (!k) {
        ctx.addIssue({ code: 'custom', message: `未知${what}「${v}」` });
        return z.NEVER;
      }
      return k;
    });

/** One spreadsheet row, before names are resolved. */
export const CaseImportRowSchema = z.object({
  source: enumCell(SOURCES, '来源'),
  orgName: z.string().trim().min(1),
  disputeType: enumCell(TYPES, '纠纷类型'),
  regionCode: z.string().trim().min(1),
  courtName: z.string().trim().optional(),
  courtCaseNo: z.string().trim().max(60).optional(),
  procedure: enumCell(PROC, '程序').optional(),
  applicantName: z.string().trim().min(1).max(100),
  applicantPhone: z.string().trim().max(30).optional(),
  respondentName: z.string().trim().min(1).max(100),
  respondentPhone: z.string().trim().max(30).optional(),
  summary: z.string().trim().min(1).max(2000),
  claims: z.string().trim().min(1).max(2000),
  amountYuan: z.coerce.number().min(0, '不能为负').max(1e12).optional(),
  rights: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      const out: RightInput[] = [];
      for (const n of (v ?? '').split(/[、,，;；\s]+/).filter(Boolean)) {
        if (/^\d{1,10}$/.test(n)) out.push({ kind: 'trademark', number: n, title: null });
        else {
          const problem = patentNumberProblem(n);
          if (problem) {
            ctx.addIssue({ code: 'custom', message: `${n}：${problem}` });
            return z.NEVER;
          }
          const type = n.toUpperCase().replace(/^(ZL|CN)/, '')[4];
          out.push({ kind: type === '3' ? 'design' : type === '2' || type === '9' ? 'utilityModel' : 'invention', number: formatPatentNumber(n), title: null });
        }
      }
      return out;
    }),
});
type Row = z.output<typeof CaseImportRowSchema>;

/** Bulk filing of mediation cases from the template: every row checked first, then all filed in one transaction or none. */
export function createCaseImport(deps: {
  db: Db;
  clock: Clock;
  jobs: JobService;
  intake: Intake;
  notifier: Notifier;
  orgsByName: (actor: Actor, kind: Org['kind'], names: readonly string[]) => Promise<Org[]>;
  resolveRegion: (text: string) => string;
  logger: Logger;
}) {
  const { db, clock, jobs, intake, notifier, orgsByName, resolveRegion, logger } = deps;
  const header = (key: string) => CASE_IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;

  return {
    template: () => writeTemplate('纠纷案件', CASE_IMPORT_COLUMNS),

    async start(actor: Actor, bytes: Buffer): Promise<Job> {
      const isOffice = isCaseOffice(actor);
      const announce: [string, ChangeEvent][] = [];
      // Organisation names for the court-docking events, found while checking the rows.
      const names = new Map<string, string>();
      const directory = cityWide(actor);
      return startImport(jobs, actor, bytes, {
        kind: 'protection.cases.import',
        columns: CASE_IMPORT_COLUMNS,
        rowSchema: CaseImportRowSchema,
        check: async (rows: ValidRow<Row>[], errors: ImportRowError[]): Promise<ValidRow<MediationCaseCreate>[]> => {
          const found = [
            ...(await orgsByName(directory, 'mediationOrg', [...new Set(rows.map((r) => r.value.orgName))])),
            ...(await orgsByName(directory, 'court', [...new Set(rows.flatMap((r) => (r.value.courtName ? [r.value.courtName] : [])))])),
          ];
          for (const o of found) names.set(o.id, o.name);
          const orgs = new Map(found.filter((o) => o.kind === 'mediationOrg').map((o) => [o.name, o.id]));
          const courts = new Map(found.filter((o) => o.kind === 'court').map((o) => [o.name, o.id]));
          const ready: ValidRow<MediationCaseCreate>[] = [];
          for (const { rowNumber, value: v } of rows) {
            const add = (key: string, message: string) => errors.push({ row: rowNumber, field: header(key), message });
            const before = errors.length;
            let region = '';
            try {
              region = resolveRegion(v.regionCode);
              if (isOffice && !regionAllowed(actor, region)) add('regionCode', '超出您的管辖范围');
            } catch (err) {
              add('regionCode', err instanceof AppError ? (err.fields?.[0]?.message ?? err.message) : '无效');
            }
            const orgId = orgs.get(v.orgName);
            if (!orgId) add('orgName', `找不到调解组织「${v.orgName}」`);
            const fromCourt = v.source === 'courtPreFiling' || v.source === 'courtInLitigation';
            let courtId = v.courtName ? courts.get(v.courtName) : undefined;
            if (v.courtName && !courtId) add('courtName', `找不到法院「${v.courtName}」`);
            if (!isOffice) {
              if (!fromCourt) add('source', '法院只能委派或委托调解');
              if (courtId && courtId !== actor.orgId) add('courtName', '只能以本院名义委派或委托调解');
              courtId = actor.orgId;
            }
            if (errors.length > before) continue;
            const parsed = MediationCaseCreateSchema.safeParse({
              source: v.source,
              orgId,
              regionCode: region,
              disputeType: v.disputeType,
              procedure: v.procedure ?? null,
              courtId: fromCourt ? (courtId ?? null) : null,
              courtCaseNo: v.courtCaseNo ?? null,
              summary: v.summary,
              claims: v.claims,
              amountFen: Math.round((v.amountYuan ?? 0) * 100),
              parties: [
                { role: 'applicant', kind: 'organisation', name: v.applicantName, phone: v.applicantPhone ?? null },
                { role: 'respondent', kind: 'organisation', name: v.respondentName, phone: v.respondentPhone ?? null },
              ],
              rights: v.rights.map((r) => ({ ...r })),
            });
            if (!parsed.success) {
              for (const issue of parsed.error.issues) add(String(issue.path[0] ?? 'summary') === 'courtId' ? 'courtName' : String(issue.path[0] ?? 'summary'), issue.message);
              continue;
            }
            ready.push({ rowNumber, value: parsed.data });
          }
          return ready;
        },
        persist: async (rows, progress) => {
          await inTransaction(db, async (trx) => {
            const at = clock.now();
            const day = chinaDate(at);
            for (const [i, { value: c }] of rows.entries()) {
              const screened = c.source !== 'application';
              const r = await intake.insert(
                trx,
                actor,
                {
                  kind: 'mediation',
                  source: c.source,
                  status: screened ? 'awaitingAssignment' : 'submitted',
                  orgId: c.orgId,
                  regionCode: c.regionCode,
                  disputeType: c.disputeType,
                  procedure: c.source === 'courtInLitigation' ? (c.procedure ?? 'ordinary') : null,
                  courtId: c.courtId ?? null,
                  courtCaseNo: c.courtCaseNo,
                  referringOrgId: c.source === 'officeReferral' ? actor.orgId : (c.courtId ?? null),
                  fromCaseId: null,
                  summary: c.summary,
                  claims: c.claims,
                  amountFen: c.amountFen,
                  receivedOn: day,
                  admittedOn: screened ? day : null,
                  parties: c.parties,
                  rights: c.rights,
                },
                at,
                names,
              );
              announce.push([r.id, r.change]);
              if (i % 20 === 0) progress(i);
            }
          });
          // The cases are saved: a notice that cannot go out is logged, as a single case's is.
          for (const [id, change] of announce) await notifier.notifyNext(id, change).catch((err: unknown) => logger.warn({ err, caseId: id }, 'could not notify the next actor'));
        },
      });
    },
  };
}
export type CaseImport = ReturnType<typeof createCaseImport>;
