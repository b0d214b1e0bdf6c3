import { z } from 'zod';

/** One row of an import that could not be taken, with the field at fault. */
export const ImportRowErrorSchema = z.object({
  row: z.number().int().describe('spreadsheet row number, counting the header as row 1'),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportReportSchema = z
  .object({
    total: z.number().int(),
    imported: z.number().int(),
    errors: z.array(ImportRowErrorSchema),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const JobStatus = { Queued: 'queued', Running: 'running', Succeeded: 'succeeded', Failed: 'failed' } as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];

/** A long piece of work (an import, a report) that the UI follows with a progress bar. */
export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    processed: z.number().int(),
    total: z.number().int().nullable(),
    message: z.string().nullable(),
    result: z.unknown().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof JobSchema>;
