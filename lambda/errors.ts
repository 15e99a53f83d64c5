/** A setting is missing or malformed; the message names it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The store could not be read or written in time. Nothing was saved when a write fails. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    options?: { cause?: unknown },
  ) {
    super(`The store could not ${operation} in time`, options);
  }
}

/** The request has no user to keep a record for. */
export class NoUserError extends Error {
  override readonly name = 'NoUserError';

  constructor() {
    super('The request carries no user ID');
  }
}
