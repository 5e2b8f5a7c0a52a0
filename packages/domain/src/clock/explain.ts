import type { IsoDate } from '@ogi/schema';
import { weekdayNameZh } from '../calendar/day-number.js';
import type { DayInfo } from '../calendar/types.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { STATUTE } from '../statute.js';
import type { Clock, ExplanationLine } from './types.js';

const PHASE_ZH: Record<Clock['phase'], string> = {
  'awaiting-receipt': '尚未收到',
  running: '办理中，答复期限计算中',
  paused: '办理中，答复期限暂停计算',
  'awaiting-correction': '等待申请人补正，答复期限自收到补正之日起重新计算',
  'fee-lapsed': '申请人逾期未缴纳信息处理费，申请视为撤回（国办函〔2020〕109号），请登记“视为撤回”',
  decided: '已答复',
  withdrawn: '申请人已撤回',
  'deemed-withdrawn': '视为撤回',
};

const day = (date: IsoDate) => `${date}（${weekdayNameZh(date)}）`;
const span = (from: IsoDate, to: IsoDate) => (from === to ? day(from) : `${day(from)}至${day(to)}`);

/**
 * The clock as a person reads it: why the receipt date is what it is, which
 * days between day 0 and the deadline were skipped and why, what paused the
 * clock, and whether the answer rests on a holiday notice not yet published.
 */
export function explainClock(
  clock: Omit<Clock, 'explanation'>,
  calendar: WorkingCalendar,
): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  // Stryker disable next-line ConditionalExpression: computeClock explains only a received request
  if (!clock.receipt) return lines;
  lines.push({
    kind: 'receipt',
    from: clock.receipt.on,
    text: `${day(clock.receipt.on)}收到申请：${clock.receipt.basis}。`,
  });

  if (clock.correctionNoticeDueOn && !clock.correction && !clock.decision) {
    lines.push({
      kind: 'correction',
      to: clock.correctionNoticeDueOn,
      text: `如需补正，应于收到申请之日起${STATUTE.correctionNoticeWorkingDays}个工作日内（${day(clock.correctionNoticeDueOn)}前）一次性告知申请人（《条例》第三十条）。`,
    });
  }
  if (clock.correction) {
    const { requestedOn, applicantDueOn, receivedOn, noticeLate, lapsed } = clock.correction;
    const late = noticeLate
      ? `，晚于收到申请之日起${STATUTE.correctionNoticeWorkingDays}个工作日的告知期限（${day(clock.correctionNoticeDueOn ?? requestedOn)}），违反《条例》第三十条的规定`
      : '';
    const outcome = receivedOn
      ? `${day(receivedOn)}收到补正，答复期限自该日重新计算（《条例》第三十条）。`
      : lapsed
        ? '申请人逾期未补正，可视为放弃申请（《条例》第三十条），按“（六）1”办结。'
        : '补正期间不计算答复期限。';
    lines.push({
      kind: 'correction',
      from: requestedOn,
      to: applicantDueOn,
      text: `${day(requestedOn)}告知补正${late}；申请人应于${day(applicantDueOn)}前补正。${outcome}`,
    });
  }

  if (clock.startedOn && clock.statutoryDueOn) {
    const restart = clock.correction?.receivedOn ? '收到补正之日' : '收到申请之日';
    lines.push({
      kind: 'period',
      from: clock.startedOn,
      to: clock.originalDueOn ?? clock.statutoryDueOn,
      text: `答复期限为${restart}起${STATUTE.answerWorkingDays}个工作日（《条例》第三十三条第二款），自次日起算。`,
    });
    if (clock.extension) {
      lines.push({
        kind: 'extension',
        from: clock.extension.on,
        text: `${day(clock.extension.on)}经政府信息公开工作机构负责人（${clock.extension.approvedBy}）同意，延长${clock.extension.workingDays}个工作日（《条例》第三十三条第二款）。原期限${day(clock.originalDueOn ?? clock.statutoryDueOn)}。`,
      });
    }
    lines.push(...pauseLines(clock));
    lines.push(...dayLines(calendar, clock.startedOn, clock.statutoryDueOn));
    lines.push({
      kind: 'period',
      to: clock.statutoryDueOn,
      text: `法定答复期限：${day(clock.statutoryDueOn)}（计${clock.periodWorkingDays}个工作日${clock.pauses.length > 0 ? '，不含暂停期间' : ''}）。`,
    });
  }
  if (clock.art35) {
    lines.push({
      kind: 'art35',
      to: clock.art35.dueOn,
      text: `行政机关依《条例》第三十五条确定答复期限为${day(clock.art35.dueOn)}，理由：${clock.art35.reason}。`,
    });
  }
  if (clock.fee) lines.push(feeLine(clock.fee));
  if (clock.provisional) {
    lines.push({
      kind: 'provisional',
      text: `期限涉及${calendar.coverage.to.slice(0, 4)}年以后的日期，国务院办公厅的节假日安排尚未公布（现有数据至${calendar.coverage.to}），暂按周一至周五为工作日推算，公布后将重新计算。`,
    });
  }
  lines.push({ kind: 'status', text: statusText(clock) });
  return lines;
}

function pauseLines(clock: Omit<Clock, 'explanation'>): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  for (const consultation of clock.consultations) {
    const who = consultation.party === 'third-party' ? '第三方' : '其他机关';
    const article = consultation.party === 'third-party' ? '第三十二条' : '第三十四条';
    const ending = consultation.endedOn
      ? consultation.endedOn > consultation.replyDueOn
        ? `${day(consultation.endedOn)}结束，超过答复期限的部分仍计入`
        : `${day(consultation.endedOn)}结束`
      : consultation.replyPeriodOver
        ? `${who}逾期未答复，自${day(consultation.replyDueOn)}后恢复计算`
        : `尚未结束，最迟暂停至${day(consultation.replyDueOn)}`;
    lines.push({
      kind: 'consultation',
      from: consultation.startedOn,
      to: consultation.replyDueOn,
      text: `${day(consultation.startedOn)}书面征求${who}意见，${who}应于${STATUTE.consultationReplyWorkingDays}个工作日内（${day(consultation.replyDueOn)}前）答复（《条例》${article}）；${ending}。`,
    });
  }
  for (const pause of clock.pauses) {
    const reason =
      pause.kind === 'consultation'
        ? '征求意见所需时间不计算在答复期限内（《条例》第三十三条第三款）'
        : '收费通知至缴费期间暂停计算（国办函〔2020〕109号，本地区设置）';
    lines.push({
      kind: 'pause',
      from: pause.from,
      to: pause.to,
      counted: false,
      text: `${day(pause.from)}次日至${day(pause.to)}${pause.open ? '（暂停中，最迟至此日）' : ''}共${pause.workingDaysExcluded}个工作日不计入：${reason}。`,
    });
  }
  return lines;
}

/** Named holidays and make-up days between day 0 and the deadline, one line per run, and the weekend count. */
function dayLines(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  const notable = calendar.notableDays(from, to);
  let namedRestDays = 0;
  for (const run of runsOf(notable)) {
    const first = run[0];
    const lastDay = run.at(-1);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: runsOf never yields an empty run
    if (!first || !lastDay) continue;
    if (!first.working) namedRestDays += run.length;
    const where = first.source ? `（${first.source}）` : '';
    const text = first.working
      ? `${span(first.date, lastDay.date)}${first.name ?? ''}上班，计入工作日${where}。`
      : `${span(first.date, lastDay.date)}${first.name ?? ''}放假，不计入${where}。`;
    lines.push({
      // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: notableDays yields no plain workday or weekend
      kind: first.kind === 'workday' || first.kind === 'weekend' ? 'holiday' : first.kind,
      from: first.date,
      to: lastDay.date,
      counted: first.working,
      text,
    });
  }
  const weekends = calendar.countRestDays(from, to) - namedRestDays;
  if (weekends > 0) {
    lines.push({
      kind: 'weekends',
      from,
      to,
      counted: false,
      text: `另有${weekends}个周六、周日休息日不计入。`,
    });
  }
  return lines;
}

function runsOf(days: readonly DayInfo[]): DayInfo[][] {
  const runs: DayInfo[][] = [];
  let previous: DayInfo | undefined;
  for (const info of days) {
    const run = runs.at(-1);
    const continues =
      run &&
      previous &&
      previous.kind === info.kind &&
      previous.name === info.name &&
      Date.parse(info.date) - Date.parse(previous.date) === 86_400_000;
    if (continues) run.push(info);
    else runs.push([info]);
    previous = info;
  }
  return runs;
}

function feeLine(fee: NonNullable<Clock['fee']>): ExplanationLine {
  const paid = fee.paidOn
    ? `${day(fee.paidOn)}已缴纳`
    : fee.lapsed
      ? '申请人逾期未缴纳，可不再处理该申请，按“（六）2”办结'
      : '尚未缴纳';
  return {
    kind: 'fee',
    from: fee.noticedOn,
    to: fee.payByOn,
    text: `${day(fee.noticedOn)}发出收费通知，信息处理费${fee.yuan}元，申请人应于${STATUTE.feePaymentWorkingDays}个工作日内（${day(fee.payByOn)}前）缴纳（国办函〔2020〕109号）；${paid}。${fee.pausesClock ? '' : '本地区设置收费期间不暂停计算答复期限。'}`,
  };
}

function statusText(clock: Omit<Clock, 'explanation'>): string {
  const parts = [`状态：${PHASE_ZH[clock.phase]}`];
  if (clock.dueOn && clock.phase !== 'fee-lapsed') parts.push(`答复期限${day(clock.dueOn)}`);
  if (clock.decision) {
    parts.push(`${day(clock.decision.on)}作出答复${clock.decision.late ? '，已超过答复期限' : ''}`);
  }
  if (clock.asOf && clock.workingDaysLeft !== null) {
    parts.push(
      clock.overdue
        ? `截至${day(clock.asOf)}已逾期${-clock.workingDaysLeft}个工作日`
        : `截至${day(clock.asOf)}剩余${clock.workingDaysLeft}个工作日`,
    );
  }
  return `${parts.join('；')}。`;
}
