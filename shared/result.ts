/** The envelope every IPC reply travels in. Raw exceptions never cross the boundary. */
export type ErrorCode = 'unknown_channel' | 'invalid_input' | 'not_found' | 'conflict' | 'locked' | 'throttled' | 'unavailable' | 'forbidden' | 'internal';

export interface AppErrorInfo {
  code: ErrorCode;
  /** Written for a front-desk user: what went wrong and what to do next. */
  message: string;
  /** Optional field-level messages, keyed by the input path (e.g. "billing.email"). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorInfo };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: AppErrorInfo): Result<never> => ({ ok: false, error });
