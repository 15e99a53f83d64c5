import { todaysCare } from '../care/recovery';
import { todaysCareAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';
import { withTimeline } from './common';

/** "What should I do today?" */
export const whatToDoTodayHandler = intentHandler(['WhatToDoTodayIntent'], (input, turn) =>
  withTimeline(input, turn, (timeline) => replySpoken(input, todaysCareAnswer(todaysCare(timeline)))),
);
