import {
  FiguresTally,
  type OpenQueueFigures,
  type OpenRequest,
  openQueueFigures,
  type YearFigures,
} from '@ogi/domain';
import type { IsoDate } from '@ogi/schema';
import { ledger, runtime } from './config.js';

/** `GET /api/staff/stats`' answer. */
export interface StaffFigures {
  readonly figures: YearFigures;
  readonly openQueue: OpenQueueFigures;
}

/**
 * The figures page's numbers, counted with the district's working calendar:
 * the year's from the records its annual report counts (ogi's own and the
 * ledgers', the same Queries as the report, page by page), and the open
 * queue's as of `today` from the `open` index.
 */
export async function staffFigures(year: number, today: IsoDate): Promise<StaffFigures> {
  const [figures, openQueue] = await Promise.all([yearOf(year), openQueueOn(today)]);
  return { figures, openQueue };
}

async function yearOf(year: number): Promise<YearFigures> {
  const tally = new FiguresTally(year, runtime.calendar);
  for await (const record of runtime.requests.reportRecords(year)) tally.addRequest(record);
  for await (const record of ledger.reportRecords(year)) tally.addRequest(record);
  return tally.figures();
}

async function openQueueOn(today: IsoDate): Promise<OpenQueueFigures> {
  const requests: OpenRequest[] = [];
  for await (const request of runtime.requests.openRequests()) requests.push(request);
  return openQueueFigures({ requests, calendar: runtime.calendar, asOf: today });
}
