import type { PledgeStatus } from '../../../../common/finance';

/** What can happen to a pledge registration. */
export type PledgeAction = 'edit' | 'submit' | 'register' | 'refuse' | 'change' | 'release';

/** The pledge registration's state machine: which action leads from which state to which. */
const TRANSITIONS: Record<PledgeAction, { from: readonly PledgeStatus[]; to: PledgeStatus }> = {
  edit: { from: ['draft'], to: 'draft' },
  submit: { from: ['draft'], to: 'submitted' },
  register: { from: ['submitted'], to: 'registered' },
  refuse: { from: ['submitted'], to: 'refused' },
  change: { from: ['registered', 'changed'], to: 'changed' },
  release: { from: ['registered', 'changed'], to: 'released' },
};

/** The state an action leads to, or null when the action is not allowed in this state. */
export function nextPledgeStatus(status: PledgeStatus, action: PledgeAction): PledgeStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** True while the pledge holds its rights: filed and not refused or released (ground 9 counts these). */
export function isOpenPledge(status: PledgeStatus): boolean {
  return status === 'submitted' || status === 'registered' || status === 'changed';
}

/** The statuses a pledge holds its rights in, for the repository's query. */
export const OPEN_PLEDGE_STATUSES: readonly PledgeStatus[] = ['submitted', 'registered', 'changed'];
