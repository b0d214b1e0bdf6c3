import { z } from 'zod';
import { CUSTOMS_RIGHT_KINDS } from './enforcement-agency';
import { Role } from './roles';

// ——— enforcement statistics: per agency and district, for one year ———

/** Who may read enforcement statistics: the office and districts their region, officers their agency, the procuratorate its region. */
export const EnforcementStatsAccess = [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.EnforcementOfficer, Role.Liaison] as const;

export const EnforcementStatsQuerySchema = z.object({
  year: z.coerce.number({ error: '年份应为数字' }).int('年份应为整数').min(2000, '年份不能早于2000').max(2100, '年份不能晚于2100').optional().describe('defaults to this year'),
});
export type EnforcementStatsQuery = z.infer<typeof EnforcementStatsQuerySchema>;

/** The figures of one agency, one district or the whole scope. */
export const EnforcementFiguresSchema = z.object({
  casesReceived: z.number().int(),
  casesOpened: z.number().int(),
  casesClosed: z.number().int(),
  penalties: z.number().int().describe('penalty decisions made in the year'),
  fineFen: z.number().int(),
  confiscatedFen: z.number().int(),
  transfers: z.number().int().describe('transfers to the police reported in the year'),
  transfersOpened: z.number().int().describe('of these, criminal cases the police opened'),
  transfersRefused: z.number().int().describe('of these, refusals the police kept after any reconsideration'),
  transfersPending: z.number().int(),
  cluesReceived: z.number().int(),
  cluesAnswered: z.number().int(),
  clueAnswerDays: z.number().nullable().describe('average calendar days from a clue passed to its answer'),
  detentions: z.number().int(),
});
export type EnforcementFigures = z.infer<typeof EnforcementFiguresSchema>;

export const EnforcementStatsSchema = z
  .object({
    year: z.number().int(),
    totals: EnforcementFiguresSchema,
    byAgency: z.array(EnforcementFiguresSchema.extend({ org: z.object({ id: z.string(), name: z.string() }), regionCode: z.string() })),
    byDistrict: z.array(EnforcementFiguresSchema.extend({ regionCode: z.string(), regionName: z.string() })),
    detentionsByRight: z.array(z.object({ rightKind: z.enum([...CUSTOMS_RIGHT_KINDS, 'unrecorded']), detentions: z.number().int(), confiscated: z.number().int(), declaredValueFen: z.number().int() })),
  })
  .meta({ id: 'EnforcementStats' });
export type EnforcementStats = z.infer<typeof EnforcementStatsSchema>;

export const DetentionRightLabels = { unrecorded: { zh: '未备案', en: 'Not recorded with customs' } } as const;
