import { z } from 'zod';
import { MeetingSummarySchema } from './conference';
import { CaseListItemSchema } from './protection';
import { TaskSummarySchema } from './tasks';

/**
 * One number on a home page: what it counts (`key`) and the list query that shows exactly those records,
 * so a card links to the list it counts and the two always agree.
 */
export const HomeCountSchema = z
  .object({
    key: z.string(),
    count: z.number().int(),
    query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  })
  .meta({ id: 'HomeCount' });
export type HomeCount = z.infer<typeof HomeCountSchema>;

/** How many items a home card lists below its counts. */
export const HOME_LIST_SIZE = 5;

/** The conference part of a home: this week's meetings, and meetings the caller's unit is invited to and may still register for. */
export const ConferenceHomeSchema = z
  .object({
    counts: z.array(HomeCountSchema),
    meetings: z.array(MeetingSummarySchema),
  })
  .meta({ id: 'ConferenceHome' });
export type ConferenceHome = z.infer<typeof ConferenceHomeSchema>;

/**
 * The key-task part of a home: the office sees its region's overdue and at-risk tasks and what waits for
 * review; a unit or district sees its own tasks by flag and what it must answer or sign for.
 */
export const TasksHomeSchema = z
  .object({
    view: z.enum(['office', 'unit']),
    counts: z.array(HomeCountSchema),
    tasks: z.array(TaskSummarySchema),
  })
  .meta({ id: 'TasksHome' });
export type TasksHome = z.infer<typeof TasksHomeSchema>;

/** The cases part of a home: the caller's open cases by their next deadline, those past it and those due soon. */
export const ProtectionHomeSchema = z
  .object({
    counts: z.array(HomeCountSchema),
    cases: z.array(CaseListItemSchema),
  })
  .meta({ id: 'ProtectionHome' });
export type ProtectionHome = z.infer<typeof ProtectionHomeSchema>;
