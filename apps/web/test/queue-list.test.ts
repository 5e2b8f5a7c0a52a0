import { describe, expect, it } from 'vitest';
import type { QueueFilter, QueueItem, StaffApi } from '../src/staff/api.js';
import { useQueueList } from '../src/staff/queue-list.js';

/** A staff API whose list answers are released by the test, in the order it chooses. */
function heldListApi() {
  const pending: { filter: QueueFilter; answer: (items: QueueItem[]) => void }[] = [];
  const api = {
    list: (filter: QueueFilter) =>
      new Promise((resolve) => {
        pending.push({
          filter,
          answer: (items) => resolve({ ok: true, status: 200, body: { items, cursor: null } }),
        });
      }),
  } as unknown as StaffApi;
  return { api, pending };
}

const item = (id: string) => ({ id }) as unknown as QueueItem;

describe('Function: useQueueList', () => {
  it('shows the list of the latest filter when an earlier filter’s answer arrives after it', async () => {
    // Prepare
    const { api, pending } = heldListApi();
    let status = 'received';
    const list = useQueueList(
      api,
      () => ({ status }) as QueueFilter,
      () => {},
    );

    // Act: the filter changes before the first answer comes; the answers arrive in reverse.
    const first = list.load();
    status = 'decided';
    const second = list.load();
    pending[1]?.answer([item('decided-1')]);
    await second;
    pending[0]?.answer([item('received-1'), item('received-2')]);
    await first;

    // Assess
    expect(list.items.value.map((each) => each.id)).toEqual(['decided-1']);
  });
});
