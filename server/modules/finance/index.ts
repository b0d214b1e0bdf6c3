import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../../platform/context';
import type { ScheduledTask } from '../../platform/scheduler';
import type { FinanceDeps, FinanceServices } from './finance.contract';

/** The `finance` module's services: pledge registrations, whitelists, loans, risk pools, claims, subsidies, securitisation. */
export async function createFinanceServices(_p: PlatformContext, _deps: FinanceDeps): Promise<FinanceServices> {
  return {};
}
export type { FinanceDeps, FinanceServices } from './finance.contract';

/** Registers the finance module's HTTP routes. */
export function registerFinanceModuleRoutes(_app: FastifyInstance, _p: PlatformContext, _s: FinanceServices): void {}

/** The finance module's periodic work (claim deadlines, whitelist expiry). */
export function financeSchedules(_p: PlatformContext, _s: FinanceServices): ScheduledTask[] {
  return [];
}
