/**
 * The CDK app. `npm run synth` writes the templates to cdk.out/ offline; `npm run deploy`
 * deploys them and then the skill package (see the README).
 */
import { App } from 'aws-cdk-lib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AftercareStack } from '../lib/aftercare-stack';

const app = new App();
const lambdaCodePath = join(__dirname, '..', '..', 'dist', 'lambda');
if (!existsSync(join(lambdaCodePath, 'index.js'))) {
  throw new Error(`No bundle at ${lambdaCodePath}: run npm run build first.`);
}
const skillId: unknown = app.node.tryGetContext('skillId');
const defaultTimeZone: unknown = app.node.tryGetContext('defaultTimeZone');

new AftercareStack(app, 'Aftercare', {
  lambdaCodePath,
  ...(typeof skillId === 'string' && { skillId }),
  ...(typeof defaultTimeZone === 'string' && { defaultTimeZone }),
  description: 'Aftercare Alexa skill: function, table and alarms',
});
