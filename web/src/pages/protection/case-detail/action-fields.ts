import { TERMINATION_GROUNDS, TerminationGroundLabels } from '../../../../../common/protection';
import { CONSENT_METHODS, ConsentMethodLabels } from '../../../../../common/protection-workflow';

/** How a field of an action form is entered. */
export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'bool' | 'select' | 'mediator' | 'court' | 'office' | 'parties' | 'evidence' | 'handlers' | 'panel' | 'yuan';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Choices of a select: an i18n key or a { zh, en } label per value. */
  options?: { value: string; key?: string; label?: { zh: string; en: string } }[];
  initial?: unknown;
  optional?: boolean;
}

const reason: FieldSpec[] = [{ name: 'reason', kind: 'textarea' }];
const opt = (...values: string[]) => values.map((value) => ({ value, key: `protection.opt.${value}` }));

/** The form of each case action; actions not listed need only a confirmation. */
export const ACTION_FIELDS: Record<string, FieldSpec[]> = {
  return: reason,
  decline: reason,
  recuse: reason,
  replaceMediator: reason,
  withdraw: reason,
  resume: reason,
  refuseConfirmation: reason,
  notAccept: reason,
  choose: [{ name: 'mediatorId', kind: 'mediator' }],
  designate: [{ name: 'mediatorId', kind: 'mediator' }],
  accept: [
    { name: 'hasConflict', kind: 'bool', initial: false },
    { name: 'disclosure', kind: 'textarea', initial: '本人与各方当事人及其代理人无亲属、雇佣、代理或其他可能影响公正调解的关系。' },
  ],
  contactRespondent: [
    { name: 'result', kind: 'select', options: opt('agreed', 'refused', 'unreachable'), initial: 'agreed' },
    { name: 'note', kind: 'textarea', optional: true },
  ],
  extend: [
    { name: 'days', kind: 'number', initial: 15 },
    { name: 'consentPartyIds', kind: 'parties' },
    { name: 'consentOn', kind: 'date' },
    { name: 'consentMethod', kind: 'select', options: CONSENT_METHODS.map((value) => ({ value, label: ConsentMethodLabels[value] })) },
  ],
  startAppraisal: [
    { name: 'institution', kind: 'text' },
    { name: 'matter', kind: 'textarea' },
  ],
  endAppraisal: [{ name: 'result', kind: 'textarea' }],
  draftAgreement: [
    { name: 'terms', kind: 'textarea' },
    { name: 'performanceMethod', kind: 'text' },
    { name: 'performanceDeadline', kind: 'date' },
    { name: 'affectsValidity', kind: 'bool', initial: false },
    { name: 'signedPartyIds', kind: 'parties', optional: true },
    { name: 'mediatorSigned', kind: 'bool', initial: true },
    { name: 'sealed', kind: 'bool', initial: true },
  ],
  signAgreement: [{ name: 'seal', kind: 'bool', initial: true, optional: true }],
  terminate: [
    { name: 'ground', kind: 'select', options: TERMINATION_GROUNDS.filter((g) => g !== 'agreementReached').map((value) => ({ value, label: TerminationGroundLabels[value] })) },
    { name: 'detail', kind: 'textarea' },
  ],
  issueDocument: [{ name: 'documentNo', kind: 'text' }],
  applyConfirmation: [
    { name: 'courtId', kind: 'court' },
    { name: 'jointApplicationEvidenceId', kind: 'evidence', optional: true },
  ],
  acceptConfirmation: [{ name: 'confirmationNo', kind: 'text' }],
  extendRuling: [
    { name: 'days', kind: 'number', initial: 10 },
    { name: 'reason', kind: 'textarea' },
  ],
  ruleConfirmation: [
    { name: 'result', kind: 'select', options: opt('confirmed', 'rejected'), initial: 'confirmed' },
    { name: 'reason', kind: 'textarea', optional: true },
  ],
  reportFailure: [
    { name: 'whatHappened', kind: 'textarea' },
    { name: 'whyFailed', kind: 'textarea' },
    { name: 'costConduct', kind: 'textarea', optional: true },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  transfer: [
    { name: 'destination', kind: 'select', options: opt('courtRegistered', 'trialResumed', 'onlineFiling', 'adjudication') },
    { name: 'courtCaseNo', kind: 'text', optional: true },
    { name: 'adjudicationOrgId', kind: 'office', optional: true },
  ],
  recordCourtFiling: [{ name: 'courtCaseNo', kind: 'text' }],
  register: [{ name: 'handlers', kind: 'handlers' }],
  recordAnswer: [{ name: 'summary', kind: 'textarea' }],
  recordHearing: [
    { name: 'heldOn', kind: 'date' },
    { name: 'mode', kind: 'select', options: opt('oral', 'written'), initial: 'oral' },
    { name: 'summary', kind: 'textarea' },
  ],
  suspend: [
    { name: 'invalidationNo', kind: 'text' },
    { name: 'invalidationAcceptedOn', kind: 'date' },
  ],
  extendDecision: [
    { name: 'months', kind: 'number', initial: 1 },
    { name: 'approvedBy', kind: 'text' },
  ],
  recuseHandler: [
    { name: 'memberId', kind: 'panel' },
    { name: 'reason', kind: 'textarea' },
    { name: 'replacementName', kind: 'text' },
  ],
  mediate: [
    { name: 'terms', kind: 'textarea' },
    { name: 'damagesYuan', kind: 'yuan', optional: true },
  ],
  decide: [
    { name: 'result', kind: 'select', options: opt('infringing', 'notInfringing'), initial: 'infringing' },
    { name: 'orders', kind: 'textarea' },
  ],
  recordLawsuit: [
    { name: 'courtId', kind: 'court' },
    { name: 'filedOn', kind: 'date' },
    { name: 'courtCaseNo', kind: 'text', optional: true },
  ],
  requestEnforcement: [{ name: 'courtId', kind: 'court' }],
};

/** Actions that close a road (shown as danger buttons). */
export const DANGER_ACTIONS = new Set(['return', 'decline', 'recuse', 'terminate', 'withdraw', 'refuseConfirmation', 'notAccept', 'replaceMediator']);
