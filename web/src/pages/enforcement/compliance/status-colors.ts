import type { ComplianceListItem } from '../../../../../common/enforcement-compliance';

/** Tag colours of the procedure states. */
export const STATUS_COLOR: Record<ComplianceListItem['status'], string> = { planPending: 'gold', inspecting: 'processing', evaluated: 'purple', sent: 'success' };
