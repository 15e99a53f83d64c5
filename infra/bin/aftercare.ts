/**
 * The CDK app. `npm run synth` writes two templates of the same stack to cdk.out/, offline:
 * `Aftercare` for `cdk deploy` and `AftercareAskCli` for `ask deploy` (see ask-resources.json).
 */
import { App } from 'aws-cdk-lib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineStacks } from '../lib/app';

const bundle = join(__dirname, '..', '..', 'dist', 'lambda');
if (!existsSync(join(bundle, 'index.js')))
  throw new Error(`No bundle at ${bundle}: run npm run build first.`);
defineStacks(new App(), bundle);
