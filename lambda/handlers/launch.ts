import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { todaysCare } from '../care/recovery';
import { ASK_DATE, todaysCareAnswer, welcomeNew } from '../speech/answers';
import { reply, replySpoken } from '../skill/reply';
import { Turn } from '../skill/turn';
import { timelineOf } from '../screens/screens';

/** Greets a returning user with their day, and asks a new one when they needled. */
export const launchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async handle(input) {
    const timeline = await Turn.of(input).timeline();
    if (!timeline) return reply(input, { speech: welcomeNew(), reprompt: ASK_DATE });
    const today = todaysCare(timeline);
    const answer = todaysCareAnswer(today);
    return replySpoken(
      input,
      { ...answer, speech: `Welcome back. ${answer.speech}` },
      { screen: timelineOf(today) },
    );
  },
};
