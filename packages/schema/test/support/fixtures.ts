import type { SubmissionInput } from '../../src/index.js';

// Shared with other packages' tests as `@ogi/schema/testing`.

/** A valid resident ID number (GB 11643 check digit X). */
export const ID_NUMBER = '11010519491231002X';
export const MOBILE = '13800138000';

/** A complete, valid natural-person submission. */
export function personSubmission(): SubmissionInput {
  return {
    applicant: {
      kind: 'natural-person',
      name: '张三',
      idType: 'resident-id',
      idNumber: ID_NUMBER,
      phone: MOBILE,
      email: 'zhangsan@example.cn',
      postalAddress: '北京市朝阳区某某路1号',
      postcode: '100020',
    },
    information: {
      description: '2025年本区老旧小区改造项目的立项批复文件',
      documentNumber: '朝发改〔2025〕12号',
    },
    deliveryForm: ['paper'],
    retrieval: ['post'],
    channel: 'online',
  };
}

/** A complete, valid organisation submission. */
export function organisationSubmission(): SubmissionInput {
  return {
    applicant: {
      kind: 'organisation',
      name: '福州某某科技有限公司',
      creditCode: '91350100M000100Y43',
      orgKind: 'commercial',
      legalRepresentative: '李四',
      contactPerson: '王五',
      phone: '0591-87654321',
      email: 'office@example.cn',
      address: '福建省福州市鼓楼区某某路2号',
      postcode: '350001',
    },
    information: { description: '本区2025年度政府采购项目的中标结果公告' },
    deliveryForm: ['email'],
    retrieval: ['email'],
    channel: 'online',
  };
}

/** Table 二 of the annual report with every cell 0, as a small agency prints it. */
export function emptyTable2() {
  return {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
    licensing: { decisions: 0 },
    penalties: { decisions: 0 },
    enforcement: { decisions: 0 },
    administrativeFees: { wanYuan: 0 },
  };
}
