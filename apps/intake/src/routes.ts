/**
 * The public routes of the intake API. `entry` is what the CDK bundles, one
 * Lambda per route; `load` is what the local stack imports.
 */
export const intakeRoutes = [
  {
    method: 'POST',
    path: '/api/requests',
    entry: 'src/handlers/submit.ts',
    load: () => import('./handlers/submit.js'),
  },
  {
    method: 'GET',
    path: '/api/requests/{receiptNo}',
    entry: 'src/handlers/status.ts',
    load: () => import('./handlers/status.js'),
  },
  {
    method: 'GET',
    path: '/api/requests/{receiptNo}/letters/{letterId}',
    entry: 'src/handlers/download-letter.ts',
    load: () => import('./handlers/download-letter.js'),
  },
  {
    method: 'POST',
    path: '/api/requests/{receiptNo}/attachments',
    entry: 'src/handlers/presign-attachment.ts',
    load: () => import('./handlers/presign-attachment.js'),
  },
  {
    method: 'POST',
    path: '/api/requests/{receiptNo}/attachments/{attachmentId}',
    entry: 'src/handlers/confirm-attachment.ts',
    load: () => import('./handlers/confirm-attachment.js'),
  },
  {
    method: 'POST',
    path: '/api/requests/{receiptNo}/correction',
    entry: 'src/handlers/correction.ts',
    load: () => import('./handlers/correction.js'),
  },
  {
    method: 'POST',
    path: '/api/requests/{receiptNo}/withdrawal',
    entry: 'src/handlers/withdrawal.ts',
    load: () => import('./handlers/withdrawal.js'),
  },
] as const;
