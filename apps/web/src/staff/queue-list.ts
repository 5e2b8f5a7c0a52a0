import { type Ref, ref } from 'vue';
import { latestOnly } from '../latest.js';
import type { QueueFilter, QueueItem, StaffApi } from './api.js';

/** One list of the queue, read a page at a time. */
export interface QueueList {
  readonly items: Ref<QueueItem[]>;
  /** Where the next page starts; `null` once the last page is read. */
  readonly cursor: Ref<string | null>;
  readonly failed: Ref<boolean>;
  /** True once the first answer came, so an empty list can say so. */
  readonly loaded: Ref<boolean>;
  /** Reads the first page again, or (`more`) appends the next one. */
  load(more?: boolean): Promise<void>;
}

/**
 * A queue list filtered by `filter()` as it stands when a page is read;
 * `onExpired` is called when the API no longer takes the token.
 */
export function useQueueList(
  api: StaffApi,
  filter: () => QueueFilter,
  onExpired: () => void,
): QueueList {
  const items = ref<QueueItem[]>([]);
  const cursor = ref<string | null>(null);
  const failed = ref(false);
  const loaded = ref(false);
  // A filter changed, or the next page asked for, before the last answer came.
  const ask = latestOnly();

  async function load(more = false): Promise<void> {
    const stillLatest = ask();
    const answer = await api.list({
      ...filter(),
      ...(more && cursor.value ? { cursor: cursor.value } : {}),
    });
    if (!stillLatest()) return;
    loaded.value = true;
    if (!answer.ok) {
      if (answer.status === 401) onExpired();
      failed.value = true;
      return;
    }
    failed.value = false;
    items.value = more ? [...items.value, ...answer.body.items] : [...answer.body.items];
    cursor.value = answer.body.cursor;
  }

  return { items, cursor, failed, loaded, load };
}
