import { describe, expect, it } from 'vitest';
import { LifecycleEvent, toFieldErrors } from '../src/index.js';

describe('Schema: LifecycleEvent', () => {
  it.each(['online', 'fax'])(
    'rejects a %s received event without confirmedBy (Art. 31(3))',
    (channel) => {
      // Act
      const result = LifecycleEvent.safeParse({ type: 'received', on: '2026-09-18', channel });

      // Assess
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({
          code: 'custom',
          path: ['confirmedBy'],
          params: { messageKey: 'confirmationRequired' },
        }),
      ]);
    },
  );

  it('accepts an online received event with confirmedBy', () => {
    // Act
    const result = LifecycleEvent.safeParse({
      type: 'received',
      on: '2026-09-18',
      channel: 'online',
      confirmedBy: 'phone',
    });

    // Assess
    expect(result.success).toBe(true);
  });

  it('maps the missing confirmation to the Chinese text naming the field', () => {
    // Prepare
    const result = LifecycleEvent.safeParse({
      type: 'received',
      on: '2026-09-18',
      channel: 'online',
    });
    if (result.success) throw new Error('expected the event to fail');

    // Act
    const errors = toFieldErrors(result.error);

    // Assess
    expect(errors).toEqual([
      {
        path: 'confirmedBy',
        code: 'confirmationRequired',
        zh: '确认方式：网上或传真提交的申请须写明双方如何确认收到',
        en: 'an online or fax request is received on the day both sides confirm it: say how',
      },
    ]);
  });

  it('maps an impossible date on a nested event path', () => {
    // Prepare
    const events = [{ type: 'submitted', on: '2026-02-30' }];
    const result = LifecycleEvent.array().safeParse(events);
    if (result.success) throw new Error('expected the event to fail');

    // Act
    const errors = toFieldErrors(result.error);

    // Assess
    expect(errors).toEqual([expect.objectContaining({ path: '0.on', code: 'invalidDate' })]);
  });
});
