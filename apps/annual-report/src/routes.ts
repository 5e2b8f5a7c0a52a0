/**
 * The annual report routes (staff; the office and the head edit and publish)
 * and the figures page's, which reads the same records.
 * Their own Lambdas: rendering a DOCX takes a library the case routes never load.
 */
export const reportRoutes = [
  {
    method: 'GET',
    path: '/api/staff/reports/{year}',
    entry: 'src/handlers/report-view.ts',
    load: () => import('./handlers/report-view.js'),
  },
  {
    method: 'PUT',
    path: '/api/staff/reports/{year}/inputs',
    entry: 'src/handlers/report-inputs.ts',
    load: () => import('./handlers/report-inputs.js'),
  },
  {
    method: 'POST',
    path: '/api/staff/reports/{year}/publish',
    entry: 'src/handlers/report-publish.ts',
    load: () => import('./handlers/report-publish.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/reports/{year}/published/{n}',
    entry: 'src/handlers/report-published.ts',
    load: () => import('./handlers/report-published.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/reports/{year}/published/{n}/document',
    entry: 'src/handlers/report-document.ts',
    load: () => import('./handlers/report-document.js'),
  },
  {
    method: 'GET',
    path: '/api/staff/stats',
    entry: 'src/handlers/stats.ts',
    load: () => import('./handlers/stats.js'),
  },
] as const;
