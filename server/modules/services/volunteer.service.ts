import type { AuditEvent } from '../../../common/audit';
import type { ImportRowError, Job } from '../../../common/jobs';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import {
  type Volunteer,
  type VolunteerCreate,
  type VolunteerEnrol,
  VolunteerKindLabels,
  VolunteerLanguageLabels,
  type VolunteerListQuery,
  VolunteerSkillLabels,
  VolunteerStatusLabels,
  type VolunteerVet,
} from '../../../common/services-volunteer';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgServices } from '../org/org.contract';
import { canManageVolunteers, canSeeVolunteer, volunteerScope } from './services.policy';
import type { VolunteerRepository, VolunteerRow } from './volunteer.repository';
import { VOLUNTEER_IMPORT_COLUMNS, type VolunteerImportRow, VolunteerImportRowSchema } from './volunteer.workbook';

/** What the volunteer service needs. */
export interface VolunteerServiceDeps {
  db: Db;
  repo: VolunteerRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** The city code of a region: volunteers enrol with the city they serve in. */
export const cityOf = (regionCode: string): string => `${regionCode.slice(0, 4)}00`;

/** The 知助 volunteers: enrolment, the office's vetting, the roster. */
export function createVolunteerService(deps: VolunteerServiceDeps) {
  const { db, repo, org, audit, clock } = deps;

  const toVolunteer = (r: VolunteerRow): Volunteer => ({
    id: r.id,
    regionCode: r.region_code,
    name: r.name,
    kind: r.kind as Volunteer['kind'],
    affiliation: r.affiliation,
    phone: r.phone,
    skills: r.skills as Volunteer['skills'],
    languages: r.languages as Volunteer['languages'],
    districts: r.districts.map((code) => ({ code, name: org.regions.exists(code) ? org.regions.name(code) : code })),
    availability: r.availability,
    weeklyHours: r.weekly_hours,
    maxActive: r.max_active,
    status: r.status as Volunteer['status'],
    hasAccount: r.user_id !== null,
    activeCount: Number(r.active_count),
    approvedMinutes: Number(r.approved_minutes),
    vetNote: r.vet_note,
    createdAt: r.created_at.toISOString(),
  });

  async function visible(actor: Actor, id: string): Promise<VolunteerRow> {
    const r = await repo.find(db, id);
    if (!r || !canSeeVolunteer(actor, r)) throw notFound('志愿者');
    return r;
  }

  /** Checks the service districts lie in the volunteer's city. */
  function checkDistricts(city: string, districts: readonly string[]): void {
    districts.forEach((d, i) => {
      if (!org.regions.exists(d) || !d.startsWith(regionPrefix(city))) throw fieldError(`districts.${i}`, `服务区域 ${d} 不在本市`);
    });
    if (new Set(districts).size !== districts.length) throw fieldError('districts', '同一区域填写了两次');
  }

  /** Writes one volunteer, awaiting vetting, inside the caller's transaction. */
  async function insertIn(trx: Db, actor: Actor, regionCode: string, userId: string | null, v: VolunteerEnrol, action: 'create' | 'import' = 'create'): Promise<string> {
    if (await repo.findByName(trx, regionCode, v.name, v.affiliation)) throw fieldError('name', '该单位已有同名志愿者登记');
    const row = { region_code: regionCode, user_id: userId, name: v.name, kind: v.kind, affiliation: v.affiliation, phone: v.phone ?? null, skills: v.skills, languages: v.languages, districts: v.districts, availability: v.availability, weekly_hours: v.weeklyHours };
    const id = await repo.insert(trx, row, clock.now());
    await audit.record(trx, actor, { action, entityType: 'servicesVolunteer', entityId: id, after: row });
    return id;
  }

  async function insert(actor: Actor, regionCode: string, userId: string | null, v: VolunteerEnrol): Promise<string> {
    checkDistricts(regionCode, v.districts);
    return inTransaction(db, (trx) => insertIn(trx, actor, regionCode, userId, v));
  }

  /** A district as typed in a roster (坪山区, 深圳市坪山区 or 440310), if it lies in the city. */
  function districtOf(city: string, typed: string): string | null {
    if (/^\d{6}$/.test(typed)) return org.regions.exists(typed) && typed.startsWith(regionPrefix(city)) ? typed : null;
    const hits = org.regions.search(typed, 5, city).filter((r) => r.name === typed || r.fullName === typed);
    return hits.length === 1 ? hits[0].code : null;
  }

  /** Checks imported rows against the city's districts and the roster; returns the rows to save. */
  async function checkImport(city: string, rows: ValidRow<VolunteerImportRow>[], errors: ImportRowError[]): Promise<ValidRow<VolunteerEnrol>[]> {
    const ready: ValidRow<VolunteerEnrol>[] = [];
    const seen = new Map<string, number>();
    for (const r of rows) {
      const x = r.value;
      const before = errors.length;
      const districts: string[] = [];
      for (const typed of x.districts) {
        const code = districtOf(city, typed);
        if (!code) errors.push({ row: r.rowNumber, field: '服务区域', message: `「${typed}」不是本市的区` });
        else if (!districts.includes(code)) districts.push(code);
      }
      const key = `${x.name}\u0000${x.affiliation}`;
      const first = seen.get(key);
      if (first !== undefined) errors.push({ row: r.rowNumber, field: '姓名', message: `与第 ${first} 行重复` });
      else if (await repo.findByName(db, city, x.name, x.affiliation)) errors.push({ row: r.rowNumber, field: '姓名', message: '该单位已有同名志愿者登记' });
      if (first === undefined) seen.set(key, r.rowNumber);
      if (errors.length === before) ready.push({ rowNumber: r.rowNumber, value: { ...x, phone: x.phone ?? null, districts } });
    }
    return ready;
  }

  return {
    /** The volunteers the caller may see, filtered, sorted and paged. */
    async list(actor: Actor, q: VolunteerListQuery): Promise<Page<Volunteer>> {
      const { rows, total } = await repo.list(db, q, volunteerScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.order });
      return { items: rows.map(toVolunteer), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered roster as an Excel workbook. */
    async exportXlsx(actor: Actor, q: VolunteerListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      const join = <K extends string>(keys: readonly K[], labels: Record<K, { zh: string }>) => keys.map((k) => labels[k].zh).join('、');
      return writeSheet({
        name: '知助志愿者',
        rows: page.items,
        columns: [
          { header: '姓名', width: 12, value: (r) => r.name },
          { header: '类别', width: 12, value: (r) => VolunteerKindLabels[r.kind].zh },
          { header: '所在单位', width: 30, value: (r) => r.affiliation },
          { header: '专长', width: 36, value: (r) => join(r.skills, VolunteerSkillLabels) },
          { header: '外语', width: 16, value: (r) => join(r.languages, VolunteerLanguageLabels) },
          { header: '服务区域', width: 30, value: (r) => r.districts.map((d) => d.name).join('、') },
          { header: '可服务时间', width: 24, value: (r) => r.availability },
          { header: '状态', width: 10, value: (r) => VolunteerStatusLabels[r.status].zh },
          { header: '在办件数', width: 10, value: (r) => r.activeCount },
          { header: '认定时长(小时)', width: 14, value: (r) => Math.round(r.approvedMinutes / 6) / 10 },
        ],
      });
    },

    async get(actor: Actor, id: string): Promise<Volunteer> {
      return toVolunteer(await visible(actor, id));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(actor, id);
      return deps.history('servicesVolunteer', id);
    },

    /** The caller's own volunteer profile, or null before they enrol. */
    async mine(actor: Actor): Promise<Volunteer | null> {
      const r = await repo.findByUser(db, actor.userId);
      return r ? toVolunteer(r) : null;
    },

    /** A volunteer enrols themselves; the office vets the enrolment before any request is offered. */
    async enrol(actor: Actor, input: VolunteerEnrol): Promise<Volunteer> {
      if (await repo.findByUser(db, actor.userId)) throw fieldError('name', '您已登记为志愿者');
      const id = await insert(actor, cityOf(actor.regionCode), actor.userId, input);
      return this.get(actor, id);
    },

    /** The office adds a volunteer who enrolled on paper; vetting follows as for any enrolment. */
    async create(actor: Actor, input: VolunteerCreate): Promise<Volunteer> {
      if (!org.regions.exists(input.regionCode)) throw fieldError('regionCode', `行政区划代码 ${input.regionCode} 不存在`);
      if (!canManageVolunteers(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const id = await insert(actor, cityOf(input.regionCode), null, input);
      return this.get(actor, id);
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('知助志愿者', VOLUNTEER_IMPORT_COLUMNS);
    },

    /** The office loads a roster (a launch's sign-up sheet, a partner's list): all rows or none, each awaiting vetting. */
    async importVolunteers(actor: Actor, bytes: Buffer): Promise<Job> {
      const city = cityOf(actor.regionCode);
      if (!canManageVolunteers(actor, city)) throw forbidden('只有本市知识产权局可以导入志愿者');
      return startImport(deps.jobs, actor, bytes, {
        kind: 'services.volunteers',
        columns: VOLUNTEER_IMPORT_COLUMNS,
        rowSchema: VolunteerImportRowSchema,
        check: (rows: ValidRow<VolunteerImportRow>[], errors: ImportRowError[]) => checkImport(city, rows, errors),
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            for (const r of rows) await insertIn(trx, actor, city, null, r.value, 'import');
          });
          progress(rows.length);
        },
      });
    },

    /** The office approves, rejects or suspends a volunteer. */
    async vet(actor: Actor, id: string, input: VolunteerVet): Promise<Volunteer> {
      const before = await visible(actor, id);
      if (!canManageVolunteers(actor, before.region_code)) throw forbidden('只有本市知识产权局可以审核志愿者');
      if (before.status === input.decision) throw fieldError('decision', `该志愿者已是“${VolunteerStatusLabels[input.decision].zh}”状态`);
      await inTransaction(db, async (trx) => {
        if (!(await repo.lock(trx, id))) throw notFound('志愿者');
        const v = { status: input.decision, vet_note: input.note ?? null, max_active: input.maxActive ?? before.max_active, vetted_by: actor.userId };
        await repo.vet(trx, id, v, clock.now());
        await audit.record(trx, actor, { action: 'vet', entityType: 'servicesVolunteer', entityId: id, before: { status: before.status }, after: v });
      });
      return this.get(actor, id);
    },
  };
}
export type VolunteerService = ReturnType<typeof createVolunteerService>;
