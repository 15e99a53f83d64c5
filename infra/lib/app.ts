import { BootstraplessSynthesizer, type App } from 'aws-cdk-lib';
import { AftercareStack } from './aftercare-stack';

export interface AftercareStacks {
  /** For `cdk deploy`: code uploaded from the bundle folder as an asset. */
  readonly cdk: AftercareStack;
  /** For the ASK CLI's CloudFormation deployer: code passed in as parameters. */
  readonly askCli: AftercareStack;
}

/**
 * Defines both templates of the stack on `app`, reading the optional context values
 * `skillId` and `defaultTimeZone`.
 */
export function defineStacks(app: App, bundlePath: string): AftercareStacks {
  const skillId: unknown = app.node.tryGetContext('skillId');
  const defaultTimeZone: unknown = app.node.tryGetContext('defaultTimeZone');
  const shared = {
    ...(typeof skillId === 'string' && { skillId }),
    ...(typeof defaultTimeZone === 'string' && { defaultTimeZone }),
    description: 'Aftercare Alexa skill: function, table and alarms',
  };
  return {
    cdk: new AftercareStack(app, 'Aftercare', { ...shared, code: { kind: 'asset', path: bundlePath } }),
    askCli: new AftercareStack(app, 'AftercareAskCli', {
      ...shared,
      code: { kind: 'ask-cli' },
      // Deployed by the ASK CLI into accounts that may never have run `cdk bootstrap`.
      synthesizer: new BootstraplessSynthesizer(),
      analyticsReporting: false,
    }),
  };
}
