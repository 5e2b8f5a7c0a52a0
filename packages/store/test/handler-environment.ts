/** A district config as the handlers' tests need it: the statutory settings left to their defaults. */
export const testDistrict = {
  id: 'dachang',
  names: { agency: '青岛西海岸新区大场镇人民政府', office: '政府信息公开领导小组办公室' },
  contact: {
    address: '青岛市黄岛区大场镇吉利河路141号',
    postcode: '266414',
    phone: '0532-58700977',
  },
};

/** A handler's environment without the district config; no client made from it sends anything here. */
export const environmentWithoutDistrict = {
  OGI_TABLE_NAME: 'ogi-dachang',
  OGI_ATTACHMENTS_BUCKET: 'ogi-dachang-attachments',
  AWS_REGION: 'cn-north-1',
};

/**
 * What a handler's environment holds, without any staff sign-in; no client
 * made from it sends anything here.
 */
export const handlerEnvironment = {
  OGI_DISTRICT_CONFIG: JSON.stringify({
    ...testDistrict,
    correctionPeriodWorkingDays: 15,
    fees: { scale: 'item', pausesClock: true },
    reportDeadline: '01-31',
  }),
  ...environmentWithoutDistrict,
};
