import type { AuditInput } from '@ogi/store';

/**
 * Who the tracker's own writes are recorded as: a system actor, never a
 * person. The case view shows it in the audit trail beside staff ids.
 */
export const SYSTEM_AUDIT: AuditInput = { actor: 'system:deadline-tracker', role: 'system' };
