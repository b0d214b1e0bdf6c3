import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_SCOPES, ROLES, type Role } from '../../common/roles';
import { createAdjustableClock } from '../platform/clock';
import { buildOutsideRecords, pdf, signInCallers, type OutsideRecord } from './access-world';
import { recordKindOf, recordRouteAccess } from './access-routes';
import { createTestApp, type TestApp, type TestSession } from './test-app';

/**
 * Every route with a path parameter, called by every role on a record outside that role's scope:
 * the answer is 403 or 404, carries none of the record's data, and a write changes nothing.
 */

interface Route {
  method: string;
  path: string; // OpenAPI form, without /api/v1
  multipart: boolean;
}

/** A valid body for each write, so that validation lets the request reach the access check. */
const BODIES: Record<string, unknown> = {
  'POST /tasks/assessments/{id}/bonuses': (role: Role) => ({ orgId: callerOrgs[role], points: 1, reason: '越权', fileId: callerFiles[role] }),
  'POST /conference/meetings/{id}/invitations': (role: Role) => ({ orgIds: [callerOrgs[role]] }),
  'POST /enforcement/cases/{id}/actions': { action: 'open' },
  'POST /enforcement/cases/{id}/measures': { kind: 'seizure', goods: '越权扣押', startedOn: '2031-01-25' },
  'POST /enforcement/cases/{id}/measures/{childId}/actions': { action: 'lift' },
  // The caller liaison's unit is a police station of another city: a valid police unit, an out-of-scope case.
  'POST /enforcement/cases/{id}/transfers': (role: Role) => ({ policeOrgId: callerOrgs.liaison, fileId: callerFiles[role] }),
  'POST /enforcement/transfers/{id}/actions': { action: 'policeDecide', decision: 'open' },
  'POST /enforcement/clues/{id}/actions': { action: 'acknowledge' },
  'POST /enforcement/detentions/{id}/actions': { action: 'release' },
  'POST /enforcement/compliance/{id}/actions': { action: 'approvePlan' },
  'POST /enforcement/compliance/{id}/inspections': { plannedOn: '2031-01-25', focus: '越权检查' },
  'POST /enforcement/compliance/{id}/inspections/{childId}': { doneOn: '2031-01-25', findings: '越权检查发现', rating: 'effective' },
  'POST /enforcement/cooperation/bodies/{id}/members': { orgId: randomUUID(), joinedOn: '2031-01-02' },
  'POST /enforcement/cooperation/bodies/{id}/requests': { toOrgId: randomUUID(), kind: 'serve', subject: '越权', detail: '越权协助' },
  'POST /enforcement/cooperation/requests/{id}/actions': { action: 'accept' },
  'PUT /platform/calendar/days/{date}': { work: true, name: '越权测试' },
  'PATCH /org/orgs/{id}': { name: '越权改名' },
  'PATCH /org/people/{id}': { name: '越权改名' },
  'PATCH /org/users/{id}': { displayName: '越权改名' },
  'POST /org/users/{id}/password': { password: 'Another-Passw0rd!' },
  'PATCH /org/roles/{code}': { dataScope: 'all' },
  'PATCH /conference/members/{id}': { position: 'lead' },
  'PATCH /conference/liaisons/{id}': { name: '越权改名' },
  'PATCH /conference/meetings/{id}': { title: '越权改名' },
  'PUT /conference/meetings/{id}/agenda': { items: [{ title: '越权议程' }] },
  'POST /conference/meetings/{id}/registrations': { name: '越权报名' },
  'POST /conference/meetings/{id}/check-in': { code: 'ABC123' },
  'POST /conference/meetings/{id}/attendees': { name: '越权参会' },
  'PUT /conference/meetings/{id}/minutes': { body: '越权纪要' },
  'POST /conference/meetings/{id}/resolutions': { text: '越权议定' },
  'PATCH /conference/resolutions/{id}': { text: '越权议定' },
  'PATCH /conference/agreements/{id}': { title: '越权协议' },
  'POST /conference/meetings/{id}/unveilings': { what: '越权揭牌' },
  'POST /conference/meetings/{id}/documents': { kind: 'other', title: '越权材料' },
  'PATCH /tasks/work-plans/{id}': { title: '越权要点' },
  'POST /tasks/work-plans/{id}/import-text': { text: '一、越权任务', dryRun: false },
  'PATCH /tasks/{id}': { title: '越权任务' },
  'POST /tasks/{id}/cancel': { reason: '越权' },
  'POST /tasks/{id}/reports': { percent: 50, narrative: '越权进展' },
  'POST /tasks/progress-reports/{id}/return': { comment: '越权退回' },
  'POST /tasks/{id}/notices': { reason: '越权督办' },
  'POST /tasks/supervision-notices/{id}/respond': { response: '越权回复' },
  'POST /tasks/{id}/comments': { authorName: '越权', body: '越权批示' },
  'POST /tasks/{id}/adjustments': { kind: 'deadline', newDeadline: '2031-12-30', reason: '越权' },
  'PATCH /protection/cases/{id}/parties/{childId}': { name: '越权当事人' },
  'POST /protection/cases/{id}/notes': { visibility: 'all', text: '越权备注' },
  'POST /protection/cases/{id}/actions': { action: 'accept', hasConflict: false, disclosure: '无' },
  'PATCH /protection/mediators/{id}': { name: '越权调解员' },
  'POST /protection/mediators/{id}/complaints': { ground: 'other', detail: '越权投诉' },
  'PATCH /protection/mediators/{id}/complaints/{childId}': { status: 'dismissed' },
  'PUT /protection/organisations/{id}': { caseCode: '越权调' },
  'PATCH /protection/webhooks/{id}': { name: '越权' },
  'PATCH /publish/articles/{id}': { title: '越权标题' },
  'POST /publish/articles/{id}/reject': { note: '越权退回' },
  'PUT /publish/top-ten/{year}': { regionCode: '440300', items: [{ type: 'article', id: randomUUID(), title: '越权大事' }] },
  'POST /publish/top-ten/{year}/publish': { regionCode: '440300' },
  'POST /publish/top-ten/{year}/unpublish': { regionCode: '440300' },
  'POST /finance/loans/{id}/actions': { action: 'approve', on: '2031-01-02' },
  'POST /finance/loans/{id}/repayments': { paidOn: '2031-01-02', principalFen: 0, interestFen: 100 },
  'PUT /finance/loans/{id}/typical-case': { typicalCase: true, caseStory: '越权案例' },
  'POST /finance/pools/{id}/funding': { source: 'city', amountFen: 100, on: '2031-01-02' },
  'POST /finance/claims/{id}/review': { approve: true },
  'POST /finance/claims/{id}/recoveries': { amountFen: 100, on: '2031-01-02' },
  'PUT /finance/claims/{id}/typical-case': { typicalCase: true, caseStory: '越权案例' },
  'POST /finance/subsidies/{id}/review': { approve: true },
  'POST /finance/pledges/{id}/register': { registrationNo: 'Y越权', registeredOn: '2031-02-01' },
  'POST /finance/pledges/{id}/refuse': { ground: 12, refusedOn: '2031-02-01' },
  'POST /finance/pledges/{id}/change': { changedOn: '2031-02-01', note: '越权变更' },
  'POST /finance/pledges/{id}/release': { releasedOn: '2031-02-01' },
  'PUT /finance/pledges/{id}/typical-case': { typicalCase: false },
  'POST /finance/whitelists/{id}/status': { status: 'closed' },
  'PATCH /finance/whitelist-applications/{id}/review': { highTech: false },
  'POST /finance/whitelist-applications/{id}/decision': { decision: 'rejected' },
  'PATCH /finance/credit-lines/{id}': { status: 'declined' },
  'PATCH /finance/securitisations/{id}': { note: '越权修改' },
  'POST /finance/meetings/{id}/signings': { bankOrgId: randomUUID(), enterpriseOrgId: randomUUID(), kind: 'intention', amountFen: 100, signedOn: '2031-01-02' },
  'PUT /centre/conditions/{id}': { threshold: 1, source: '越权来源', citation: '越权出处', active: true },
  'PUT /centre/filings/{id}': { windowId: randomUUID(), fieldCodes: ['越权'], establishedOn: '2020-01-02', insuredStaff: 10, dishonesty: false, abnormalFiling: false, documents: '越权材料' },
  'POST /centre/filings/{id}/decision': { decision: 'approve' },
  'POST /centre/submissions/{id}/decision': { decision: 'pass' },
  'PUT /centre/submissions/{id}': { title: '越权名称', ipc: 'B60L 53/00' },
  'PUT /centre/submissions/{id}/outcome': { applicationNo: '2031100000001' },
  'POST /utilisation/declarations/{id}/withdraw': { reason: '越权撤回' },
  'POST /utilisation/applications/{id}/decision': { decision: 'decline' },
  'POST /utilisation/gis/{id}/users': (role: Role) => ({ orgId: callerOrgs[role], regionCode: '440305', site: '越权地址', authorisedOn: '2031-01-02' }),
  'POST /utilisation/gi-users/{id}/check': { year: 2031, result: 'passed' },
  'POST /utilisation/gi-users/{id}/revoke': { revokedOn: '2031-01-02', reason: '越权撤销' },
  'POST /utilisation/brands/{id}/participants': (role: Role) => ({ orgId: callerOrgs[role], brand: '越权品牌', joinedOn: '2031-01-02' }),
  'PUT /utilisation/brands/{id}/participants/{participantId}/result': { result: '越权成效' },
  'POST /services/questions/{id}/assign': (role: Role) => ({ assigneeKind: 'memberUnit', orgId: callerOrgs[role] }),
  'POST /services/questions/{id}/messages': { kind: 'followUp', body: '越权追问' },
  'POST /services/questions/{id}/rating': { score: 1 },
  'POST /services/questions/{id}/escalation': { target: 'centreFiling', respondentName: '越权被申请人', claims: '越权请求' },
  'POST /services/questions/{id}/knowledge': { title: '越权知识条目', body: '越权知识条目的正文内容', category: 'patent' },
  'POST /services/registrations/{id}/review': { approve: true },
  'POST /services/volunteers/{id}/vetting': { decision: 'suspended' },
  'POST /services/volunteer-requests/{id}/offers': { volunteerId: randomUUID() },
  'POST /services/volunteer-requests/{id}/rating': { rating: 1 },
  'POST /services/volunteer-requests/{id}/hours': { servedOn: '2031-01-02', minutes: 60, outcome: '越权时长' },
  'POST /services/volunteer-requests/{id}/sign-in': { code: '123456' },
  'POST /services/volunteer-requests/{id}/sign-out': { code: '123456', outcome: '越权签退' },
  'POST /services/volunteer-requests/{id}/records/{recordId}/review': { decision: 'approved' },
};

/** Uploads declare `consumes: multipart/form-data` without a body schema, which the OpenAPI document leaves out. */
function isUpload(method: string, path: string, content: Record<string, unknown> | undefined): boolean {
  return 'multipart/form-data' in (content ?? {}) || (method === 'post' && !content && /\/(import|file|attachments|evidence)$/.test(path));
}

const clock = createAdjustableClock();
const routeAccess = recordRouteAccess();
let t: TestApp;
let routes: Route[];
let callers: Record<Role, TestSession>;
let callerOrgs: Record<Role, string>;
let records: Record<string, OutsideRecord>;
const callerFiles = {} as Record<Role, string>; // each caller's own upload, for bodies that name a file

beforeAll(async () => {
  clock.set(new Date('2031-02-01T02:00:00Z'));
  t = await createTestApp({ clock });
  routeAccess.stop();
  const doc = t.app.swagger() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path: path.replace(/^\/api\/v1/, ''), multipart: isUpload(method, path, op.requestBody?.content) })),
  );
  records = await buildOutsideRecords(t);
  ({ sessions: callers, orgIds: callerOrgs } = await signInCallers(t));
  for (const role of ROLES) callerFiles[role] = (await callers[role].upload('/api/v1/platform/files', { name: '自己的.pdf', bytes: pdf })).json<{ id: string }>().id;
}, 120_000);
afterAll(async () => t.close());

const parameterised = () => routes.filter((r) => r.path.includes('{'));
const urlOf = (r: Route, rec: OutsideRecord) =>
  '/api/v1' + r.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(rec.params[name] ?? randomUUID())) + (rec.query ? `?${rec.query}` : '');
const auditCount = async () => Number((await sql<{ n: string }>`select count(*) as n from audit_event`.execute(t.database.db)).rows[0].n);

function call(role: Role, r: Route, url: string) {
  const caller = callers[role];
  if (r.multipart) return caller.upload(url, { name: '越权.pdf', bytes: pdf });
  const given = BODIES[`${r.method} ${r.path}`];
  const body = typeof given === 'function' ? (given as (role: Role) => unknown)(role) : (given ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {}));
  return caller.request(r.method, url, body);
}

/** Which answer a role must get on a route for the record of `kind`: 403, 403-or-404, or none (it may see it). */
function expected(r: Route, kind: string, role: Role): 'forbidden' | 'hidden' | null {
  const access = routeAccess.accessOf(r.method, '/api/v1' + r.path.replace(/\{(\w+)\}/g, ':$1'));
  const allowed = access === 'public' || access === 'signed-in' || (Array.isArray(access) && access.includes(role));
  if (!allowed) return 'forbidden';
  if (kind.startsWith('missing:')) return 'hidden';
  if (kind.startsWith('shared:')) return null;
  return DEFAULT_ROLE_SCOPES[role] === 'all' ? null : 'hidden';
}

describe('access to records out of scope', () => {
  it('knows the record kind of every route with a path parameter', () => {
    expect(parameterised().length).toBeGreaterThan(100);
    const unmapped = parameterised().filter((r) => !recordKindOf(r.path)).map((r) => `${r.method} ${r.path}`);
    expect(unmapped, 'add these routes to ROUTE_RECORDS in server/test/access-routes.ts (and their record to access-world.ts)').toEqual([]);
    const unbuilt = parameterised().map((r) => recordKindOf(r.path)!).filter((k) => !k.includes(':') && !records[k]);
    expect([...new Set(unbuilt)], 'build a record of these kinds in server/test/access-world.ts').toEqual([]);
  });

  it('answers 403 or 404 to every role, with none of the record in the answer, and a write changes nothing', async () => {
    const problems: string[] = [];
    let requests = 0;
    for (const r of parameterised()) {
      const kind = recordKindOf(r.path);
      if (!kind) continue;
      const rec = records[kind] ?? { params: { code: 'office', date: '2031-05-01', kind: 'records' }, secrets: [] };
      const write = r.method !== 'GET';
      for (const role of ROLES) {
        const want = expected(r, kind, role);
        if (!want) continue;
        const before = write ? await auditCount() : 0;
        const res = await call(role, r, urlOf(r, rec));
        requests++;
        const where = `${role} ${r.method} ${r.path}`;
        const okStatus = want === 'forbidden' ? [403] : [403, 404];
        const refusedField = res.statusCode === 400 && !!rec.regionField && res.json<{ fields?: { field: string }[] }>().fields?.some((f) => f.field === rec.regionField);
        if (!okStatus.includes(res.statusCode) && !(want === 'hidden' && refusedField)) problems.push(`${where}: ${res.statusCode} (want ${okStatus.join('/')}) ${res.body.slice(0, 160)}`);
        const leaked = rec.secrets.filter((secret) => res.body.includes(secret));
        if (leaked.length) problems.push(`${where}: the answer shows ${leaked.join(', ')}`);
        if (write && (await auditCount()) !== before) problems.push(`${where}: the audit log grew`);
      }
    }
    console.log(JSON.stringify({ routes: routes.length, parameterised: parameterised().length, roles: ROLES.length, requests }));
    expect(problems).toEqual([]);
  }, 240_000);
});
