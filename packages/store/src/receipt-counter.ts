import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from './table.js';
import { YearCounter } from './year-counter.js';

/**
 * The year's receipt numbers (`2026-000123`), gapless: a number is taken in
 * the very transaction that writes the request (see `YearCounter`), so a
 * request that is not written takes no number.
 */
export class ReceiptCounter extends YearCounter {
  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName, { key: keys.receiptCounter, what: 'receipt counter' });
  }

  /** The receipt number of sequence number `seq` in `year`. */
  static receiptNo(year: string, seq: number): string {
    return `${year}-${String(seq).padStart(6, '0')}`;
  }
}
