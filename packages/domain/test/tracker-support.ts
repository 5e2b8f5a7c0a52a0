import type { TrackedRequest } from '../src/index.js';

export function trackedRequest(overrides: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    id: 'req-0001',
    receiptNo: 'DC-2026-0001',
    status: 'processing',
    channel: 'in-person',
    submittedOn: '2026-09-18',
    assignee: '李四',
    maskedName: '张*',
    ...overrides,
  };
}
