import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Runs the console in a copy of the project, so its .data/ starts empty and stays apart. */
function runConsole(cwd: string, input: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(cwd, 'dev', 'console.ts'), ...args],
      { cwd, timeout: 30000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
    child.stdin?.end(input);
  });
}

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'aftercare-console-'));
  for (const dir of ['dev', 'lambda', 'models'])
    cpSync(join(root, dir), join(project, dir), { recursive: true });
  cpSync(join(root, 'package.json'), join(project, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('the console, through a pipe', () => {
  it('answers each line, and remembers the date across runs', async () => {
    // Act
    const first = await runConsole(project, 'I had my needling yesterday\nwhat should I do today\n', [
      '--now',
      '2026-11-27',
      '--tz',
      'Europe/Berlin',
    ]);
    const second = await runConsole(project, 'how far along am I\ncan I wear makeup yet\n', [
      '--now',
      '2026-11-30',
      '--tz',
      'Europe/Berlin',
    ]);

    // Assess
    expect(first).toContain('Alexa: Got it: you needled on Thursday, November 26, so today is day 1.');
    expect(first).toContain('Alexa: Today is day 1.');
    expect(second).toContain('Alexa: Today is day 4, since your needling on Thursday, November 26.');
    expect(second).toContain(
      'Alexa: Make-up can go back on from day 4 or 5. Today is day 4, so you’re in that window.',
    );
  });

  it('sends what it cannot place to the fallback', async () => {
    const output = await runConsole(project, 'sing me a song\n', ['--now', '2026-11-27', '--tz', 'UTC']);

    expect(output).toContain('Alexa: Sorry, I can’t help with that.');
  });

  it('walks a routine, asks for the timer permission by voice, and sets reminders with --grant-reminders', async () => {
    // Act
    const output = await runConsole(
      project,
      [
        'I had my needling on November 23',
        'no',
        'start my rinse routine',
        'next',
        'next',
        'yes',
        'yes',
        'resume my routine',
        'remind me to apply my ointment twice a day',
        'yes',
      ].join('\n') + '\n',
      ['--now', '2026-11-27', '--tz', 'America/Chicago', '--user', 'console-routine', '--grant-reminders'],
    );

    // Assess
    expect(output).toContain(
      'Step 3 of 4. Let them soak in for 20 to 30 minutes. Shall I set a 20-minute timer?',
    );
    expect(output).toContain('Alexa: (asking for the skill) Do you allow Needling Aftercare to set timers?');
    expect(output).toContain('(timer started on the device: 20m)');
    expect(output).toContain('Alexa: Welcome back. Step 4 of 4.');
    expect(output).toContain(
      'Twice a day, at 9 AM and 9 PM, until Monday, December 7, day 14. Shall I set them?',
    );
    expect(output).toContain('(2 daily reminders set in the Alexa app)');
  });

  it('on a screen device, says what each turn draws, takes taps like words, and saves the screens', async () => {
    // Prepare
    const say = ['I had my needling on November 24', 'what should I do today', 'start my rinse routine'];
    const routine = ['next', 'tap next', 'tap back', 'tap repeat'];

    // Act
    const withScreen = await runConsole(project, [...say, ...routine].join('\n') + '\n', [
      '--now',
      '2026-11-27',
      '--tz',
      'UTC',
      '--user',
      'console-screen',
      '--screen',
      'medium',
      '--save-screens',
    ]);
    const voiceOnly = await runConsole(project, [...say, 'tap next'].join('\n') + '\n', [
      '--now',
      '2026-11-27',
      '--tz',
      'UTC',
      '--user',
      'console-voice',
    ]);

    // Assess
    expect(withScreen).toContain(
      '(screen: timeline, “Day 3 of your recovery”; days 0 to 14, Day 3 highlighted;',
    );
    expect(withScreen).toContain('(screen: Your rinse and products, Step 1 of 4; tap next, back or repeat)');
    const turns = withScreen.split('You: ').slice(-4);
    expect(turns.map((t) => /Alexa: (Step \d of 4)/.exec(t)?.[1])).toEqual([
      'Step 2 of 4',
      'Step 3 of 4',
      'Step 2 of 4',
      'Step 2 of 4',
    ]);
    expect(turns[2]).toContain('(screen: Your rinse and products, Step 2 of 4;');
    const saved = [...withScreen.matchAll(/\(saved to (\S+)\)/g)].map((m) => m[1] ?? '');
    expect(saved).toHaveLength(6);
    const last = JSON.parse(readFileSync(join(project, saved.at(-1) ?? ''), 'utf8')) as { values: unknown };
    expect(last.values).toEqual({ routine: { current: 1 } });
    expect(voiceOnly).not.toContain('(screen:');
    expect(voiceOnly).toContain('(there is nothing on screen to tap)');
  });
});
