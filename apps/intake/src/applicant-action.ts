import { dateIn } from '@ogi/domain';
import { type HttpEvent, sourceIp } from '@ogi/http';
import type { LifecycleEvent } from '@ogi/schema';
import { type AuditInput, type RequestRecord, recordEvent } from '@ogi/store';
import { lifecycle, runtime } from './config.js';
import { findWithCode } from './lookup.js';

/** The audit record of what an applicant does: no name, only the role and the address. */
export function applicantAudit(event: HttpEvent): AuditInput {
  const ip = sourceIp(event);
  return { actor: 'applicant', role: 'applicant', ...(ip ? { sourceIp: ip } : {}) };
}

/**
 * Records an applicant's own step (a correction, a withdrawal) on the request
 * the receipt number and query code name, dated today in the district and
 * checked by the lifecycle like any staff command.
 */
export async function recordApplicantEvent(
  event: HttpEvent,
  lookup: { receiptNo: string; code: string },
  step: (on: string) => LifecycleEvent,
): Promise<RequestRecord> {
  const { record } = await findWithCode(lookup.receiptNo, lookup.code);
  const { record: updated } = await recordEvent(runtime.requests, lifecycle, {
    id: record.id,
    expectedVersion: record.version,
    event: step(dateIn(runtime.district.timeZone, new Date())),
    audit: applicantAudit(event),
  });
  return updated;
}
