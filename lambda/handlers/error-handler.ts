import type { ErrorHandler } from 'ask-sdk-core';
import { NoUserError, StoreUnavailableError } from '../errors';
import { describeError } from '../logger';
import { Turn } from '../skill/turn';

const STORE_APOLOGIES: Record<StoreUnavailableError['operation'], string> = {
  read: 'Sorry, I can’t reach your saved details right now. Please try again in a moment.',
  write: 'Sorry, I couldn’t save that just now, so nothing has changed. Please try again in a moment.',
  delete: 'Sorry, I couldn’t delete your data just now, so it is still there. Please try again in a moment.',
};

/** Turns any error into a calm spoken answer that claims nothing it did not do. */
export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    const turn = safeTurn(input);
    turn?.log.error('turn failed', {
      ms: Math.round(performance.now() - turn.startedAt),
      ...describeError(error),
    });
    const speech =
      error instanceof StoreUnavailableError
        ? STORE_APOLOGIES[error.operation]
        : error instanceof NoUserError
          ? 'Sorry, I can only remember your date when you use me from an Alexa account.'
          : 'Sorry, something went wrong on my side. Please try again.';
    return input.responseBuilder.speak(speech).withShouldEndSession(true).getResponse();
  },
};

function safeTurn(input: Parameters<ErrorHandler['handle']>[0]): Turn | undefined {
  try {
    return Turn.of(input);
  } catch {
    return undefined;
  }
}
