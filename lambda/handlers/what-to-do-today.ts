import { shouldNudge, summariseLog } from '../care/ointment';
import { todaysCare } from '../care/recovery';
import { todaysCareAnswer } from '../speech/answers';
import { logNudge } from '../speech/ointment';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';
import { withTimeline } from './common';

/** "What should I do today?", with a word about the ointment log in the evening when it is short. */
export const whatToDoTodayHandler = intentHandler(['WhatToDoTodayIntent'], (input, turn) =>
  withTimeline(input, turn, async (timeline) => {
    const answer = todaysCareAnswer(todaysCare(timeline));
    const zone = await turn.zone();
    const summary = summariseLog((await turn.profile())?.ointmentLog ?? [], turn.now, zone);
    if (!shouldNudge(timeline, summary, turn.now, zone)) return replySpoken(input, answer);
    return replySpoken(input, { ...answer, speech: `${answer.speech} ${logNudge(summary)}` });
  }),
);
