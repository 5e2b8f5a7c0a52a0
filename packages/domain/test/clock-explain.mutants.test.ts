import { describe, expect, it } from 'vitest';
import { computeClock, type ExplanationLine, WorkingCalendar } from '../src/index.js';
import { calendar, clockOf, events, receivedInPerson } from './support.js';

// Cases the mutation run (pnpm mutate) showed no other test pinned down: the
// explanation is what staff and the applicant read, so its words are checked
// whole, article citations included.

const textsOf = (lines: readonly ExplanationLine[], ...kinds: ExplanationLine['kind'][]) =>
  lines.filter((line) => kinds.includes(line.kind)).map((line) => line.text);

describe('Function: computeClock, its explanation', () => {
  it('explains an extended request paused by a consultation and a paid fee, with an Art. 35 deadline', () => {
    // Act
    const clock = clockOf([
      receivedInPerson('2026-09-18'),
      { type: 'consultationStarted', on: '2026-09-21', party: 'third-party' },
      { type: 'consultationEnded', on: '2026-09-24', party: 'third-party' },
      { type: 'feeNoticed', on: '2026-09-28', yuan: 300, scale: 'page' },
      { type: 'feePaid', on: '2026-09-30' },
      { type: 'extended', on: '2026-10-20', workingDays: 15, approvedBy: '王主任' },
      {
        type: 'deadlineSet',
        on: '2026-10-21',
        dueOn: '2026-12-18',
        reason: '申请数量明显超过合理范围',
      },
    ]);
    // Assess
    expect(clock.explanation.map((line) => [line.kind, line.from, line.to, line.counted])).toEqual([
      ['receipt', '2026-09-18', undefined, undefined],
      ['correction', undefined, '2026-09-29', undefined],
      ['period', '2026-09-18', '2026-10-29', undefined],
      ['extension', '2026-10-20', undefined, undefined],
      ['consultation', '2026-09-21', '2026-10-19', undefined],
      ['pause', '2026-09-21', '2026-09-24', false],
      ['pause', '2026-09-28', '2026-09-30', false],
      ['make-up-workday', '2026-09-20', '2026-09-20', true],
      ['holiday', '2026-09-25', '2026-09-27', false],
      ['holiday', '2026-10-01', '2026-10-07', false],
      ['make-up-workday', '2026-10-10', '2026-10-10', true],
      ['weekends', '2026-09-18', '2026-11-19', false],
      ['period', undefined, '2026-11-19', undefined],
      ['art35', undefined, '2026-12-18', undefined],
      ['fee', '2026-09-28', '2026-10-30', undefined],
      ['status', undefined, undefined, undefined],
    ]);
    expect(clock.explanation.map((line) => line.text)).toEqual([
      '2026-09-18（周五）收到申请：当面提交的，以提交之日为收到申请之日（《条例》第三十一条第一项）。',
      '如需补正，应于收到申请之日起7个工作日内（2026-09-29（周二）前）一次性告知申请人（《条例》第三十条）。',
      '答复期限为收到申请之日起20个工作日（《条例》第三十三条第二款），自次日起算。',
      '2026-10-20（周二）经政府信息公开工作机构负责人（王主任）同意，延长15个工作日（《条例》第三十三条第二款）。原期限2026-10-29（周四）。',
      '2026-09-21（周一）书面征求第三方意见，第三方应于15个工作日内（2026-10-19（周一）前）答复（《条例》第三十二条）；2026-09-24（周四）结束。',
      '2026-09-21（周一）次日至2026-09-24（周四）共3个工作日不计入：征求意见所需时间不计算在答复期限内（《条例》第三十三条第三款）。',
      '2026-09-28（周一）次日至2026-09-30（周三）共2个工作日不计入：收费通知至缴费期间暂停计算（国办函〔2020〕109号，本地区设置）。',
      '2026-09-20（周日）国庆节调休上班，计入工作日（国务院办公厅关于2026年部分节假日安排的通知）。',
      '2026-09-25（周五）至2026-09-27（周日）中秋节放假，不计入（国务院办公厅关于2026年部分节假日安排的通知）。',
      '2026-10-01（周四）至2026-10-07（周三）国庆节放假，不计入（国务院办公厅关于2026年部分节假日安排的通知）。',
      '2026-10-10（周六）国庆节调休上班，计入工作日（国务院办公厅关于2026年部分节假日安排的通知）。',
      '另有12个周六、周日休息日不计入。',
      '法定答复期限：2026-11-19（周四）（计35个工作日，不含暂停期间）。',
      '行政机关依《条例》第三十五条确定答复期限为2026-12-18（周五），理由：申请数量明显超过合理范围。',
      '2026-09-28（周一）发出收费通知，信息处理费300元，申请人应于20个工作日内（2026-10-30（周五）前）缴纳（国办函〔2020〕109号）；2026-09-30（周三）已缴纳。',
      '状态：办理中，答复期限计算中；答复期限2026-12-18（周五）；截至2026-10-21（周三）剩余42个工作日。',
    ]);
  });

  it('says an open consultation with another agency pauses the clock at most to its reply day (Art. 34)', () => {
    // Act
    const clock = clockOf(
      [
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-10-12', party: 'agency' },
      ],
      { asOf: '2026-10-20' },
    );
    // Assess
    expect(textsOf(clock.explanation, 'consultation', 'pause', 'status')).toEqual([
      '2026-10-12（周一）书面征求其他机关意见，其他机关应于15个工作日内（2026-11-02（周一）前）答复（《条例》第三十四条）；尚未结束，最迟暂停至2026-11-02（周一）。',
      '2026-10-12（周一）次日至2026-11-02（周一）（暂停中，最迟至此日）共15个工作日不计入：征求意见所需时间不计算在答复期限内（《条例》第三十三条第三款）。',
      '状态：办理中，答复期限暂停计算；答复期限2026-11-12（周四）；截至2026-10-20（周二）剩余8个工作日。',
    ]);
  });

  it('says the clock runs again once the consulted agency lets its reply period pass (Art. 34)', () => {
    // Act
    const clock = clockOf(
      [
        receivedInPerson('2026-09-18'),
        { type: 'consultationStarted', on: '2026-10-12', party: 'agency' },
      ],
      { asOf: '2026-11-03' },
    );
    // Assess
    expect(textsOf(clock.explanation, 'consultation', 'pause')).toEqual([
      '2026-10-12（周一）书面征求其他机关意见，其他机关应于15个工作日内（2026-11-02（周一）前）答复（《条例》第三十四条）；其他机关逾期未答复，自2026-11-02（周一）后恢复计算。',
      '2026-10-12（周一）次日至2026-11-02（周一）共15个工作日不计入：征求意见所需时间不计算在答复期限内（《条例》第三十三条第三款）。',
    ]);
  });

  it('says the days after the reply period count when a consultation is recorded as ended late (Art. 32)', () => {
    // Act
    const clock = clockOf([
      receivedInPerson('2026-09-18'),
      { type: 'consultationStarted', on: '2026-10-12', party: 'third-party' },
      { type: 'consultationEnded', on: '2026-11-10', party: 'third-party' },
    ]);
    // Assess
    expect(textsOf(clock.explanation, 'consultation')).toEqual([
      '2026-10-12（周一）书面征求第三方意见，第三方应于15个工作日内（2026-11-02（周一）前）答复（《条例》第三十二条）；2026-11-10（周二）结束，超过答复期限的部分仍计入。',
    ]);
  });

  it('says an unpaid fee is still awaited, and that it pauses the clock (109号)', () => {
    // Act
    const clock = clockOf(
      [
        receivedInPerson('2026-09-18'),
        { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
      ],
      { asOf: '2026-10-01' },
    );
    // Assess
    expect(textsOf(clock.explanation, 'pause', 'fee', 'status')).toEqual([
      '2026-09-21（周一）次日至2026-10-26（周一）（暂停中，最迟至此日）共20个工作日不计入：收费通知至缴费期间暂停计算（国办函〔2020〕109号，本地区设置）。',
      '2026-09-21（周一）发出收费通知，信息处理费100元，申请人应于20个工作日内（2026-10-26（周一）前）缴纳（国办函〔2020〕109号）；尚未缴纳。',
      '状态：办理中，答复期限暂停计算；答复期限2026-11-19（周四）；截至2026-10-01（周四）剩余18个工作日。',
    ]);
  });

  it('says a lapsed fee closes the request as （六）2 and that the district does not pause for fees', () => {
    // Act
    const clock = clockOf(
      [
        receivedInPerson('2026-09-18'),
        { type: 'feeNoticed', on: '2026-09-21', yuan: 100, scale: 'item' },
      ],
      { asOf: '2026-10-27', settings: { feePausesClock: false } },
    );
    // Assess
    expect(textsOf(clock.explanation, 'fee', 'pause')).toEqual([
      '2026-09-21（周一）发出收费通知，信息处理费100元，申请人应于20个工作日内（2026-10-26（周一）前）缴纳（国办函〔2020〕109号）；申请人逾期未缴纳，可不再处理该申请，按“（六）2”办结。本地区设置收费期间不暂停计算答复期限。',
    ]);
  });

  it('says a correction is awaited, and that the answer period waits for it (Art. 30)', () => {
    // Act
    const clock = clockOf(
      [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
      { asOf: '2026-09-25' },
    );
    // Assess
    expect(clock.explanation.map((line) => line.text)).toEqual([
      '2026-09-18（周五）收到申请：当面提交的，以提交之日为收到申请之日（《条例》第三十一条第一项）。',
      '2026-09-22（周二）告知补正；申请人应于2026-10-20（周二）前补正。补正期间不计算答复期限。',
      '状态：等待申请人补正，答复期限自收到补正之日起重新计算。',
    ]);
  });

  it('says a correction the applicant never sent closes the request as （六）1 (Art. 30)', () => {
    // Act
    const clock = clockOf(
      [receivedInPerson('2026-09-18'), { type: 'correctionRequested', on: '2026-09-22' }],
      { asOf: '2026-10-21' },
    );
    // Assess
    expect(textsOf(clock.explanation, 'correction')).toEqual([
      '2026-09-22（周二）告知补正；申请人应于2026-10-20（周二）前补正。申请人逾期未补正，可视为放弃申请（《条例》第三十条），按“（六）1”办结。',
    ]);
  });

  it('restarts the period from the day the correction arrives and says so (Art. 30)', () => {
    // Act
    const clock = clockOf([
      receivedInPerson('2026-09-18'),
      { type: 'correctionRequested', on: '2026-09-22' },
      { type: 'correctionReceived', on: '2026-09-22' },
    ]);
    // Assess
    expect(textsOf(clock.explanation, 'correction', 'period')).toEqual([
      '2026-09-22（周二）告知补正；申请人应于2026-10-20（周二）前补正。2026-09-22（周二）收到补正，答复期限自该日重新计算（《条例》第三十条）。',
      '答复期限为收到补正之日起20个工作日（《条例》第三十三条第二款），自次日起算。',
      '法定答复期限：2026-10-27（周二）（计20个工作日）。',
    ]);
  });

  it('says a decision came after the deadline, and offers no correction notice once decided', () => {
    // Act
    const clock = clockOf([
      receivedInPerson('2026-09-18'),
      { type: 'decided', on: '2026-10-23', outcome: 'disclosed' },
    ]);
    // Assess
    expect(textsOf(clock.explanation, 'correction')).toEqual([]);
    expect(textsOf(clock.explanation, 'status')).toEqual([
      '状态：已答复；答复期限2026-10-22（周四）；2026-10-23（周五）作出答复，已超过答复期限。',
    ]);
  });

  it('counts the working days by which an open request is overdue', () => {
    // Act
    const clock = clockOf([receivedInPerson('2026-09-18')], { asOf: '2026-10-26' });
    // Assess
    expect(textsOf(clock.explanation, 'status')).toEqual([
      '状态：办理中，答复期限计算中；答复期限2026-10-22（周四）；截至2026-10-26（周一）已逾期2个工作日。',
    ]);
  });

  it('says a deadline in a year without a holiday notice assumes Monday to Friday until it comes', () => {
    // Act
    const clock = clockOf([receivedInPerson('2026-12-10')]);
    // Assess
    expect(textsOf(clock.explanation, 'provisional', 'weekends')).toEqual([
      '另有8个周六、周日休息日不计入。',
      '期限涉及2026年以后的日期，国务院办公厅的节假日安排尚未公布（现有数据至2026-12-31），暂按周一至周五为工作日推算，公布后将重新计算。',
    ]);
  });

  it('says a request not yet received has no clock, and skips the explanation when asked to', () => {
    // Act
    const nothing = computeClock({ calendar, events: [] });
    const quiet = clockOf([receivedInPerson('2026-09-18')]);
    const unexplained = computeClock({
      calendar,
      events: [{ type: 'received', on: '2026-09-18', channel: 'in-person' }],
      explain: false,
    });
    // Assess
    expect(nothing.explanation).toEqual([{ kind: 'status', text: '尚未收到申请。' }]);
    expect(quiet.explanation.length).toBeGreaterThan(0);
    expect(unexplained.explanation).toEqual([]);
    expect(unexplained.dueOn).toBe(quiet.dueOn);
  });
  it('keeps a district rest day apart from the national holiday it extends, one line per district day', () => {
    // Prepare
    const district = new WorkingCalendar({
      districtName: '海淀区',
      extraHolidays: [
        { on: '2026-10-08', name: '国庆节' },
        { on: '2026-10-09', name: '区庆' },
      ],
    });
    // Act
    const clock = computeClock({
      calendar: district,
      events: events(receivedInPerson('2026-09-18')),
    });
    // Assess
    expect(textsOf(clock.explanation, 'holiday', 'local-holiday')).toEqual([
      '2026-09-25（周五）至2026-09-27（周日）中秋节放假，不计入（国务院办公厅关于2026年部分节假日安排的通知）。',
      '2026-10-01（周四）至2026-10-07（周三）国庆节放假，不计入（国务院办公厅关于2026年部分节假日安排的通知）。',
      '2026-10-08（周四）国庆节放假，不计入（海淀区规定）。',
      '2026-10-09（周五）区庆放假，不计入（海淀区规定）。',
    ]);
  });

  it('gives two make-up days of the same holiday their own lines when they are apart', () => {
    // Act
    const clock = clockOf([receivedInPerson('2026-02-06')]);
    // Assess
    expect(textsOf(clock.explanation, 'make-up-workday')).toEqual([
      '2026-02-14（周六）春节调休上班，计入工作日（国务院办公厅关于2026年部分节假日安排的通知）。',
      '2026-02-28（周六）春节调休上班，计入工作日（国务院办公厅关于2026年部分节假日安排的通知）。',
    ]);
  });

  it('leaves out the weekend line when the district works every weekend of the period', () => {
    // Prepare: every Saturday and Sunday of March 2026 a district working day.
    const weekends = ['07', '08', '14', '15', '21', '22', '28', '29'].map((day) => ({
      on: `2026-03-${day}`,
      name: '周末加班',
    }));
    const district = new WorkingCalendar({ extraWorkingDays: weekends });
    // Act
    const clock = computeClock({
      calendar: district,
      events: events(receivedInPerson('2026-03-02')),
    });
    // Assess
    expect(clock.dueOn).toBe('2026-03-22');
    expect(textsOf(clock.explanation, 'weekends')).toEqual([]);
    expect(textsOf(clock.explanation, 'local-workday')).toHaveLength(3);
  });
});
