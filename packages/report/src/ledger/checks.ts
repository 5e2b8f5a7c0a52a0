import { type Message, toFieldErrors } from '@ogi/schema';
import type { z } from 'zod';
import {
  type CellName,
  type CellResult,
  cellText,
  type LedgerCell,
  parseLedgerDate,
  requiredMessage,
} from './cells.js';
import type { LedgerRowError } from './errors.js';

/** The longest receipt or case number a ledger may hold. */
export const MAX_LEDGER_NUMBER_LENGTH = 64;

/** A date of a row as messages name it beside its value: `办结日期` / `decided on`. */
export interface DatedCell extends CellName {
  readonly value: string | undefined;
}

/**
 * The checks of one ledger row, shared by the ledger kinds: each cell's
 * value or error, and the rules between cells. Errors carry the row and the
 * column, with messages in Chinese and English, in the order found.
 */
export class RowChecks<K extends string> {
  readonly errors: LedgerRowError[] = [];

  constructor(
    readonly row: number,
    /** The last day a date may be (see `LedgerParseOptions.notAfter`). */
    private readonly notAfter?: string,
  ) {}

  /** No check has failed. */
  get passed(): boolean {
    return this.errors.length === 0;
  }

  fail(column: K, message: Message): void {
    this.errors.push({ row: this.row, column, message });
  }

  /** Whether a check of this column has failed. */
  failed(column: K): boolean {
    return this.errors.some((error) => error.column === column);
  }

  /** The cell's value, or undefined with its error recorded. */
  take<T>(column: K, result: CellResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.fail(column, result.message);
    return undefined;
  }

  /** A date cell (undefined when empty); a date after `notAfter` is an error. */
  date(column: K, cell: LedgerCell): string | undefined {
    const date = this.take(column, parseLedgerDate(cell));
    if (date === undefined || this.notAfter === undefined || date <= this.notAfter) return date;
    this.fail(column, {
      zh: `日期${date}晚于${this.notAfter}：台账只能记录已发生的事项`,
      en: `${date} is after ${this.notAfter}: a ledger records what has happened`,
    });
    return undefined;
  }

  /** An empty cell that must be filled is an error, unless its column has one already. */
  require(column: K, value: unknown, name: CellName): void {
    if (value === undefined && !this.failed(column)) this.fail(column, requiredMessage(name));
  }

  /**
   * Two cells filled together or not at all (a decision and its outcome): the
   * empty one is an error, with its own message, unless either has one already.
   */
  together(
    first: K,
    firstValue: unknown,
    second: K,
    secondValue: unknown,
    ifMissing: { readonly first: Message; readonly second: Message },
  ): void {
    if (this.failed(first) || this.failed(second)) return;
    if ((firstValue === undefined) === (secondValue === undefined)) return;
    if (firstValue === undefined) this.fail(first, ifMissing.first);
    else this.fail(second, ifMissing.second);
  }

  /** A date earlier than the one it follows is an error of the later date's column. */
  notBefore(column: K, later: DatedCell, earlier: DatedCell): void {
    if (!later.value || !earlier.value || later.value >= earlier.value) return;
    this.fail(column, {
      zh: `${later.zh}${later.value}早于${earlier.zh}${earlier.value}`,
      en: `${later.en} ${later.value}, before ${earlier.en} ${earlier.value}`,
    });
  }

  /** The input as `schema` parses it, or undefined with its errors recorded (row-wide). */
  conform<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | undefined {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const field of toFieldErrors(parsed.error)) {
      this.errors.push({ row: this.row, message: { zh: field.zh, en: field.en } });
    }
    return undefined;
  }
}

/**
 * The receipt or case numbers of a ledger's good rows, so that a repeated one
 * is a bad row that names the row it repeats.
 */
export class LedgerNumbers {
  private readonly rowOf = new Map<string, number>();

  constructor(
    private readonly name: CellName,
    /** An empty number is an error (a receipt number), or allowed (a case number). */
    private readonly required: boolean,
  ) {}

  /** The cell's number ('' when empty); an empty (when required), overlong or repeated one is an error. */
  read<K extends string>(checks: RowChecks<K>, column: K, cell: LedgerCell): string {
    const number = cellText(cell);
    const { zh, en } = this.name;
    const first = this.rowOf.get(number);
    if (number === '') {
      if (this.required) checks.fail(column, requiredMessage(this.name));
    } else if (number.length > MAX_LEDGER_NUMBER_LENGTH) {
      checks.fail(column, {
        zh: `${zh}不能超过${MAX_LEDGER_NUMBER_LENGTH}个字符`,
        en: `at most ${MAX_LEDGER_NUMBER_LENGTH} characters`,
      });
    } else if (first !== undefined) {
      checks.fail(column, {
        zh: `${zh}“${number}”与第${first}行重复`,
        en: `${en} "${number}" repeats row ${first}`,
      });
    }
    return number;
  }

  /** Takes a good row's number (an empty one is not a number). */
  remember(number: string, row: number): void {
    if (number !== '') this.rowOf.set(number, row);
  }
}
