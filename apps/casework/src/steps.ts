import { forbidden, type StaffRequestContext } from '@ogi/http';
import type { LifecycleEvent, StaffCommand } from '@ogi/schema';

const HEAD_ONLY = {
  zh: '延长答复期限须经政府信息公开工作机构负责人同意（《条例》第三十三条第二款）',
  en: 'Only the head of the OGI office approves an extension (Art. 33 ¶2)',
};

/**
 * The lifecycle event a staff command records: done by the caller, and an
 * extension approved by the head who sends it (Art. 33 ¶2; 403 for anyone else).
 */
export function staffStep(
  command: StaffCommand,
  staff: StaffRequestContext['staff'],
): LifecycleEvent {
  if (command.event.type === 'extended') {
    if (staff.role !== 'head') throw forbidden(HEAD_ONLY);
    return { ...command.event, approvedBy: staff.name, actor: staff.sub };
  }
  return { ...command.event, actor: staff.sub };
}
