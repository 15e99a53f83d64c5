import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AlexaApiStub } from '../../dev/alexa-api-stub';
import { envelope, hear, intentRequest, launchRequest } from '../../dev/envelope';
import { ensureTable, LOCAL_AWS_ENV, startLocalDynamo, type LocalDynamo } from '../../dev/local-dynamo';
import { buildLambda } from '../../dev/build';

const run = promisify(execFile);

let dynamo: LocalDynamo;
let api: AlexaApiStub;
let workDir: string;

beforeAll(async () => {
  [dynamo, api] = await Promise.all([startLocalDynamo(), AlexaApiStub.start()]);
  await ensureTable(dynamo.endpoint, 'aftercare-bundle');
  workDir = mkdtempSync(join(tmpdir(), 'aftercare-bundle-'));
});
afterAll(async () => {
  await Promise.all([dynamo.close(), api.close()]);
  rmSync(workDir, { recursive: true, force: true });
});

describe('the built bundle', () => {
  it('answers from a copy of dist/lambda alone, with no node_modules in reach', async () => {
    // Prepare: build, then copy only index.js to a folder outside the project.
    const outdir = join(workDir, 'out');
    await buildLambda(outdir);
    const lambdaDir = join(workDir, 'lambda-zip');
    copyFileSync(join(outdir, 'index.js'), join(lambdaDir + '.js'));
    const device = { userId: 'amzn1.ask.account.BUNDLE', apiEndpoint: api.endpoint };
    const events = [
      envelope(
        device,
        intentRequest('2026-11-24T15:00:00Z', 'SetProcedureDateIntent', { procedureDate: '2026-11-21' }),
      ),
      envelope(device, launchRequest('2026-11-24T15:00:00Z')),
    ];
    const script = `
      const { handler } = require(${JSON.stringify(lambdaDir + '.js')});
      (async () => {
        const events = JSON.parse(process.env.EVENTS);
        const out = [];
        for (const e of events) out.push(await handler(e, {}));
        process.stdout.write(JSON.stringify(out));
      })().catch((e) => { console.error(e); process.exit(1); });`;

    // Act
    const { stdout } = await run(process.execPath, ['-e', script], {
      cwd: workDir,
      env: {
        PATH: process.env.PATH,
        ...LOCAL_AWS_ENV,
        TABLE_NAME: 'aftercare-bundle',
        AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
        LOG_LEVEL: 'silent',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        EVENTS: JSON.stringify(events),
      },
    });
    const [saved, launch] = (JSON.parse(stdout) as Parameters<typeof hear>[0][]).map(hear);

    // Assess
    expect(readdirSync(workDir).sort()).toEqual(['lambda-zip.js', 'out']);
    expect(saved).toSpeak('today is day 3');
    expect(launch).toSpeak('Welcome back', 'Today is day 3.');
  });
});
