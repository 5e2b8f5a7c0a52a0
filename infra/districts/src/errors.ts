/** One reason a district config cannot be used, in Chinese and English. */
export interface DistrictField {
  /** Dotted path inside the config file; `district` for the id itself, empty for the whole file. */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

/** A district config that cannot be used; `fields` says why, for a CLI or a start-up message. */
export class DistrictConfigError extends Error {
  constructor(
    message: string,
    readonly fields: readonly DistrictField[],
  ) {
    super(message);
    this.name = 'DistrictConfigError';
  }
}

/** The id is not a district id, or no `<id>.json` is in the folder. */
export class UnknownDistrictError extends DistrictConfigError {
  constructor(
    readonly id: string,
    reason: 'not an id' | 'no file',
  ) {
    super(
      reason === 'not an id'
        ? `district: "${id}" is not a district id`
        : `district: no such district: ${id}`,
      [
        reason === 'not an id'
          ? { path: 'district', zh: '地区标识格式不正确', en: 'not a district id' }
          : { path: 'district', zh: `找不到地区配置：${id}`, en: `no such district: ${id}` },
      ],
    );
    this.name = 'UnknownDistrictError';
  }
}

/** `<id>.json` exists but is unreadable, not JSON, or fails `DistrictConfig`. */
export class InvalidDistrictConfigError extends DistrictConfigError {
  constructor(
    readonly id: string,
    fields: readonly DistrictField[],
  ) {
    super(`district ${id}: its config file is invalid`, fields);
    this.name = 'InvalidDistrictConfigError';
  }
}
