import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Registration, RegistrationCreate, RegistrationListQuery, RegistrationReceipt, RegistrationReview, ServicesSettings } from '../../../common/services';
import { passwordProblem } from '../../../common/user';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import { type Actor, scopeOf } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { OrgServices } from '../org/org.contract';
import { canRunDesk } from './services.policy';
import type { RegistrationRepository, RegistrationRow } from './registration.repository';
import { REGISTRATION_EXPORT_COLUMNS } from './registration.workbook';
import type { VerificationService } from './verification.service';

export interface RegistrationDeps {
  db: Db;
  repo: RegistrationRepository;
  org: OrgServices;
  verification: VerificationService;
  audit: AuditWriter;
  clock: Clock;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

const SELF = { system: 'self-registration' };
const PENDING: RegistrationReceipt = { status: 'pending', message: '注册申请已提交，审核结果将发送到您验证过的手机或邮箱。' };
const APPROVED: RegistrationReceipt = { status: 'approved', message: '注册成功，请使用您设置的用户名和密码登录。' };

const mapRegistration = (r: RegistrationRow): Registration => ({
  id: r.id, kind: r.kind as Registration['kind'], name: r.name, creditCode: r.credit_code, regionCode: r.region_code, contactName: r.contact_name, channel: r.channel as Registration['channel'], target: r.target,
  username: r.username, status: r.status as Registration['status'], duplicateOfName: r.duplicate_of_name, automatic: r.automatic, reviewNote: r.review_note, reviewedByName: r.reviewed_by_name, orgId: r.org_id, createdAt: r.created_at.toISOString(),
});

/** Self-registration of enterprises and individuals, approved by the office or at once when the setting allows. */
export function createRegistrationService(deps: RegistrationDeps) {
  const { db, repo, org, verification, audit, clock } = deps;
  const enrolment = (r: { name: string; region_code: string; credit_code: string | null; target: string; channel: string; username: string; contact_name: string; kind: string }, passwordHash: string) => ({
    name: r.kind === 'individual' ? `${r.name}（个人）` : r.name, kind: 'enterprise' as const, regionCode: r.region_code, creditCode: r.credit_code, phone: r.channel === 'mobile' ? r.target : null,
    username: r.username, displayName: r.contact_name, passwordHash, roles: ['enterprise' as const],
  });

  async function visible(trx: Db, actor: Actor, id: string): Promise<RegistrationRow> {
    const r = await repo.find(trx, id);
    if (!r || !canRunDesk(actor, r.region_code)) throw notFound('注册申请');
    return r;
  }

  const service = {
    issueCode: (input: Parameters<VerificationService['issue']>[0]) => verification.issue(input),

    async settings(): Promise<ServicesSettings> {
      return { autoApprove: (await repo.setting(db, 'autoApprove')) === true };
    },

    async putSettings(actor: Actor, input: ServicesSettings): Promise<ServicesSettings> {
      if (scopeOf(actor).kind !== 'all' && !canRunDesk(actor, actor.regionCode)) throw forbidden();
      await inTransaction(db, async (trx) => {
        await repo.putSetting(trx, 'autoApprove', input.autoApprove, clock.now());
        await audit.record(trx, actor, { action: 'settings', entityType: 'servicesSettings', entityId: actor.userId, after: input });
      });
      return service.settings();
    },

    /**
     * A public registration. The answer is the same "pending" whether the credit code is free or
     * held, so nobody learns from it who is registered; the office sees the holder when it reviews.
     */
    async register(input: RegistrationCreate): Promise<RegistrationReceipt> {
      if (!org.regions.exists(input.regionCode)) throw fieldError('regionCode', '请选择所在区');
      const problem = passwordProblem(input.password, input.username);
      if (problem) throw fieldError('password', problem);
      const creditCode = input.kind === 'enterprise' ? (input.creditCode ?? null) : null;
      const codeId = await verification.check(input.channel, input.target, input.verificationCode);
      const passwordHash = await org.enrolment.hashPassword(input.password);
      const auto = (await service.settings()).autoApprove;
      return inTransaction(db, async (trx) => {
        const live = await repo.live(trx, { creditCode, username: input.username });
        if (live?.username === input.username || (await org.enrolment.usernameTaken(trx, input.username))) throw conflict('该用户名已被使用，请换一个', 'username');
        if (live && live.status === 'pending') throw conflict('该统一社会信用代码已有待审核的注册申请，请勿重复提交', 'creditCode');
        const holder = creditCode ? await org.enrolment.creditCodeHolder(trx, creditCode) : undefined;
        const approve = auto && !holder && !live;
        const values = { region_code: input.regionCode, kind: input.kind, name: input.name, credit_code: creditCode, contact_name: input.contactName, channel: input.channel, target: input.target, username: input.username };
        const ids = approve ? await org.enrolment.enrolIn(trx, SELF, enrolment(values, passwordHash)) : null;
        const id = await repo.insert(trx, { ...values, password_hash: approve ? null : passwordHash, status: approve ? 'approved' : 'pending', duplicate_of_org_id: holder?.id ?? null, automatic: approve, org_id: ids?.orgId ?? null, user_id: ids?.userId ?? null }, clock.now());
        await verification.consumeIn(trx, codeId);
        await audit.record(trx, SELF, { action: approve ? 'autoApprove' : 'create', entityType: 'servicesRegistration', entityId: id, after: { ...values, status: approve ? 'approved' : 'pending' } });
        return approve ? APPROVED : PENDING;
      });
    },

    async list(actor: Actor, q: RegistrationListQuery): Promise<Page<Registration>> {
      const scope = scopeOf(actor);
      const prefix = scope.kind === 'all' ? null : regionPrefix(actor.regionCode);
      const f = { status: q.status === undefined ? undefined : [q.status].flat(), kind: q.kind, q: q.q, regionPrefix: prefix };
      const { rows, total } = await repo.list(db, f, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapRegistration), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: RegistrationListQuery): Promise<Buffer> {
      const page = await service.list(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '自助注册', columns: REGISTRATION_EXPORT_COLUMNS, rows: page.items });
    },

    async get(actor: Actor, id: string): Promise<Registration> {
      return mapRegistration(await visible(db, actor, id));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visible(db, actor, id);
      return deps.history('servicesRegistration', id);
    },

    /** The office approves (the account opens) or rejects a pending registration. */
    async review(actor: Actor, id: string, input: RegistrationReview): Promise<Registration> {
      const r = await inTransaction(db, async (trx) => {
        await visible(trx, actor, id);
        const r = (await repo.lockForReview(trx, id))!;
        if (r.status !== 'pending' || !r.password_hash) throw conflict('该注册申请已审核', 'approve');
        if (input.approve) {
          const holder = r.credit_code ? await org.enrolment.creditCodeHolder(trx, r.credit_code) : undefined;
          if (holder) throw conflict(`统一社会信用代码已被「${holder.name}」使用，不能通过`, 'creditCode');
          if (await org.enrolment.usernameTaken(trx, r.username)) throw conflict('该用户名已被使用，不能通过', 'username');
          const ids = await org.enrolment.enrolIn(trx, actor, enrolment(r, r.password_hash));
          await repo.update(trx, id, { status: 'approved', org_id: ids.orgId, user_id: ids.userId, password_hash: null, review_note: input.note ?? null, reviewed_by_name: actor.displayName }, clock.now());
        } else {
          await repo.update(trx, id, { status: 'rejected', password_hash: null, review_note: input.note ?? null, reviewed_by_name: actor.displayName }, clock.now());
        }
        await audit.record(trx, actor, { action: input.approve ? 'approve' : 'reject', entityType: 'servicesRegistration', entityId: id, before: { status: 'pending' }, after: { status: input.approve ? 'approved' : 'rejected', note: input.note ?? null } });
        return r;
      });
      const text = input.approve ? `您在知产平台的注册申请已通过，请用用户名 ${r.username} 登录。` : `您在知产平台的注册申请未通过${input.note ? `：${input.note}` : ''}。`;
      await verification.notify(r.channel as Registration['channel'], r.target, text);
      return service.get(actor, id);
    },
  };
  return service;
}
export type RegistrationService = ReturnType<typeof createRegistrationService>;
