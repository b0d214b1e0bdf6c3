import type { ImportRowError, Job } from '../../../common/jobs';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { FieldLabels, type Field } from '../../../common/utilisation';
import { DealKindLabels, type HolderRegion, type RightKind, type Transfer, type TransferCreate, type TransferListQuery, type TransferStats, type TransferStatsQuery } from '../../../common/utilisation-transfers';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { ApplicationRepository } from './application.repository';
import type { DeclarationRepository } from './declaration.repository';
import { feeReductionFen } from './domain/open-licence-rules';
import { patentKey } from './declaration-support.service';
import { TRANSFER_EXPORT_COLUMNS, TRANSFER_IMPORT_COLUMNS, type TransferImportRow, TransferImportRowSchema } from './transfer.workbook';
import type { TransferRepository, TransferRow, TransferValues } from './transfer.repository';
import { canManageUtilisation, canSeeRegister, canSeeUtilisation, utilisationScope } from './utilisation.policy';

/** The transfer register: assignments and licences recorded or imported, the holder region on a date, and the transformation statistics. */
export function createTransferService(deps: { db: Db; repo: TransferRepository; declarations: DeclarationRepository; applications: ApplicationRepository; org: OrgServices; stats: StatsServices; audit: AuditWriter; clock: Clock; jobs: JobService }) {
  const { db, repo, org, stats, audit, clock } = deps;
  const regionName = (c: string | null) => (c ? org.regions.fullName(c) : null);

  const map = (r: TransferRow): Transfer => ({
    id: r.id,
    dealKind: r.deal_kind as Transfer['dealKind'],
    licenceKind: r.licence_kind as Transfer['licenceKind'],
    rightKind: r.right_kind as RightKind,
    rightNo: r.right_no,
    rightTitle: r.right_title,
    industry: r.industry as Field | null,
    fromName: r.from_name,
    fromKind: r.from_kind as Transfer['fromKind'],
    fromRegionName: regionName(r.from_region),
    toName: r.to_name,
    toKind: r.to_kind as Transfer['toKind'],
    toRegionName: regionName(r.to_region),
    amountFen: Number(r.amount_fen),
    contractNo: r.contract_no,
    effectiveOn: r.effective_on,
    licenceTo: r.licence_to,
    source: r.source as Transfer['source'],
  });

  /** The right's record: its title and its holder region before any transfer. */
  async function record(kind: RightKind, no: string): Promise<{ title: string | null; holderName: string; regionCode: string | null; seiField: Field | null } | null> {
    const found = await stats.records.facts.rights({ patents: kind === 'patent' ? [no] : [], trademarks: kind === 'trademark' ? [no] : [], gis: [] });
    const r = kind === 'patent' ? found.patents[0] : found.trademarks[0];
    return r ? { title: r.title, holderName: r.holderName, regionCode: r.regionCode, seiField: null } : null;
  }

  /** Checks a deal and answers the row to store; `field` maps request fields to an import's column names. */
  async function prepare(actor: Actor, v: TransferCreate, source: TransferRow['source'], field: (f: string) => string = (f) => f): Promise<TransferValues> {
    const no = v.rightKind === 'patent' ? patentKey(v.rightNo) : v.rightNo.trim();
    for (const [side, p] of [['from', v.from], ['to', v.to]] as const) {
      if (p.regionCode && !org.regions.exists(p.regionCode)) throw fieldError(field(`${side}.regionCode`), `行政区划代码 ${p.regionCode} 不存在`);
    }
    if (!canManageUtilisation(actor, v.to.regionCode ?? v.from.regionCode ?? actor.regionCode)) throw fieldError(field('to.regionCode'), '双方都不在您的管辖范围内');
    if (v.dealKind === 'licence' && !v.licenceKind) throw fieldError(field('licenceKind'), '许可须写明许可方式');
    if (v.dealKind === 'assignment' && v.licenceKind) throw fieldError(field('licenceKind'), '转让不填写许可方式');
    if (v.effectiveOn > chinaDate(clock.now())) throw fieldError(field('effectiveOn'), '生效日期不能晚于今天');
    if (v.licenceTo && v.licenceTo <= v.effectiveOn) throw fieldError(field('licenceTo'), '许可期限应晚于生效日期');
    const rec = await record(v.rightKind, no);
    if (!rec) throw fieldError(field('rightNo'), `${v.rightKind === 'patent' ? '专利' : '商标'} ${v.rightNo} 不在平台的知识产权数据中`);
    if (v.licenceKind === 'open' && !(await deps.declarations.openOnPatents(db, [no])).length) throw fieldError(field('licenceKind'), '该专利未声明开放许可，不能登记为开放许可');
    return {
      deal_kind: v.dealKind, licence_kind: v.licenceKind ?? null, right_kind: v.rightKind, right_no: no, right_title: rec.title, industry: v.industry ?? null,
      from_name: v.from.name, from_org_id: v.from.orgId ?? null, from_kind: v.from.kind, from_region: v.from.regionCode ?? rec.regionCode,
      to_name: v.to.name, to_org_id: v.to.orgId ?? null, to_kind: v.to.kind, to_region: v.to.regionCode ?? null,
      amount_fen: v.amountFen, contract_no: v.contractNo ?? null, effective_on: v.effectiveOn, licence_to: v.licenceTo ?? null, source, declaration_id: null,
    };
  }

  const service = {
    async list(actor: Actor, q: TransferListQuery): Promise<Page<Transfer>> {
      const { rows, total } = await repo.list(db, { q: q.q, dealKinds: q.dealKind, rightKinds: q.rightKind, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, year: q.year, universityToEnterprise: q.universityToEnterprise }, utilisationScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'effectiveOn', order: q.order });
      return { items: rows.map(map), total, page: q.page, pageSize: q.pageSize };
    },
    async exportXlsx(actor: Actor, q: TransferListQuery): Promise<Buffer> {
      const page = await service.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '转让许可登记', rows: page.items, columns: TRANSFER_EXPORT_COLUMNS });
    },
    async get(actor: Actor, id: string): Promise<Transfer> {
      const r = await repo.find(db, id);
      if (!r || !canSeeUtilisation(actor, { regions: [r.from_region, r.to_region], orgIds: [r.from_org_id, r.to_org_id] })) throw notFound('转让许可登记');
      return map(r);
    },
    /** Records one assignment or licence. */
    async create(actor: Actor, input: TransferCreate): Promise<Transfer> {
      const v = await prepare(actor, input, 'recorded');
      const id = await inTransaction(db, async (trx) => {
        const newId = await repo.insert(trx, v, actor.userId, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'utilisationTransfer', entityId: newId, after: v });
        return newId;
      });
      return service.get(actor, id);
    },
    async importTemplate(): Promise<Buffer> {
      return writeTemplate('转让许可', TRANSFER_IMPORT_COLUMNS);
    },
    /** Imports assignments and licences from Excel: all rows or none. */
    async importTransfers(actor: Actor, bytes: Buffer): Promise<Job> {
      const column = (f: string) => TRANSFER_IMPORT_COLUMNS.find((c) => c.key === f.replace('.regionCode', 'Region'))?.header ?? f;
      return startImport(deps.jobs, actor, bytes, {
        kind: 'utilisation.transfers',
        columns: TRANSFER_IMPORT_COLUMNS,
        rowSchema: TransferImportRowSchema,
        async check(rows: ValidRow<TransferImportRow>[], errors: ImportRowError[]) {
          const out: ValidRow<TransferValues>[] = [];
          for (const r of rows) {
            const x = r.value;
            const input: TransferCreate = { dealKind: x.dealKind, licenceKind: x.licenceKind ?? null, rightKind: x.rightKind, rightNo: x.rightNo, industry: null, from: { name: x.from, kind: x.fromKind, regionCode: x.fromRegion ?? null }, to: { name: x.to, kind: x.toKind, regionCode: x.toRegion ?? null }, amountFen: x.amount, contractNo: x.contractNo ?? null, effectiveOn: x.effectiveOn };
            try {
              out.push({ rowNumber: r.rowNumber, value: await prepare(actor, input, 'imported', column) });
            } catch (err) {
              if (!(err instanceof AppError) || !err.fields?.[0]) throw err;
              errors.push({ row: r.rowNumber, field: err.fields[0].field, message: err.fields[0].message });
            }
          }
          return out;
        },
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            for (const r of rows) {
              const id = await repo.insert(trx, r.value, actor.userId, clock.now());
              await audit.record(trx, actor, { action: 'import', entityType: 'utilisationTransfer', entityId: id, after: r.value });
            }
          });
          progress(rows.length);
        },
      });
    },
    /** Where a right's holder was on a date: its record's region, or where the latest assignment by then moved it. */
    async holderRegion(actor: Actor, kind: RightKind, rightNo: string, asOf: string): Promise<HolderRegion> {
      const no = kind === 'patent' ? patentKey(rightNo) : rightNo.trim();
      const rec = await record(kind, no);
      if (!rec) throw notFound(kind === 'patent' ? '专利' : '商标');
      const moved = await repo.lastAssignment(db, kind, no, asOf);
      const regionCode = moved ? moved.to_region : rec.regionCode;
      if (!canSeeRegister(actor, regionCode ?? actor.regionCode) && !canSeeRegister(actor, rec.regionCode ?? '')) throw notFound(kind === 'patent' ? '专利' : '商标');
      return { rightKind: kind, rightNo: no, asOf, regionCode, regionName: regionName(regionCode), holderName: moved ? moved.to_name : rec.holderName, byTransferId: moved?.id ?? null };
    },
    /** The year's transformation statistics of a region: by receiving district, industry, deal kind, university to enterprise. */
    async statistics(actor: Actor, q: TransferStatsQuery): Promise<TransferStats> {
      const regionCode = q.regionCode ?? actor.regionCode;
      if (!canSeeRegister(actor, regionCode)) throw forbidden('只能查看本辖区的转化运用统计');
      const prefix = regionPrefix(regionCode);
      const s = await inTransaction(db, (trx) => repo.statistics(trx, q.year, prefix));
      const open = await deps.declarations.openCounts(db, prefix);
      const pct = Number((await deps.declarations.rules(db)).find((r) => r.code === 'annualFeeReductionPct')?.value ?? 0);
      const granted = await deps.applications.grantedIn(db, q.year, prefix);
      const row = (key: string, label: string, g: { count: number; amount_fen: number }) => ({ key, label, count: Number(g.count), amountFen: Number(g.amount_fen) });
      const inOut = (code: string) => ({
        rightsIn: s.moves.filter((m) => m.to_region === code).reduce((n, m) => n + Number(m.count), 0),
        rightsOut: s.moves.filter((m) => m.from_region === code).reduce((n, m) => n + Number(m.count), 0),
      });
      const total = s.byDealKind.reduce((a, g) => ({ count: a.count + Number(g.count), amount_fen: a.amount_fen + Number(g.amount_fen) }), { count: 0, amount_fen: 0 });
      return {
        year: q.year,
        total: row('total', '合计', total),
        byDistrict: s.byDistrict.map((g) => ({ ...row(g.key ?? 'outside', g.key ? org.regions.fullName(g.key) : '辖区外受让', g), ...(g.key ? inOut(g.key) : { rightsIn: 0, rightsOut: 0 }) })).sort((a, b) => b.count - a.count),
        byIndustry: s.byIndustry.map((g) => row(g.key ?? 'none', g.key && g.key in FieldLabels ? FieldLabels[g.key as Field].zh : '未分类', g)).sort((a, b) => b.count - a.count),
        byDealKind: s.byDealKind.map((g) => row(g.key ?? '', DealKindLabels[g.key as 'assignment' | 'licence']?.zh ?? '', g)),
        universityToEnterprise: row('universityToEnterprise', '高校向企业转化', s.u2e),
        openLicences: { open: open.open, universities: open.universities, granted, feeReductionFen: feeReductionFen(open.annual_fee_fen, pct, true) },
      };
    },
  };
  return service;
}
export type TransferService = ReturnType<typeof createTransferService>;
