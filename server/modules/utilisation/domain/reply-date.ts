/** The part of the working calendar the reply date needs. */
export interface WorkingDays {
  addWorkingDays(start: string, n: number): string;
}

/**
 * The day by which the holder confirms a licence application: `days` Chinese working days after it
 * was made (holidays skipped, make-up working days counted), the period being a configured rule.
 */
export function replyDueOn(calendar: WorkingDays, appliedOn: string, days: number): string {
  return calendar.addWorkingDays(appliedOn, Math.max(1, days));
}
