/**
 * What goes on a screen: the APL directives for a reply, for devices that can show APL.
 * A device without a screen gets none, so its responses stay exactly as they were.
 */
import type { Directive, RequestEnvelope, interfaces } from 'ask-sdk-model';
import { loose } from '../alexa/envelope';
import type { TodaysCare } from '../care/recovery';
import type { PlannedRoutine } from '../care/routines';
import routineDocument from './routine.json';
import { routineScreen, routineToken, type RoutineScreen } from './routine-data';
import timelineDocument from './timeline.json';
import { timelineScreen, type TimelineScreen } from './timeline-data';

/** The timeline screen for the user's day. */
export function timelineOf(today: TodaysCare): () => Screen {
  return () => ({ kind: 'timeline', data: timelineScreen(today) });
}

/** The routine screen at step `current`, or at its end. */
export function routineOf(plan: PlannedRoutine, current: number): () => Screen {
  return () => ({ kind: 'routine', data: routineScreen(plan, current) });
}

/** A screen a reply can show. */
export type Screen =
  | { readonly kind: 'timeline'; readonly data: TimelineScreen }
  | { readonly kind: 'routine'; readonly data: RoutineScreen };

export const TIMELINE_TOKEN = 'aftercare-timeline';

/** The APL documents, by the screen they draw. */
export const DOCUMENTS = { timeline: timelineDocument, routine: routineDocument } as const;

/** The id of the routine document's component that holds the step on screen. */
export const ROUTINE_COMPONENT = 'routine';

/** The APL version the documents are written for. */
export const APL_VERSION = timelineDocument.version;

/**
 * True when the request's device can render APL documents of the version the skill sends.
 * A device that names an older runtime gets the voice alone, as one without a screen does.
 */
export function supportsApl(envelope: RequestEnvelope): boolean {
  const apl = loose(envelope).context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'];
  if (apl === undefined) return false;
  const max = apl.runtime?.maxVersion;
  return typeof max !== 'string' || !olderThan(max, APL_VERSION);
}

/** Compares APL versions part by part: "1.9" < "2022.1" < "2023.2". */
function olderThan(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (Number.isNaN(x)) return false;
    if (x !== y) return x < y;
  }
  return false;
}

/** The token of the APL document the device shows now, if any. */
export function visibleToken(envelope: RequestEnvelope): string | undefined {
  return loose(envelope).context?.['Alexa.Presentation.APL']?.token;
}

/**
 * The directives that put `screen` on the device. A routine already on screen only moves to
 * its new step, with one small command; anything else is drawn afresh.
 */
export function screenDirectives(envelope: RequestEnvelope, build: (() => Screen) | undefined): Directive[] {
  if (!build || !supportsApl(envelope)) return [];
  const screen = build();
  const token = screen.kind === 'routine' ? routineToken(screen.data) : TIMELINE_TOKEN;
  if (screen.kind === 'routine' && visibleToken(envelope) === token) {
    return [
      {
        type: 'Alexa.Presentation.APL.ExecuteCommands',
        token,
        commands: [showStep(screen.data.current)],
      },
    ];
  }
  return [
    {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token,
      document: DOCUMENTS[screen.kind],
      datasources: { screen: screen.data },
    },
  ];
}

/**
 * Sets the routine document's bound step. ask-sdk-model types SetValue's value as a string,
 * but APL takes any value, and the step is a number.
 */
function showStep(step: number): interfaces.alexa.presentation.apl.SetValueCommand {
  const command = { type: 'SetValue', componentId: ROUTINE_COMPONENT, property: 'current', value: step };
  return command as unknown as interfaces.alexa.presentation.apl.SetValueCommand;
}
