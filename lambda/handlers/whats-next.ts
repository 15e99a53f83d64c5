import { nextChange } from '../care/recovery';
import { nextChangeAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';
import { withTimeline } from './common';

/** "What changes tomorrow?" */
export const whatsNextHandler = intentHandler(['WhatsNextIntent'], (input, turn) =>
  withTimeline(input, turn, (timeline) =>
    replySpoken(input, nextChangeAnswer(timeline, nextChange(timeline))),
  ),
);
