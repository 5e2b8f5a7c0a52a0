/**
 * The staff routes of the casework API (bearer token: clerk, head, office).
 * `entry` is what the CDK bundles, one Lambda per route; `load` is what the
 * local stack imports.
 */
export const caseworkRoutes = [
  {
    method: 'GET',
    path: '/api/staff/requests',
    entry: 'src/handlers/list.ts',
    load: () => import('./handlers/list.js'),
  },
  {
    method: 'POST',
    path: '/api/staff/requests',
    entry: 'src/handlers/register.ts',
    load: () => import('./handlers/register.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/requests/{id}',
    entry: 'src/handlers/view.ts',
    load: () => import('./handlers/view.js'),
  },
  {
    method: 'POST',
    path: '/api/staff/requests/{id}/applicant',
    entry: 'src/handlers/reveal-applicant.ts',
    load: () => import('./handlers/reveal-applicant.js'),
  },
  {
    method: 'POST',
    path: '/api/staff/requests/{id}/commands',
    entry: 'src/handlers/command.ts',
    load: () => import('./handlers/command.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/requests/{id}/attachments/{attachmentId}',
    entry: 'src/handlers/download-attachment.ts',
    load: () => import('./handlers/download-attachment.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/requests/{id}/letters',
    entry: 'src/handlers/list-letters.ts',
    load: () => import('./handlers/list-letters.js'),
  },
  {
    method: 'POST',
    path: '/api/staff/requests/{id}/letters/preview',
    entry: 'src/handlers/preview-letter.ts',
    load: () => import('./handlers/preview-letter.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/requests/{id}/letters/{letterId}',
    entry: 'src/handlers/download-letter.ts',
    load: () => import('./handlers/download-letter.js'),
  },
  {
    method: 'POST',
    path: '/api/staff/requests/{id}/letters/{letterId}/versions',
    entry: 'src/handlers/revise-letter.ts',
    load: () => import('./handlers/revise-letter.js'),
  },
  {
    method: 'PUT',
    path: '/api/staff/requests/{id}/assignee',
    entry: 'src/handlers/assign.ts',
    load: () => import('./handlers/assign.js'),
  },
] as const;
