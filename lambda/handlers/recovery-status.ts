import { todaysCare } from '../care/recovery';
import { timelineOf } from '../screens/screens';
import { statusAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';
import { withTimeline } from './common';

/** "How far along am I?" */
export const recoveryStatusHandler = intentHandler(['RecoveryStatusIntent'], (input, turn) =>
  withTimeline(input, turn, (timeline) => {
    const today = todaysCare(timeline);
    return replySpoken(input, statusAnswer(today), { screen: timelineOf(today) });
  }),
);
