import { shouldNudge, summariseLog } from '../care/ointment';
import { todaysCare } from '../care/recovery';
import { timelineOf } from '../screens/screens';
import { todaysCareAnswer } from '../speech/answers';
import { todayCard } from '../speech/cards';
import { logNudge } from '../speech/ointment';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';
import { withTimeline } from './common';

/**
 * "What should I do today?", with a word about the ointment log in the evening when it is
 * short; the checklist goes to the screen and to a card in the Alexa app.
 */
export const whatToDoTodayHandler = intentHandler(['WhatToDoTodayIntent'], (input, turn) =>
  withTimeline(input, turn, async (timeline) => {
    const today = todaysCare(timeline);
    const answer = todaysCareAnswer(today);
    const zone = await turn.zone();
    const summary = summariseLog((await turn.profile())?.ointmentLog ?? [], turn.now, zone);
    const nudge = shouldNudge(timeline, summary, turn.now, zone) ? ` ${logNudge(summary)}` : '';
    return replySpoken(
      input,
      { ...answer, speech: `${answer.speech}${nudge}` },
      { screen: timelineOf(today), card: todayCard(today) },
    );
  }),
);
