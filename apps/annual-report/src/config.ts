import { createLogger, createMetrics, districtStaffAuth } from '@ogi/http';
import { createRuntime, LedgerStore, ReportDocuments, ReportStore } from '@ogi/store';

/** Made once per cold start: a missing variable fails here, not in a request. */
export const runtime = await createRuntime(process.env);
/** The records imported from the agency's ledgers, which the report counts beside ogi's own. */
export const ledger = new LedgerStore({
  client: runtime.dynamo,
  tableName: runtime.env.OGI_TABLE_NAME,
});
/** The annual reports' drafts and published versions (same table). */
export const reports = new ReportStore({
  client: runtime.dynamo,
  tableName: runtime.env.OGI_TABLE_NAME,
});
/** The published reports' files; absent when no reports bucket is configured. */
export const reportDocuments = runtime.env.OGI_REPORTS_BUCKET
  ? new ReportDocuments({ s3: runtime.s3, bucket: runtime.env.OGI_REPORTS_BUCKET })
  : undefined;
export const logger = createLogger({ service: 'annual-report', level: runtime.env.OGI_LOG_LEVEL });
export const metrics = createMetrics({ service: 'annual-report', district: runtime.district.id });
/** What every route of this app shares: its logger, its metrics, and the web origins CORS allows. */
export const api = { logger, metrics, webOrigins: runtime.env.OGI_WEB_ORIGINS };

/** Staff routes: a bearer token of this district's staff, from its OIDC issuer or the dev login. */
export const staffAuth = districtStaffAuth({
  app: 'annual-report',
  district: runtime.district.id,
  ...runtime.staffTokens,
});
