/**
 * What the console says about a screen, and how it saves one: the document, its data and
 * the values commands have set, as one JSON file per screen change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RoutineScreen } from '../lambda/screens/routine-data';
import { ROUTINE_COMPONENT, TIMELINE_TOKEN } from '../lambda/screens/screens';
import type { TimelineScreen } from '../lambda/screens/timeline-data';
import type { OnScreen } from './envelope';

/** The routine's step on screen: as drawn, or as SetValue moved it since. */
export function routineStepOf(screen: OnScreen): number {
  const set = screen.values[ROUTINE_COMPONENT]?.current;
  return typeof set === 'number' ? set : (screen.data as RoutineScreen).current;
}

/** One line on what a screen shows. */
export function describeScreen(screen: OnScreen): string {
  if (screen.token === TIMELINE_TOKEN) {
    const data = screen.data as TimelineScreen;
    const today = data.days.find((d) => d.state === 'today');
    const strip = `days 0 to ${data.days.length - 1}${today ? `, ${today.title} highlighted` : ''}`;
    return `timeline, “${data.heading}”; ${strip}; ${data.checklist.length} items to do today`;
  }
  const data = screen.data as RoutineScreen;
  const step = routineStepOf(screen);
  const shown = data.steps[step];
  const buttons = 'tap next, back or repeat';
  return shown
    ? `${data.title}, ${shown.heading}${shown.wait ? ` (${shown.wait})` : ''}; ${buttons}`
    : `${data.title}, done`;
}

/** Saves each screen a session draws, numbered in order. */
export class ScreenLog {
  private count = 0;

  constructor(private readonly dir: string) {}

  /** Writes the screen and returns the file's path, relative to the working directory. */
  save(screen: OnScreen): string {
    mkdirSync(this.dir, { recursive: true });
    this.count++;
    const kind = screen.token === TIMELINE_TOKEN ? 'timeline' : 'routine';
    const file = join(this.dir, `${String(this.count).padStart(2, '0')}-${kind}.json`);
    writeFileSync(file, `${JSON.stringify(screen, null, 2)}\n`);
    return relative(process.cwd(), file);
  }
}
