import { dateIn } from '@ogi/domain';
import { type HttpEvent, sourceIp } from '@ogi/http';
import type { LifecycleEvent } from '@ogi/schema';
import { type RequestRecord, recordEvent } from '@ogi/store';
import { lifecycle, runtime } from './config.js';
import { findWithCode } from './lookup.js';

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
  const ip = sourceIp(event);
  const { record: updated } = await recordEvent(runtime.requests, lifecycle, {
    id: record.id,
    expectedVersion: record.version,
    event: step(dateIn(runtime.district.timeZone, new Date())),
    audit: { actor: 'applicant', role: 'applicant', ...(ip ? { sourceIp: ip } : {}) },
  });
  return updated;
}
