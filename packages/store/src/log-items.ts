import type { LetterDetails, LifecycleEvent } from '@ogi/schema';
import * as z from 'zod';
import { withoutUndefined } from './dynamo.js';
import { parseItem } from './items.js';
import { StoredDeadlineChange, type StoredEvent } from './request-record.js';
import { keys } from './table.js';

const AuditItem = z.object({
  actor: z.string(),
  role: z.string(),
  recordedAt: z.string(),
  sourceIp: z.string().optional(),
});

// Stored events were checked by the domain when they were recorded; reading
// them back only checks their shape, so a later, stricter event schema never
// makes an old log unreadable.
const isEventLike = (value: unknown): value is LifecycleEvent =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'type') === 'string' &&
  typeof Reflect.get(value, 'on') === 'string';

// A letter's details were parsed at the edge when they were given: an object is enough here.
const isDetailsLike = (value: unknown): value is LetterDetails =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LogItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    seq: z.number().int(),
    event: z.custom<LifecycleEvent>(isEventLike),
    letter: z.custom<LetterDetails>(isDetailsLike).optional(),
    audit: AuditItem,
  }),
  z.object({
    kind: z.literal('letter-revised'),
    seq: z.number().int(),
    letterId: z.string(),
    supersedes: z.string(),
    eventSeq: z.number().int(),
    correction: z.string(),
    letter: z.custom<LetterDetails>(isDetailsLike),
    audit: AuditItem,
  }),
  z.object({
    kind: z.literal('deadline-moved'),
    seq: z.number().int(),
    change: StoredDeadlineChange,
    calendarVersion: z.string(),
    audit: AuditItem,
  }),
  z.object({
    kind: z.literal('assignment'),
    seq: z.number().int(),
    assignee: z.string().nullable(),
    audit: AuditItem,
  }),
]);

/** The `EVT#<seq>` item of one log entry. */
export function logItem(id: string, entry: StoredEvent): Record<string, unknown> {
  return withoutUndefined({ ...keys.event(id, entry.seq), entity: 'EVENT', ...entry });
}

/** A log entry read back; `CorruptItemError` when the item is not one. */
export function parseLogItem(item: Readonly<Record<string, unknown>>): StoredEvent {
  return parseItem(LogItem, item, 'log entry');
}
