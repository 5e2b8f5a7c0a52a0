import { METRIC, notFound } from '@ogi/http';
import type { FoundRequest } from '@ogi/store';
import { metrics, runtime } from './config.js';

/** `notFound` adds 不存在 / was not found: 该受理编号和查询码对应的申请不存在. */
const NOT_FOUND = {
  zh: '该受理编号和查询码对应的申请',
  en: 'A request with this receipt number and query code',
};

/**
 * The request with this receipt number, if the query code is its own. A
 * wrong code and an unknown number give the same 404 after the same work,
 * so neither the answer nor its timing tells which receipt numbers exist.
 */
export async function findWithCode(receiptNo: string, code: string): Promise<FoundRequest> {
  const found = await runtime.requests.findWithCode(receiptNo, code);
  if (!found) {
    metrics.count(METRIC.lookupRefused);
    throw notFound(NOT_FOUND);
  }
  return found;
}
