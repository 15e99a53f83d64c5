/** A setting is missing or malformed; the message names it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The store failed or did not answer in time; `cause` says which. A failed write saved nothing. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';

  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    options?: { cause?: unknown },
  ) {
    super(`The store could not ${operation}`, options);
  }
}

/** The request has no user to keep a record for. */
export class NoUserError extends Error {
  override readonly name = 'NoUserError';

  constructor() {
    super('The request carries no user ID');
  }
}

/** A call to the Alexa service API failed to get any HTTP answer: refused, reset or too slow. */
export class AlexaApiUnreachableError extends Error {
  override readonly name = 'AlexaApiUnreachableError';
}
