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
  [/^\/orgs\/\{id\}/, 'org'],
  [/^\/people\/\{id\}/, 'person'],
  [/^\/users\/\{id\}/, 'user'],
  [/^\/roles\/\{code\}/, 'shared:role'],
  [/^\/regions\/\{code\}/, 'shared:region'],
  [/^\/calendar\/days\/\{date\}/, 'shared:calendarDay'],
  [/^\/calendar-feed\/\{token\}/, 'missing:feedToken'],
  [/^\/jobs\/\{id\}/, 'job'],
  [/^\/notifications\/\{id\}/, 'notification'],
  [/^\/files\/\{id\}/, 'file'],
  [/^\/conference\/members\/\{id\}/, 'member'],
  [/^\/conference\/liaisons\/\{id\}/, 'liaison'],
  [/^\/meetings\/\{id\}\/invitations\/\{childId\}/, 'meeting/invitation'],
  [/^\/meetings\/\{id\}\/registrations\/\{childId\}/, 'meeting/registration'],
  [/^\/meetings\/\{id\}\/attendees\/\{childId\}/, 'meeting/attendee'],
  [/^\/meetings\/\{id\}/, 'meeting'],
  [/^\/resolutions\/\{id\}/, 'resolution'],
  [/^\/agreements\/\{id\}/, 'agreement'],
  [/^\/unveilings\/\{id\}/, 'unveiling'],
  [/^\/meeting-documents\/\{id\}/, 'meetingDocument'],
  [/^\/work-plans\/\{id\}/, 'workPlan'],
  [/^\/tasks\/\{id\}/, 'task'],
  [/^\/task-books\/\{id\}/, 'taskBook'],
  [/^\/progress-reports\/\{id\}/, 'progressReport'],
  [/^\/supervision-notices\/\{id\}/, 'notice'],
  [/^\/adjustments\/\{id\}/, 'adjustment'],
  [/^\/assessments\/\{id\}/, 'assessment'],
  [/^\/assessment-bonuses\/\{id\}/, 'assessmentBonus'],
  [/^\/protection\/cases\/\{id\}/, 'case'],
  [/^\/protection\/mediators\/\{id\}/, 'shared:mediator'],
  [/^\/protection\/organisations\/\{id\}/, 'protectionOrg'],
  [/^\/protection\/deadline-rules\/\{id\}/, 'missing:deadlineRule'],
  [/^\/protection\/webhooks\/\{id\}/, 'missing:webhook'],
  [/^\/protection\/deliveries\/\{outboxId\}\/\{webhookId\}/, 'missing:delivery'],
  [/^\/stats\/imports\/template\/\{kind\}/, 'shared:statsTemplate'],
  [/^\/stats\/patents\/\{no\}/, 'shared:patent'],
  [/^\/stats\/reports\/\{id\}/, 'missing:statsReport'],
  [/^\/stats\/(baselines|figures|publications)\/\{regionCode\}/, 'shared:statsRegion'],
  // A published article is public, but its history (who changed what) only for those whose list shows it.
  [/^\/articles\/\{id\}\/history/, 'publishedArticle'],
  [/^\/articles\/\{id\}/, 'article'],
  [/^\/public\/news\/\{id\}/, 'article'],
  [/^\/top-ten\/\{year\}/, 'topTen'],
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
