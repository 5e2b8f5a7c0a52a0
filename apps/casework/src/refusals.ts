import { IllegalTransitionError } from '@ogi/domain';
import { HttpError } from '@ogi/http';

/**
 * A staff step judged by the lifecycle: a refusal becomes 422 with its code
 * and reason, and names the field of the command's event the rule judged
 * (`event.on`, `event.dueOn`, or `event.type` when the step itself is not
 * allowed now), so a form shows it beside that field like any field error.
 */
export async function judgedStep<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    throw error instanceof IllegalTransitionError ? stepRefusal(error) : error;
  }
}

function stepRefusal(error: IllegalTransitionError): HttpError {
  const { code, zh, en } = error;
  return new HttpError({
    status: 422,
    code,
    zh,
    en,
    fields: [{ path: `event.${error.field}`, code, zh, en }],
    cause: error,
  });
}
