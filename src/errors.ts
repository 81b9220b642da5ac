// Every error newsgraph raises on purpose, each with a stable name and code. Only the edges translate
// them: the API's error handler into HTTP statuses, the CLI's main into exit codes and messages.

export type ErrorCode =
  | 'INPUT_INVALID'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'STORE_CORRUPT'
  | 'CONFIG_INVALID'
  | 'EXTRACTION_FAILED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'STORE_BUSY'
  | 'SOURCE_EMPTY';

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A source that cannot be read or understood: missing file, bad encoding, no article in it. */
export class InputError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INPUT_INVALID', message, options);
  }
}

/** A request parameter that does not fit: the field is named so the caller can fix it. */
export class BadRequestError extends NewsgraphError {
  readonly field: string;
  constructor(field: string, message: string) {
    super('BAD_REQUEST', message);
    this.field = field;
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** The value a lookup found, or a NotFoundError naming what was looked for (`person "朱健"`). */
export function orNotFound<T>(value: T | null, what: string): T {
  if (value === null) throw new NotFoundError(`no ${what}`);
  return value;
}

/** The store cannot be reached or written (Neo4j down, wrong password, data directory not writable). */
export class StoreUnavailableError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, options);
  }
}

/** The embedded store's data directory is held by another live process (`owner`, its pid). */
export class StoreLockedError extends StoreUnavailableError {
  constructor(
    message: string,
    readonly owner: number,
  ) {
    super(message);
  }
}

/** Persisted data that does not read back as what was written. */
export class StoreCorruptError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_CORRUPT', message, options);
  }
}

export class ConfigError extends NewsgraphError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

/** A pipeline step that threw: names the step and the article so the bug can be found. */
export class ExtractionError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('EXTRACTION_FAILED', message, options);
  }
}

/** Another run is ingesting into the same store; the message says who and since when. */
export class StoreBusyError extends NewsgraphError {
  constructor(message: string) {
    super('STORE_BUSY', message);
  }
}

/**
 * A folder to prune that holds no pages (unmounted, emptied by mistake): pruning it would remove
 * every article it once gave, so the run refuses unless told the folder is empty on purpose.
 */
export class EmptySourceError extends NewsgraphError {
  constructor(message: string) {
    super('SOURCE_EMPTY', message);
  }
}

/** A write without the right bearer token (401), or writes switched off (403). */
export class AccessError extends NewsgraphError {
  constructor(code: 'UNAUTHORIZED' | 'FORBIDDEN', message: string) {
    super(code, message);
  }
}
