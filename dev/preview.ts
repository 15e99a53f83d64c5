/**
 * Writes a picture of each screen for people to look at: the timeline on several days and
 * the routine at several steps, on a medium hub and a round one, as PNGs in .data/preview/.
 * Screens the console saved (--save-screens) can be drawn too, by passing their files.
 *
 *   npm run preview [-- .data/screens/04-routine.json ...] [--all-screens]
 *
 * Drawing uses this project's own APL sketch (dev/apl) in headless Chromium from Debian
 * (`apt-get install chromium`); without Chromium, it writes the HTML pages alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, timelineFor, todaysCare } from '../lambda/care/recovery';
import { planOf, routineById } from '../lambda/care/routines';
import type { NeedlingType, RoutineId } from '../lambda/care/types';
import { routineScreen } from '../lambda/screens/routine-data';
import { DOCUMENTS } from '../lambda/screens/screens';
import { timelineScreen } from '../lambda/screens/timeline-data';
import { toHtml } from './apl/html';
import { inflate, viewportOf } from './apl/inflate';
import { DISPLAYS, type Display, type OnScreen } from './envelope';

const OUT = join(__dirname, '..', '.data', 'preview');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PROCEDURE = '2026-11-20';

/** A screen to draw: a document, its data, and values commands have set. */
interface Shot {
  readonly name: string;
  readonly document: unknown;
  readonly data: unknown;
  readonly values?: OnScreen['values'];
}

function timelineShot(day: number, needling: NeedlingType = 'standard'): Shot {
  const now = new Date(`${addDays(PROCEDURE, day)}T12:00:00Z`);
  const data = timelineScreen(todaysCare(timelineFor(PROCEDURE, needling, now, 'UTC')));
  return {
    name: `timeline-${needling === 'dense' ? 'dense-' : ''}day-${day}`,
    document: DOCUMENTS.timeline,
    data,
  };
}

function routineShot(id: RoutineId, day: number, step: number): Shot {
  const now = new Date(`${addDays(PROCEDURE, day)}T12:00:00Z`);
  const plan = planOf(routineById(id), timelineFor(PROCEDURE, 'standard', now, 'UTC'));
  const label = step >= plan.steps.length ? 'done' : `step-${step + 1}`;
  return { name: `routine-${id}-${label}`, document: DOCUMENTS.routine, data: routineScreen(plan, step) };
}

const SHOTS: readonly Shot[] = [
  timelineShot(0),
  timelineShot(3),
  timelineShot(7),
  timelineShot(14),
  timelineShot(30),
  timelineShot(16, 'dense'),
  routineShot('first-rinse', 0, 1),
  routineShot('layering', 3, 1),
  routineShot('layering', 3, 2),
  routineShot('layering', 3, 4),
];

function savedShot(file: string): Shot {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as OnScreen;
  return { name: basename(file, '.json'), document: saved.document, data: saved.data, values: saved.values };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'all-screens': { type: 'boolean', default: false } },
  });
  const shots = positionals.length > 0 ? positionals.map(savedShot) : SHOTS;
  const displays: [string, Display][] = values['all-screens']
    ? Object.entries(DISPLAYS)
    : [
        ['mediumHub', DISPLAYS.mediumHub],
        ['roundHub', DISPLAYS.roundHub],
      ];
  mkdirSync(OUT, { recursive: true });
  const pages: { html: string; png: string; width: number; height: number }[] = [];
  for (const [displayName, display] of displays) {
    const viewport = viewportOf(display);
    for (const shot of shots) {
      const root = inflate(
        shot.document,
        { screen: shot.data },
        viewport,
        shot.values ? { values: shot.values } : {},
      );
      const html = join(OUT, `${displayName}-${shot.name}.html`);
      writeFileSync(html, toHtml(root, viewport));
      pages.push({
        html,
        png: html.replace(/\.html$/, '.png'),
        width: display.pixelWidth,
        height: display.pixelHeight,
      });
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`Wrote ${pages.length} HTML pages to ${OUT}.`);
    console.log(`No Chromium at ${CHROMIUM}, so no PNGs: install it with "apt-get install chromium"`);
    console.log('(or set CHROMIUM_PATH), then run npm run preview again.');
    process.exitCode = 1;
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    // Nothing on the page may leave the machine: the documents need no external images.
    await page.route(/^(?!file:|data:|about:)/, (route) => route.abort());
    for (const { html, png, width, height } of pages) {
      await page.setViewportSize({ width, height });
      await page.goto(`file://${html}`);
      await page.screenshot({ path: png });
      console.log(`Wrote ${png}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
