import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance } from 'fastify';
import type { RouteAccess } from '../platform/http/auth-hook';

/**
 * The kind of record each parameterised route takes, matched on its OpenAPI path (without
 * `/api/v1`). A route with a path parameter and no line here fails the access test: add one.
 * Kinds are built in access-world.ts; `shared:` kinds are not anybody's rows (reference data,
 * the caller's own settings, the mediator roster, and the city figures office staff keep for
 * comparing cities) and are only checked against roles the route shuts out; `missing:` kinds are
 * not built yet and are called with made-up identifiers.
 */
export const ROUTE_RECORDS: [RegExp, string][] = [
  [/^\/centre\/filings\/\{id\}/, 'missing:centreFiling'],
  [/^\/centre\/submissions\/\{id\}/, 'missing:centreSubmission'],
  [/^\/centre\/conditions\/\{id\}/, 'missing:centreCondition'],
  // A patent kind's time limit and quota are the caller's own city's settings.
  [/^\/centre\/rules\/\{kind\}/, 'shared:centreRule'],
  [/^\/org\/orgs\/\{id\}/, 'org'],
  [/^\/org\/people\/\{id\}/, 'person'],
  [/^\/org\/users\/\{id\}/, 'user'],
  [/^\/org\/roles\/\{code\}/, 'shared:role'],
  [/^\/org\/regions\/\{code\}/, 'shared:region'],
  [/^\/platform\/calendar\/days\/\{date\}/, 'shared:calendarDay'],
  [/^\/platform\/calendar\/years\/\{year\}/, 'shared:calendarYear'],
  [/^\/conference\/calendar-feed\/\{token\}/, 'missing:feedToken'],
  [/^\/platform\/jobs\/\{id\}/, 'job'],
  [/^\/platform\/notifications\/\{id\}/, 'notification'],
  [/^\/platform\/files\/\{id\}/, 'file'],
  // Admins download backups by file name; a made-up name answers 404, every other role 403.
  [/^\/platform\/backups\/\{name\}/, 'missing:backup'],
  [/^\/conference\/members\/\{id\}/, 'member'],
  [/^\/conference\/liaisons\/\{id\}/, 'liaison'],
  [/^\/conference\/meetings\/\{id\}\/invitations\/\{childId\}/, 'meeting/invitation'],
  [/^\/conference\/meetings\/\{id\}\/registrations\/\{childId\}/, 'meeting/registration'],
  [/^\/conference\/meetings\/\{id\}\/attendees\/\{childId\}/, 'meeting/attendee'],
  [/^\/conference\/meetings\/\{id\}/, 'meeting'],
  [/^\/conference\/resolutions\/\{id\}/, 'resolution'],
  [/^\/conference\/agreements\/\{id\}/, 'agreement'],
  [/^\/conference\/unveilings\/\{id\}/, 'unveiling'],
  [/^\/conference\/meeting-documents\/\{id\}/, 'meetingDocument'],
  [/^\/tasks\/work-plans\/\{id\}/, 'workPlan'],
  [/^\/tasks\/\{id\}/, 'task'],
  [/^\/tasks\/task-books\/\{id\}/, 'taskBook'],
  [/^\/tasks\/progress-reports\/\{id\}/, 'progressReport'],
  [/^\/tasks\/supervision-notices\/\{id\}/, 'notice'],
  [/^\/tasks\/adjustments\/\{id\}/, 'adjustment'],
  [/^\/tasks\/assessments\/\{id\}/, 'assessment'],
  [/^\/tasks\/assessment-bonuses\/\{id\}/, 'assessmentBonus'],
  [/^\/protection\/cases\/\{id\}/, 'case'],
  // Complaints about a mediator are for the staff of that mediator's area only.
  [/^\/protection\/mediators\/\{id\}\/complaints/, 'mediatorComplaints'],
  [/^\/protection\/mediators\/\{id\}/, 'shared:mediator'],
  [/^\/protection\/organisations\/\{id\}/, 'protectionOrg'],
  [/^\/protection\/deadline-rules\/\{id\}/, 'missing:deadlineRule'],
  [/^\/protection\/webhooks\/\{id\}/, 'missing:webhook'],
  [/^\/protection\/deliveries\/\{outboxId\}\/\{webhookId\}/, 'missing:delivery'],
  [/^\/enforcement\/cases\/\{id\}/, 'enforcementCase'],
  [/^\/enforcement\/deadline-rules\/\{id\}/, 'missing:enforcementRule'],
  [/^\/enforcement\/transfers\/\{id\}/, 'enforcementTransfer'],
  [/^\/enforcement\/clues\/\{id\}/, 'enforcementClue'],
  // Recordals are the holders' public protection, open to customs and every office: only roles the route shuts out are checked.
  [/^\/enforcement\/recordals\/\{id\}/, 'shared:recordal'],
  [/^\/enforcement\/detentions\/\{id\}/, 'enforcementDetention'],
  [/^\/enforcement\/compliance\/\{id\}/, 'enforcementCompliance'],
  [/^\/enforcement\/cooperation\/bodies\/\{id\}/, 'enforcementCoopBody'],
  [/^\/enforcement\/cooperation\/requests\/\{id\}/, 'enforcementAssist'],
  [/^\/stats\/imports\/template\/\{kind\}/, 'shared:statsTemplate'],
  [/^\/stats\/patents\/\{no\}/, 'shared:patent'],
  [/^\/stats\/reports\/\{id\}/, 'missing:statsReport'],
  [/^\/stats\/(baselines|figures|publications)\/\{regionCode\}/, 'shared:statsRegion'],
  // A published article is public, but its history (who changed what) only for those whose list shows it.
  [/^\/publish\/articles\/\{id\}\/history/, 'publishedArticle'],
  [/^\/publish\/articles\/\{id\}/, 'article'],
  [/^\/publish\/public\/news\/\{id\}/, 'article'],
  [/^\/publish\/top-ten\/\{year\}/, 'topTen'],
  // Finance records are not built in the access world yet: called with made-up ids, they answer 404 to everyone
  // (the loan, claim, pool and subsidy route tests check another bank's or enterprise's record themselves).
  [/^\/finance\/loans\/\{id\}/, 'missing:financeLoan'],
  [/^\/finance\/claims\/\{id\}/, 'missing:financeClaim'],
  [/^\/finance\/pools\/\{id\}/, 'missing:financePool'],
  [/^\/finance\/subsidies\/\{id\}/, 'missing:financeSubsidy'],
  [/^\/finance\/pledges\/\{id\}/, 'financePledge'],
  [/^\/services\/questions\/\{id\}/, 'servicesQuestion'],
  [/^\/services\/registrations\/\{id\}/, 'servicesRegistration'],
  // Published answers are public; only withdrawing one is the desk's, of its own region.
  [/^\/services\/public\/knowledge\/\{id\}/, 'shared:servicesKnowledge'],
  [/^\/services\/knowledge\/\{id\}/, 'servicesKnowledge'],
  [/^\/finance\/whitelists\/\{id\}/, 'financeWhitelist'],
  [/^\/finance\/whitelist-applications\/\{id\}/, 'financeApplication'],
  [/^\/finance\/credit-lines\/\{id\}/, 'financeCreditLine'],
  [/^\/finance\/securitisations\/\{id\}/, 'missing:financeSecuritisation'],
  // A meeting's signings are read and written through the meeting: whoever may not see it gets 404.
  [/^\/finance\/meetings\/\{id\}/, 'meeting'],
  [/^\/finance\/signings\/\{id\}/, 'missing:financeSigning'],
  // Utilisation records are not built in the access world yet: called with made-up ids they answer 404 to everyone
  // (utilisation.routes.test.ts checks another city's and another enterprise's record itself).
  [/^\/utilisation\/declarations\/\{id\}/, 'missing:utilisationDeclaration'],
  [/^\/utilisation\/applications\/\{id\}/, 'missing:utilisationApplication'],
  [/^\/utilisation\/transfers\/\{id\}/, 'missing:utilisationTransfer'],
  [/^\/utilisation\/gis\/\{id\}/, 'missing:utilisationGi'],
  [/^\/utilisation\/gi-users\/\{id\}/, 'missing:utilisationGiUser'],
  [/^\/utilisation\/brands\/\{id\}/, 'missing:utilisationBrand'],
  [/^\/utilisation\/rules\/\{code\}/, 'shared:utilisationRule'],
  // services: volunteers, requests with their service records, overseas-dispute guidance
  [/^\/services\/volunteers\/\{id\}\/certificate/, 'missing:servicesCertificate'],
  [/^\/services\/volunteers\/\{id\}/, 'missing:servicesVolunteer'],
  [/^\/services\/volunteer-requests\/\{id\}/, 'missing:servicesVolunteerRequest'],
  [/^\/services\/overseas-cases\/\{id\}/, 'missing:servicesOverseasCase'],
];

/** The kind of record a route takes, or null when nobody has said. */
export function recordKindOf(path: string): string | null {
  return ROUTE_RECORDS.find(([re]) => re.test(path))?.[1] ?? null;
}

/**
 * Collects every route's access rule as Fastify registers it. The rule lives in the route's
 * config, which neither the OpenAPI document nor `findRoute` shows; Fastify announces each new
 * instance on this diagnostics channel, early enough to add an onRoute hook.
 */
export function recordRouteAccess(): { accessOf: (method: string, url: string) => RouteAccess | 'signed-in' | undefined; stop: () => void } {
  const access = new Map<string, RouteAccess | 'signed-in'>();
  const listen = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (route) => {
      for (const m of [route.method].flat()) access.set(`${m} ${route.url}`, route.config?.access ?? 'signed-in');
    });
  };
  diagnostics.subscribe('fastify.initialization', listen);
  return { accessOf: (method, url) => access.get(`${method} ${url}`), stop: () => diagnostics.unsubscribe('fastify.initialization', listen) };
}
