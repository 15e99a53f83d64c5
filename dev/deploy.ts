/**
 * npm run deploy -- --skill-id amzn1.ask.skill.XXXX
 *
 * Builds the bundle, deploys the `Aftercare` stack with the CDK, writes the function ARN into
 * models/skill.json, and deploys the skill package with the ASK CLI. Needs AWS credentials
 * (for the CDK) and an ASK CLI profile (`ask configure`); see the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_PATH, renderCurrentManifest, toFileText } from './model/generate';
import { withEndpoint } from './model/manifest';

const root = join(__dirname, '..');

function run(command: string, args: string[]): void {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args[0] ?? ''} failed (exit ${String(result.status)})`);
}

function main(): void {
  const { values } = parseArgs({
    options: { 'skill-id': { type: 'string' }, profile: { type: 'string', default: 'default' } },
  });
  const skillId = values['skill-id'] ?? process.env.SKILL_ID;
  if (!skillId || !/^amzn1\.ask\.skill\.[0-9a-fA-F-]+$/.test(skillId)) {
    throw new Error('Give the skill ID: npm run deploy -- --skill-id amzn1.ask.skill.XXXX (see the README)');
  }

  run('npm', ['run', 'build']);
  const outputsFile = join('cdk.out', 'outputs.json');
  run('npx', [
    'cdk',
    'deploy',
    'Aftercare',
    '--require-approval',
    'never',
    '--parameters',
    `SkillId=${skillId}`,
    '--outputs-file',
    outputsFile,
  ]);
  const outputs = JSON.parse(readFileSync(join(root, outputsFile), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const functionArn = outputs.Aftercare?.FunctionArn;
  if (!functionArn) throw new Error(`No FunctionArn in ${outputsFile}`);

  writeFileSync(MANIFEST_PATH, toFileText(withEndpoint(renderCurrentManifest(), functionArn)));
  console.log(`\nmodels/skill.json now points at ${functionArn}`);

  // The ASK CLI keeps the skill it deploys to in .ask/ask-states.json; point it at this one.
  mkdirSync(join(root, '.ask'), { recursive: true });
  writeFileSync(
    join(root, '.ask', 'ask-states.json'),
    toFileText({ askcliStatesVersion: '2020-03-31', profiles: { [values.profile]: { skillId } } }),
  );
  run('ask', ['deploy', '--target', 'skill-metadata', '--profile', values.profile]);
  console.log('\nDeployed. Test it with: ask dialog --locale en-US');
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
