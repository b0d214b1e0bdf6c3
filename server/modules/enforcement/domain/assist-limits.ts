import { ASSIST_KINDS, ASSIST_LIMIT_CODES, type AssistKind } from '../../../../common/enforcement-cooperation';
import { type LimitRule, resolveRule } from './limits';

/** A deadline a cooperation body's agreement sets for one kind of request. */
export interface AgreementLimit {
  kind: string;
  length: number;
  unit: string;
  citation: string;
}

/**
 * The rules that govern a request of `kind` between two members: the agreement's own deadline when
 * it sets one (it then stands alone, cited by its clause), otherwise the platform's default rule.
 */
export function assistRules(agreement: readonly AgreementLimit[], rules: readonly LimitRule[], kind: AssistKind): LimitRule[] {
  const code = ASSIST_LIMIT_CODES[kind];
  const own = agreement.find((l) => l.kind === kind);
  if (own) return [{ code, region_prefix: '', length: own.length, unit: own.unit, extension_length: null, citation: own.citation }];
  return [resolveRule(rules, code, '')];
}

/** Every kind's deadline as a body's page shows it, and whether its agreement sets it. */
export function bodyLimits(agreement: readonly AgreementLimit[], rules: readonly LimitRule[]) {
  return ASSIST_KINDS.map((kind) => {
    const [rule] = assistRules(agreement, rules, kind);
    return { kind, length: rule.length, unit: rule.unit as 'workingDays' | 'calendarDays', citation: rule.citation, fromAgreement: agreement.some((l) => l.kind === kind) };
  });
}
