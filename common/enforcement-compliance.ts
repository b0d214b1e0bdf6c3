import { z } from 'zod';
import { DateSchema, type Labels, LimitSchema, NEXT_AGENTS, OnSchema, optionalText, requiredText } from './enforcement';
import { Limits } from './limits';
import { pageOf, pageQuery } from './pagination';
import { Role } from './roles';

// ——— the procuratorate's compliance work (企业合规), under the memorandum of seed 000 ———

/** Who may call the compliance routes: the procuratorate liaison opens a procedure; the office, districts and officers sit on teams. */
export const ComplianceAccess = {
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.EnforcementOfficer, Role.Liaison, Role.Enterprise],
  /** Opening a procedure: the procuratorate (a liaison of a procuratorate unit, checked by the policy). */
  open: [Role.Admin, Role.Liaison],
  /** Recording the plan, inspections and evaluation: the team's members of the IP office, districts and officers. */
  team: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.EnforcementOfficer, Role.Liaison],
} as const satisfies Record<string, readonly Role[]>;

export const COMPLIANCE_STATUSES = ['planPending', 'inspecting', 'evaluated', 'sent'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];
export const ComplianceStatusLabels: Labels<ComplianceStatus> = {
  planPending: { zh: '待提交合规计划', en: 'Awaiting the compliance plan' },
  inspecting: { zh: '合规考察中', en: 'Under inspection' },
  evaluated: { zh: '已评估，待报送', en: 'Evaluated, to be sent' },
  sent: { zh: '已报送检察机关', en: 'Sent to the procuratorate' },
};

export const EVALUATION_RESULTS = ['passed', 'failed'] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export const EvaluationResultLabels: Labels<EvaluationResult> = {
  passed: { zh: '合规整改合格', en: 'Compliance effective' },
  failed: { zh: '合规整改不合格', en: 'Compliance not effective' },
};

export const INSPECTION_RATINGS = ['effective', 'needsWork'] as const;
export type InspectionRating = (typeof INSPECTION_RATINGS)[number];
export const InspectionRatingLabels: Labels<InspectionRating> = {
  effective: { zh: '整改有效', en: 'Effective' },
  needsWork: { zh: '需继续整改', en: 'Needs more work' },
};

export const COMPLIANCE_ACTIONS = ['submitPlan', 'approvePlan', 'extendTerm', 'schedule', 'evaluate', 'send'] as const;
export type ComplianceActionName = (typeof COMPLIANCE_ACTIONS)[number];

export const TeamMemberInputSchema = z.object({
  name: requiredText('请填写成员姓名', Limits.nameMax),
  unit: requiredText('请填写成员所在单位', Limits.nameMax),
  orgId: z.uuid('成员单位无效').optional().nullable().describe('the member’s organisation on the platform, when it has one: it then follows the procedure'),
  leader: z.boolean().default(false),
});

export const ComplianceCreateSchema = z
  .object({
    enterpriseName: requiredText('请填写涉案企业名称', Limits.nameMax),
    enterpriseCreditCode: optionalText(18),
    enterpriseOrgId: z.uuid('企业无效').optional().nullable().describe('the enterprise’s own organisation, when it has an account'),
    caseRef: requiredText('请填写案由及案号', Limits.titleMax),
    summary: requiredText('请填写涉案情况'),
    officeOrgId: z.uuid('请选择参与第三方监督评估的知识产权部门').describe('the IP office or bureau that sits on the supervision team (the memorandum’s other party)'),
    startedOn: DateSchema.describe('the day the procuratorate started the procedure: the plan clock starts here'),
    team: z.array(TeamMemberInputSchema).min(2, '第三方监督评估组织至少两名成员').max(15, '第三方监督评估组织不超过十五名成员'),
  })
  .meta({ id: 'EnforcementComplianceCreate' });
export type ComplianceCreate = z.infer<typeof ComplianceCreateSchema>;

export const ComplianceActionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('submitPlan'), on: OnSchema, title: requiredText('请填写合规计划名称', Limits.titleMax), summary: requiredText('请填写合规计划要点') }),
    z.object({ action: z.literal('approvePlan'), on: OnSchema }),
    z.object({ action: z.literal('extendTerm'), months: z.number().int('延长月数应为整数').min(1, '至少延长一个月').max(12, '延长不超过十二个月'), approval: optionalText(Limits.titleMax).describe('the procuratorate’s approval of the extension (required)') }),
    z.object({ action: z.literal('evaluate'), on: OnSchema, result: z.enum(EVALUATION_RESULTS, '请选择评估结论'), summary: requiredText('请填写评估意见') }),
    z.object({ action: z.literal('send'), on: OnSchema }),
  ])
  .meta({ id: 'EnforcementComplianceAction' });
export type ComplianceAction = z.infer<typeof ComplianceActionSchema>;

export const InspectionCreateSchema = z
  .object({ plannedOn: DateSchema, focus: requiredText('请填写检查重点', Limits.titleMax) })
  .meta({ id: 'EnforcementInspectionCreate' });
export type InspectionCreate = z.infer<typeof InspectionCreateSchema>;
export const InspectionRecordSchema = z
  .object({ doneOn: DateSchema, findings: requiredText('请填写检查发现的问题和整改情况'), rating: z.enum(INSPECTION_RATINGS, '请选择检查结论') })
  .meta({ id: 'EnforcementInspectionRecord' });
export type InspectionRecord = z.infer<typeof InspectionRecordSchema>;

const Named = z.object({ id: z.string(), name: z.string() });

export const ComplianceListItemSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    procuratorate: Named,
    office: Named,
    enterpriseName: z.string(),
    caseRef: z.string(),
    status: z.enum(COMPLIANCE_STATUSES),
    startedOn: z.string(),
    termEndsOn: z.string().nullable(),
    inspectionsDone: z.number().int(),
    inspectionsPlanned: z.number().int(),
    evaluationResult: z.enum(EVALUATION_RESULTS).nullable(),
    nextDueOn: z.string().nullable(),
    overdue: z.boolean(),
    nextActor: z.enum(NEXT_AGENTS),
  })
  .meta({ id: 'EnforcementComplianceListItem' });
export type ComplianceListItem = z.infer<typeof ComplianceListItemSchema>;
export const CompliancePageSchema = pageOf(ComplianceListItemSchema).meta({ id: 'EnforcementCompliancePage' });
export const ComplianceListQuerySchema = pageQuery(['startedOn', 'enterpriseName', 'status'] as const).extend({
  q: z.string().trim().max(Limits.nameMax).optional().describe('enterprise or case'),
  status: z.enum(COMPLIANCE_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type ComplianceListQuery = z.infer<typeof ComplianceListQuerySchema>;

export const InspectionSchema = z.object({
  id: z.string(),
  plannedOn: z.string(),
  focus: z.string(),
  doneOn: z.string().nullable(),
  findings: z.string().nullable(),
  rating: z.enum(INSPECTION_RATINGS).nullable(),
  overdue: z.boolean().describe('planned day passed without findings'),
});
export const TeamMemberSchema = z.object({ id: z.string(), name: z.string(), unit: z.string(), orgId: z.string().nullable(), leader: z.boolean() });

export const ComplianceDetailSchema = ComplianceListItemSchema.extend({
  enterpriseCreditCode: z.string().nullable(),
  enterpriseOrgId: z.string().nullable(),
  summary: z.string(),
  planTitle: z.string().nullable(),
  planSummary: z.string().nullable(),
  planSubmittedOn: z.string().nullable(),
  planApprovedOn: z.string().nullable(),
  termExtensionMonths: z.number().int(),
  termExtensionApproval: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  evaluationSummary: z.string().nullable(),
  sentOn: z.string().nullable(),
  team: z.array(TeamMemberSchema),
  inspections: z.array(InspectionSchema),
  limits: z.array(LimitSchema),
  actions: z.array(z.enum(COMPLIANCE_ACTIONS)).describe('what the caller may do now'),
}).meta({ id: 'EnforcementComplianceDetail' });
export type ComplianceDetail = z.infer<typeof ComplianceDetailSchema>;
