import { feePerItem, feePerPage } from '@ogi/domain';
import { UsageError } from '../errors.js';
import { printJson } from '../io.js';

/** `ogi fee --by item --prior N --items K` or `ogi fee --by page --pages P`. */
export function feeCommand(options: Record<string, string | undefined>): void {
  if (options.by === 'item') {
    printJson(
      feePerItem({ prior: count(options, 'prior', 0, '0'), items: count(options, 'items', 1) }),
    );
  } else if (options.by === 'page') {
    printJson(feePerPage({ pages: count(options, 'pages', 1) }));
  } else {
    throw new UsageError('--by: must be item (按件) or page (按量)', [
      { path: 'by', zh: '计费方式应为 item（按件）或 page（按量）', en: 'must be item or page' },
    ]);
  }
}

function count(
  options: Record<string, string | undefined>,
  name: string,
  min: number,
  fallback?: string,
): number {
  const text = options[name] ?? fallback;
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value < min || value > 1_000_000) {
    const what =
      text === undefined ? 'is required' : `must be a whole number from ${min} to 1000000`;
    throw new UsageError(`--${name}: ${what}`, [
      { path: name, zh: `--${name} 应为${min}至1000000之间的整数`, en: what },
    ]);
  }
  return value;
}
