import { z } from 'zod';
import { Limits } from './limits';
import {
  CASE_KINDS,
  CASE_SOURCES,
  CASE_STATUSES,
  DISPUTE_TYPES,
  type Labels,
  NEXT_ACTORS,
  NOTE_VISIBILITIES,
  PartySchema,
  PROCEDURES,
  RightSchema,
  TERMINATION_GROUNDS,
} from './protection';
import { ACTOR_SIDES } from './protection-workflow';

const Named = z.object({ id: z.string(), name: z.string() });

/** How a deadline stands: still running, met in time, missed, paused, or not started yet. */
export const DEADLINE_STATES = ['running', 'met', 'late', 'overdue', 'paused', 'lapsed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DeadlineStateLabels: Labels<DeadlineState> = {
  running: { zh: '进行中', en: 'Running' },
  met: { zh: '按期完成', en: 'Met' },
  late: { zh: '逾期完成', en: 'Met late' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  paused: { zh: '已中止计算', en: 'Paused' },
  lapsed: { zh: '期限已届满', en: 'Lapsed' },
};

/** One legal time limit of a case, computed from the deadline rules and the working-day calendar. */
export const CaseDeadlineSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    startedOn: z.string(),
    dueOn: z.string().nullable().describe('null while the clock is paused'),
    length: z.string().describe('e.g. "3 个工作日", "30 日", "3 个月 + 延长 1 个月"'),
    lengthEn: z.string().describe('the same in English, e.g. "3 working days", "30 days + 45 days extension"'),
    state: z.enum(DEADLINE_STATES),
    metOn: z.string().nullable(),
    actor: z.enum(NEXT_ACTORS),
    citation: z.string(),
    regionPrefix: z.string().describe('the region whose rule applied; empty for the national default'),
  })
  .meta({ id: 'ProtectionCaseDeadline' });
export type CaseDeadline = z.infer<typeof CaseDeadlineSchema>;

export const CaseEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    onDate: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    fromStatus: z.enum(CASE_STATUSES).nullable(),
    toStatus: z.enum(CASE_STATUSES).nullable(),
    detail: z.string().nullable(),
  })
  .meta({ id: 'ProtectionCaseEvent' });
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const EvidenceSchema = z
  .object({ id: z.string(), title: z.string(), side: z.enum(ACTOR_SIDES), fileName: z.string(), size: z.number(), mime: z.string(), uploadedBy: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'ProtectionEvidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const NoteSchema = z
  .object({ id: z.string(), visibility: z.enum(NOTE_VISIBILITIES), authorName: z.string(), text: z.string(), createdAt: z.string() })
  .meta({ id: 'ProtectionNote' });
export type Note = z.infer<typeof NoteSchema>;
export const NoteCreateSchema = z
  .object({ visibility: z.enum(NOTE_VISIBILITIES), text: z.string().trim().min(1, '请填写内容').max(Limits.textMax, `不能超过${Limits.textMax}个字符`) })
  .meta({ id: 'ProtectionNoteCreate' });
export type NoteCreate = z.infer<typeof NoteCreateSchema>;

export const AgreementSchema = z
  .object({
    terms: z.string(),
    performanceMethod: z.string(),
    performanceDeadline: z.string(),
    affectsValidity: z.boolean(),
    signatures: z.array(z.object({ partyId: z.string(), name: z.string(), signedOn: z.string() })),
    mediatorSignedOn: z.string().nullable(),
    sealedOn: z.string().nullable(),
    sealOrgName: z.string().nullable(),
    effectiveOn: z.string().nullable().describe('the day every party and the mediator had signed and the seal was affixed'),
  })
  .meta({ id: 'ProtectionAgreement' });
export type Agreement = z.infer<typeof AgreementSchema>;

export const ConfirmationSchema = z
  .object({
    court: Named.nullable(),
    consents: z.array(z.string()).describe('party sides that have applied'),
    appliedOn: z.string().nullable(),
    confirmationNo: z.string().nullable(),
    acceptedOn: z.string().nullable(),
    rulingExtensionDays: z.number(),
    decidedOn: z.string().nullable(),
    result: z.enum(['confirmed', 'rejected', 'notAccepted']).nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ProtectionConfirmation' });

export const FailureReportSchema = z
  .object({ whatHappened: z.string(), whyFailed: z.string(), costConduct: z.string().nullable(), notes: z.string().nullable(), reportedBy: z.string(), reportedOn: z.string() })
  .meta({ id: 'ProtectionFailureReport' });

export const PanelMemberSchema = z
  .object({ id: z.string(), name: z.string(), presiding: z.boolean(), recusedOn: z.string().nullable(), recusalReason: z.string().nullable() })
  .meta({ id: 'ProtectionPanelMember' });

/** A case as its page shows it: particulars, parties, deadlines, who acts next, and what the caller may do. */
export const CaseDetailSchema = z
  .object({
    id: z.string(),
    kind: z.enum(CASE_KINDS),
    caseNo: z.string(),
    status: z.enum(CASE_STATUSES),
    source: z.enum(CASE_SOURCES),
    procedure: z.enum(PROCEDURES).nullable(),
    disputeType: z.enum(DISPUTE_TYPES),
    summary: z.string(),
    claims: z.string(),
    amountFen: z.number(),
    regionCode: z.string(),
    regionName: z.string(),
    org: Named,
    court: Named.nullable(),
    courtCaseNo: z.string().nullable(),
    referringOrg: Named.nullable(),
    mediator: Named.extend({ phone: z.string().nullable() }).nullable(),
    fromCaseId: z.string().nullable(),
    dates: z.record(z.string(), z.string().nullable()).describe('receivedOn, admittedOn, assignedOn, acceptedOn, mediationEndedOn (mediation ended), endedOn (case closed), … as YYYY-MM-DD'),
    periodDays: z.number().nullable(),
    extensionDays: z.number(),
    pausedDays: z.number(),
    outcome: z.string().nullable(),
    terminationGround: z.enum(TERMINATION_GROUNDS).nullable(),
    transferDestination: z.string().nullable(),
    documentNo: z.string().nullable(),
    decisionResult: z.string().nullable(),
    invalidationNo: z.string().nullable(),
    decisionExtensionMonths: z.number(),
    nextActor: z.enum(NEXT_ACTORS),
    dueOn: z.string().nullable(),
    dueKind: z.string().nullable(),
    parties: z.array(PartySchema),
    rights: z.array(RightSchema),
    evidence: z.array(EvidenceSchema),
    notes: z.array(NoteSchema),
    agreement: AgreementSchema.nullable(),
    confirmation: ConfirmationSchema.nullable(),
    failureReport: FailureReportSchema.nullable(),
    panel: z.array(PanelMemberSchema),
    deadlines: z.array(CaseDeadlineSchema),
    viewer: z.object({ sides: z.array(z.enum(ACTOR_SIDES)), actions: z.array(z.string()), canEditParties: z.array(z.string()).describe('ids of the parties the caller may edit') }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProtectionCaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
