// Every failure a user can cause has a code and one sentence that says what is wrong and what to do.
// The CLI prints `fitscore: <message>` and exits 2; `--debug` adds the cause chain.
export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_IS_DIRECTORY'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNREADABLE'
  | 'INPUT_BINARY'
  | 'FORMAT_UNSUPPORTED'
  | 'PDF_ENCRYPTED'
  | 'PDF_NO_TEXT'
  | 'PDF_CORRUPT'
  | 'PDF_TOO_COMPLEX'
  | 'INVALID_OPTION'
  | 'INVALID_CONFIG'
  | 'OUTPUT_INVALID';

export class FitscoreError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FitscoreError';
    this.code = code;
  }
}

export function isFitscoreError(error: unknown): error is FitscoreError {
  return error instanceof FitscoreError;
}
