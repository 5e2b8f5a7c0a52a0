import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** One answer a container got: its status, and the receipt number of a created request. */
export interface SubmitAnswer {
  readonly worker: number;
  /** The container's i-th request. */
  readonly i: number;
  /** 1 for the first send, more when a 503 was retried with the same Idempotency-Key. */
  readonly tries: number;
  readonly status: number;
  /** Milliseconds since the first send of this request. */
  readonly ms: number;
  readonly receiptNo?: string;
  readonly retryAfter?: string;
}

export interface ContainersOptions {
  /** The handler environment (`handlerEnvironment(stack)`), as the cloud sets it. */
  readonly env: Readonly<Record<string, string>>;
  readonly processes: number;
  readonly requestsEach: number;
  /** Send a request again after a 503 (with its Idempotency-Key), as a client told to retry does. */
  readonly retry?: boolean;
  /** Called as containers report, for a progress line. */
  readonly onAnswer?: (answer: SubmitAnswer) => void;
}

/** A valid online submission, different for each container and request. */
export function containerSubmission(worker: number, i: number) {
  return {
    applicant: {
      kind: 'natural-person',
      name: '并发申请人',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      postalAddress: '青岛市黄岛区大场镇吉利河路141号',
      postcode: '266414',
    },
    information: {
      description: `请公开大场镇2025年道路维修项目的招标文件（进程${worker}第${i}项）`,
    },
    deliveryForm: ['paper'],
    retrieval: ['post'],
    channel: 'online',
  };
}

const WORKER = fileURLToPath(new URL('./container-worker.ts', import.meta.url));

/**
 * Several Lambda containers submitting at once against one table, each a
 * process of its own (so each has its own receipt counter cache and lanes,
 * as ten Lambda containers would): they load, wait until all have loaded,
 * then submit together. Resolves with every answer, first sends and retries.
 */
export async function runSubmitContainers(options: ContainersOptions): Promise<SubmitAnswer[]> {
  const children = Array.from({ length: options.processes }, (_, worker) =>
    spawn(process.execPath, ['--import', 'tsx', WORKER], {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...options.env,
        OGI_LOG_LEVEL: 'error',
        OGI_CONTAINER_WORKER: String(worker),
        OGI_CONTAINER_REQUESTS: String(options.requestsEach),
        OGI_CONTAINER_RETRY: options.retry ? '1' : '0',
      },
      // Their logs (a 503 is logged at error level) are kept for a failure's message only.
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const answers: SubmitAnswer[] = [];
  const ready: Promise<void>[] = [];
  const done = children.map(
    (child) =>
      new Promise<void>((resolve, reject) => {
        let signalReady: () => void = () => undefined;
        ready.push(new Promise<void>((go) => (signalReady = go)));
        let errors = '';
        child.stderr.on('data', (chunk: Buffer) => {
          errors = (errors + chunk.toString('utf8')).slice(-4000);
        });
        const lines = createInterface({ input: child.stdout });
        lines.on('line', (line) => {
          if (line === 'ready') return signalReady();
          const answer = JSON.parse(line) as SubmitAnswer;
          answers.push(answer);
          options.onAnswer?.(answer);
        });
        child.on('error', reject);
        child.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`container exited with ${code}: ${errors}`)),
        );
      }),
  );
  const finished = Promise.all(done);
  // A container that dies while loading ends the run instead of leaving it waiting.
  await Promise.race([Promise.all(ready), finished]);
  for (const child of children) {
    child.stdin.on('error', () => undefined);
    child.stdin.end('go\n');
  }
  await finished;
  return answers;
}
