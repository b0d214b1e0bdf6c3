import type { ImportRowError, Job } from '../../../common/jobs';
import type { Declaration, DeclarationCreate, Rule, RuleUpdate } from '../../../common/utilisation';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { startImport, type ValidRow } from '../../platform/import';
import type { DeclarationDeps, DeclarationSupport } from './declaration-support.service';
import { DECLARATION_IMPORT_COLUMNS, type DeclarationImportRow, DeclarationImportRowSchema } from './declaration.workbook';
import type { DeclarationValues } from './declaration.repository';
import { canDeclareFor, canManageUtilisation } from './utilisation.policy';

// The import reports a problem under the spreadsheet's column, not the request field.
const IMPORT_COLUMN: Record<string, string> = Object.fromEntries(DECLARATION_IMPORT_COLUMNS.map((c) => [c.key, c.header]));
const columnOf = (field: string): string => ({ holderOrgId: '专利权人', rateBp: '提成比例(%)', lumpSumFen: '一次性许可费(元)' })[field] ?? IMPORT_COLUMN[field] ?? field;

/** The writes of open-licence declarations: declare, withdraw, bulk listing, and the rules. */
export function createDeclarationCommands(deps: DeclarationDeps, support: DeclarationSupport, get: (actor: Actor, id: string) => Promise<Declaration>) {
  const { db, repo, audit, clock, org } = deps;

  async function insertChecked(trx: Parameters<Parameters<typeof inTransaction>[1]>[0], actor: Actor, v: DeclarationValues & { search_text: string }, field: string): Promise<string> {
    if ((await repo.openOnPatents(trx, [v.patent_no])).length) throw fieldError(field, '该专利已声明开放许可');
    const id = await repo.insert(trx, v, actor.userId, clock.now());
    const { search_text: _s, ...after } = v;
    await audit.record(trx, actor, { action: 'declare', entityType: 'utilisationDeclaration', entityId: id, after });
    return id;
  }

  return {
    /** Declares a patent for open licence after every check the law and the rules set. */
    async create(actor: Actor, input: DeclarationCreate): Promise<Declaration> {
      const v = await support.prepare(actor, input, await support.ruleRows());
      const id = await inTransaction(db, (trx) => insertChecked(trx, actor, v, 'patentNo'));
      return get(actor, id);
    },

    /** Withdraws a declaration; the licences already granted on it stay in force (专利法 art. 50). */
    async withdraw(actor: Actor, id: string, reason: string): Promise<Declaration> {
      const before = await support.visible(actor, id);
      if (!canDeclareFor(actor, before.holder_org_id, before.region_code)) throw forbidden('只有专利权人或其所在地知识产权局可以撤回开放许可声明');
      await inTransaction(db, async (trx) => {
        const locked = await repo.lock(trx, id);
        if (!locked) throw notFound('开放许可声明');
        if (locked.status !== 'open') throw conflict('该声明已撤回');
        const on = chinaDate(clock.now());
        await repo.withdraw(trx, id, on, reason, clock.now());
        await audit.record(trx, actor, { action: 'withdraw', entityType: 'utilisationDeclaration', entityId: id, before: { status: 'open' }, after: { status: 'withdrawn', withdrawnOn: on, reason, licencesKept: Number(before.licences) } });
      });
      return get(actor, id);
    },

    /** Lists many patents at once from Excel (a university's stock patents): all rows or none. */
    async importDeclarations(actor: Actor, bytes: Buffer): Promise<Job> {
      const rules = await support.ruleRows();
      const names = await org.orgs.nameIndex({ ...actor, scope: actor.scope === 'org' ? 'all' : actor.scope });
      return startImport(deps.jobs, actor, bytes, {
        kind: 'utilisation.declarations',
        columns: DECLARATION_IMPORT_COLUMNS,
        rowSchema: DeclarationImportRowSchema,
        async check(rows: ValidRow<DeclarationImportRow>[], errors: ImportRowError[]) {
          const seen = new Set<string>();
          const out: ValidRow<DeclarationValues & { search_text: string }>[] = [];
          for (const r of rows) {
            const hit = names.resolve(r.value.holder);
            if (!('id' in hit)) {
              errors.push({ row: r.rowNumber, field: '专利权人', message: hit.problem });
              continue;
            }
            const input: DeclarationCreate = { holderOrgId: hit.id, patentNo: r.value.patentNo, field: r.value.field, payKind: r.value.payKind, rateBp: r.value.rate ?? null, lumpSumFen: r.value.lumpSum ?? null, termFrom: r.value.termFrom, termTo: r.value.termTo, evaluationReportNo: r.value.evaluationReportNo ?? null, fieldOfUse: r.value.fieldOfUse ?? null, annualFeeFen: 0 };
            try {
              const v = await support.prepare(actor, input, rules, columnOf);
              if (seen.has(v.patent_no)) throw fieldError('专利号', '同一专利在文件中出现了两次');
              seen.add(v.patent_no);
              out.push({ rowNumber: r.rowNumber, value: v });
            } catch (err) {
              if (!(err instanceof AppError) || !err.fields?.[0]) throw err;
              errors.push({ row: r.rowNumber, field: err.fields[0].field, message: err.fields[0].message });
            }
          }
          return out;
        },
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            for (const r of rows) await insertChecked(trx, actor, r.value, '专利号');
          });
          progress(rows.length);
        },
      });
    },

    /** Changes a rule's value with the source it now follows (the office of the whole platform). */
    async updateRule(actor: Actor, code: string, input: RuleUpdate): Promise<Rule> {
      if (!canManageUtilisation(actor, actor.regionCode)) throw forbidden('只有知识产权局可以修改开放许可规则');
      const row = await inTransaction(db, async (trx) => {
        const locked = await repo.lockRule(trx, code);
        if (!locked) throw notFound('规则');
        if (locked.unit === 'workingDays' && (input.value < 1 || input.value > 60)) throw fieldError('value', '期限应在1到60个工作日之间');
        await repo.updateRule(trx, code, input, clock.now());
        await audit.record(trx, actor, { action: 'update', entityType: 'utilisationRule', entityId: code, before: { value: Number(locked.value), source: locked.source, citation: locked.citation }, after: input });
        return { ...locked, ...input, updated_at: clock.now() };
      });
      return support.mapRule(row);
    },
  };
}
