import { computeClock, districtRules } from '@ogi/domain';
import {
  DistrictConfig,
  type DistrictConfigInput,
  type LetterDetails,
  LifecycleEvent,
  type LifecycleEventInput,
  Submission,
} from '@ogi/schema';
import { organisationSubmission, personSubmission } from '@ogi/schema/testing';
import type { LetterStep } from '../../src/index.js';

/** The district of the tests: 大场镇, as infra/districts/dachang.json configures it. */
export const DISTRICT_INPUT = {
  id: 'dachang',
  names: {
    agency: '青岛西海岸新区大场镇人民政府',
    office: '大场镇人民政府政府信息公开领导小组办公室',
  },
  contact: {
    address: '青岛市黄岛区大场镇吉利河路141号',
    postcode: '266414',
    phone: '0532-58700977',
    website: 'http://www.xihaian.gov.cn',
  },
  letters: {
    numberPattern: '大场依申〔{year}〕第{n}号',
    reconsiderationBody: '青岛市黄岛区人民政府',
    court: '青岛市黄岛区人民法院',
    feePayment: '请持本通知书到大场镇人民政府便民服务中心缴纳。',
  },
} satisfies DistrictConfigInput;

export const DISTRICT = DistrictConfig.parse(DISTRICT_INPUT);
const RULES = districtRules(DISTRICT);

export const PERSON = Submission.parse(personSubmission());
export const ORGANISATION = Submission.parse(organisationSubmission());
export const RECEIPT_NO = '2026-000123';

/** One step of a test history: the event as a command would give it, and its letter details. */
export interface TestStep {
  readonly event: LifecycleEventInput;
  readonly letter?: LetterDetails;
}

/**
 * The drafting input after the last of `steps`: the events parsed as the
 * schema would, the clock computed by the domain over them with the
 * district's calendar.
 */
export function caseAfter(
  steps: readonly TestStep[],
  options: { submission?: Submission; district?: DistrictConfig } = {},
): LetterStep {
  const district = options.district ?? DISTRICT;
  const history = steps.map((step) => ({
    event: LifecycleEvent.parse(step.event),
    ...(step.letter ? { letter: step.letter } : {}),
  }));
  const rules = districtRules(district);
  const clock = computeClock({
    events: history.map((step) => step.event),
    calendar: district === DISTRICT ? RULES.calendar : rules.calendar,
    settings: rules.settings,
  });
  return {
    receiptNo: RECEIPT_NO,
    submission: options.submission ?? PERSON,
    history,
    clock,
    district,
  };
}
