import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilingListQuerySchema } from '../../../../common/centre';
import { RegistrationListQuerySchema } from '../../../../common/services';
import { KnowledgeQuerySchema, QUESTION_CATEGORIES, QUESTION_STATUSES, QuestionListQuerySchema } from '../../../../common/services-desk';
import { createAdjustableClock } from '../../../platform/clock';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedOrgDemo, type OrgDemo } from '../../org/demo/org.demo';
import { seedCentreDemo } from '../../centre/demo/centre.demo';
import { seedServicesDemo } from './services.demo';
import { OverseasCaseListQuerySchema } from '../../../../common/services-overseas';
import { REQUEST_STATUSES, VolunteerListQuerySchema, VolunteerRequestListQuerySchema } from '../../../../common/services-volunteer';

const clock = createAdjustableClock();
let t: TestApp;
let demo: OrgDemo;

beforeAll(async () => {
  clock.set(new Date('2026-12-07T02:00:00Z'));
  t = await createTestApp({ clock });
  demo = await seedOrgDemo(t.services.org, { system: 'demo' });
  // The protection demo puts mediators on the roster; escalation needs one in Pingshan's committee.
  await t.services.protection.settings.upsertProfile(demo.officeActor, demo.orgs.mediationPingshan, { caseCode: '深坪知调', mediationType: 'people', courtInvited: true, invitingCourtId: demo.orgs.pingshanCourt, disputeScope: ['patent', 'trademark', 'copyright', 'technologyContract'], chargesFee: false });
  await t.services.protection.mediators.create(demo.officeActor, { orgId: demo.orgs.mediationPingshan, name: '陈静', title: '专利代理师', phone: null, userId: demo.users.mediator, specialities: ['patent'], onRoster: true, rosterCourtId: null, status: 'active' });
  // The centre's windows come first, as in the demo city: one patent question becomes a filing with them.
  await seedCentreDemo(t.platform, t.services, demo);
  await seedServicesDemo(t.platform, t.services, demo);
}, 600_000);
afterAll(async () => t.close());

describe('the services part of the demo city', () => {
  it('has forty self-registrations, some awaiting approval and one with a code already held', async () => {
    const all = await t.services.services.registrations.list(demo.officeActor, RegistrationListQuerySchema.parse({ pageSize: 100 }));
    expect(all.total).toBe(40);
    expect(new Set(all.items.map((r) => r.status))).toEqual(new Set(['pending', 'approved', 'rejected']));
    expect(all.items.some((r) => r.status === 'pending' && r.duplicateOfName)).toBe(true);
    expect(new Set(all.items.map((r) => r.creditCode)).size).toBe(40);
  });

  it('has eighty questions across every category and state, with late ones in the report', async () => {
    const page = await t.services.services.questions.list(demo.officeActor, QuestionListQuerySchema.parse({ pageSize: 200 }));
    expect(page.total).toBe(80);
    expect(new Set(page.items.map((q) => q.category))).toEqual(new Set(QUESTION_CATEGORIES));
    expect(new Set(page.items.map((q) => q.status))).toEqual(new Set(QUESTION_STATUSES));
    expect(new Set(page.items.map((q) => q.title)).size).toBe(80);
    const report = await t.services.services.questions.slaReport(demo.officeActor, { from: '2026-01-01', to: '2026-12-31' });
    expect(report.rows.at(-1)!.firstLate).toBeGreaterThan(0);
    // Escalated both ways: to mediation, and one to the protection centre, where it waits for the enterprise.
    const invited = await t.services.centre.filings.list(demo.officeActor, FilingListQuerySchema.parse({ status: 'invited' }));
    expect(invited.items).toHaveLength(1);
    expect(invited.items[0].sourceNote).toMatch(/^（由咨询 ZX\d+ 转入）/);
  });

  it('publishes twenty answers to the knowledge base', async () => {
    expect((await t.services.services.knowledge.search(KnowledgeQuerySchema.parse({}))).total).toBe(20);
  });
});

describe('the volunteer half of the services demo', () => {
  it('holds 25 volunteers in every vetting state, without duplicates', async () => {
    const page = await t.services.services.volunteers.list(demo.officeActor, VolunteerListQuerySchema.parse({ pageSize: 100 }));
    expect(page.total).toBe(25);
    expect(new Set(page.items.map((v) => v.status))).toEqual(new Set(['applied', 'approved', 'rejected', 'suspended']));
    expect(new Set(page.items.map((v) => v.name)).size).toBe(25);
  });

  it('holds 30 requests in every state, with offers, declines, hours awaiting approval, sign-ins and ratings', async () => {
    const office = demo.officeActor;
    const page = await t.services.services.volunteerRequests.list(office, VolunteerRequestListQuerySchema.parse({ pageSize: 100 }));
    expect(page.total).toBe(30);
    expect(new Set(page.items.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES));
    expect(page.items.filter((r) => r.rating !== null)).toHaveLength(7);
    const details = await Promise.all(page.items.map((r) => t.services.services.volunteerRequests.get(office, r.id)));
    const offers = details.flatMap((d) => d.offers.map((o) => o.status));
    expect(new Set(offers)).toEqual(new Set(['offered', 'accepted', 'declined', 'withdrawn', 'completed']));
    const records = details.flatMap((d) => d.records.map((r) => r.status));
    expect(new Set(records)).toEqual(new Set(['reported', 'approved', 'signedIn']));
  });

  it('gives the demo volunteer something in every step: an offer to answer, a service under way, a completed one', async () => {
    const me = demo.actorFor('volunteer');
    const page = await t.services.services.volunteerRequests.list(me, VolunteerRequestListQuerySchema.parse({ pageSize: 100 }));
    expect(new Set(page.items.map((r) => r.status))).toEqual(new Set(['offered', 'accepted', 'completed']));
    // On the consultation desk: one question answered and resolved, one waiting for the volunteer's answer.
    const mine = await t.services.services.questions.list(me, QuestionListQuerySchema.parse({ pageSize: 100, mine: 'true' }));
    expect(mine.items.map((q) => q.status).sort()).toEqual(['assigned', 'resolved']);
  });

  it('holds ten overseas cases with one US Section 337 investigation, and their figures', async () => {
    const page = await t.services.services.overseasCases.list(demo.officeActor, OverseasCaseListQuerySchema.parse({ pageSize: 100 }));
    expect(page.total).toBe(10);
    expect(page.items.filter((c) => c.disputeKind === 'us337')).toHaveLength(1);
    expect(new Set(page.items.map((c) => c.status))).toEqual(new Set(['received', 'guiding', 'responded', 'closed']));
    const stats = await t.services.services.overseasCases.stats(demo.officeActor, 2026);
    expect(stats).toMatchObject({ cases: 10, enterprisesGuided: 8, closed: 4 });
  });
});
