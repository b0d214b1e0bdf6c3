import { z } from 'zod';
import { dateField } from './fields';
import { pageOf, pageQuery } from './pagination';

export const AuditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string().describe('verb.entity, e.g. create, update, delete, login'),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/** One of my latest changes, with what the changed record is called (its title or number), never its id. */
export const AuditActivitySchema = AuditEventSchema.extend({
  entityLabel: z.string().nullable().describe('title, case number or name of the record; null when none was recorded'),
}).meta({ id: 'AuditActivity' });
export type AuditActivity = z.infer<typeof AuditActivitySchema>;

export const AuditListQuerySchema = pageQuery(['at'] as const).extend({
  actorId: z.uuid().optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  action: z.string().trim().max(50).optional(),
  from: dateField().optional(),
  to: dateField().optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type AuditListQuery = z.output<typeof AuditListQuerySchema>;
export const AuditPageSchema = pageOf(AuditEventSchema).meta({ id: 'AuditPage' });

export const AuditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResultSchema>;
