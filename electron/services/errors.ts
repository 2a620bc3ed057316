import type { AppErrorInfo, ErrorCode } from '../../shared/result';

/**
 * An error whose message is written for the front-desk user. Services throw it; the IPC layer
 * turns it into `{ ok: false, error }`. Any other thrown error becomes a generic message.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
  toInfo(): AppErrorInfo {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
