import type { RequestHandler } from 'ask-sdk-core';
import { describeError } from '../logger';
import { Turn } from '../skill/turn';
import { cancelAccountReminders } from './cancel-ointment-reminders';

/**
 * The skill was disabled. When the user chose not to keep their data
 * (`userInformationPersistenceStatus` is `NOT_PERSISTED`), the account's reminders are
 * cancelled where Alexa still allows it, and the record goes, every voice profile with it. An event gets no speech; a delete that fails is logged, and the
 * record's TTL removes it in the end.
 */
export const skillDisabledHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'AlexaSkillEvent.SkillDisabled',
  async handle(input) {
    const turn = Turn.of(input);
    // ask-sdk-model's type leaves out the body Alexa sends with this event.
    const request = input.requestEnvelope.request as {
      body?: { userInformationPersistenceStatus?: unknown };
    };
    const persistence = request.body?.userInformationPersistenceStatus;
    if (persistence === 'NOT_PERSISTED') {
      try {
        await cancelAccountReminders(input, turn);
        const deleted = await turn.deleteAccount();
        turn.log.info('account data deleted on disable', { deleted });
      } catch (error) {
        turn.log.error('delete on disable failed; the TTL will remove the record', describeError(error));
      }
    } else {
      turn.log.info('skill disabled, data kept as the user chose', {
        persistence: persistence ?? 'unknown',
      });
    }
    return input.responseBuilder.getResponse();
  },
};

/** Enabled, permission changes and account links need nothing from the skill yet. */
export const otherSkillEventsHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type.startsWith('AlexaSkillEvent.'),
  handle(input) {
    Turn.of(input).log.info('skill event');
    return input.responseBuilder.getResponse();
  },
};
