import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLambda } from '../../dev/build';
import { TEST_SKILL_ID } from '../../dev/envelope';
import {
  SKILL_HANDLER,
  SKILL_MEMORY_MB,
  SKILL_RUNTIME,
  SKILL_TIMEOUT,
} from '../../infra/lib/aftercare-stack';
import { defineStacks } from '../../infra/lib/app';

let template: Template;
let askCli: Template;
let codeDir: string;

beforeAll(async () => {
  // Prepare: the real bundle, built where the stack can take it as an asset.
  codeDir = mkdtempSync(join(tmpdir(), 'aftercare-infra-'));
  await buildLambda(codeDir);
  const stacks = defineStacks(new App({ context: { skillId: TEST_SKILL_ID } }), codeDir);
  template = Template.fromStack(stacks.cdk);
  askCli = Template.fromStack(stacks.askCli);
});
afterAll(() => {
  rmSync(codeDir, { recursive: true, force: true });
});

function tableRef(): { Ref: string } {
  const [id] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
  return { Ref: id ?? 'no table' };
}

describe('the skill function', () => {
  it('runs the bundle on Node.js 22, arm64, sized and timed for Alexa', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: SKILL_MEMORY_MB,
      Timeout: SKILL_TIMEOUT.toSeconds(),
    });
    expect(SKILL_TIMEOUT.toSeconds()).toBeLessThan(8);
  });

  it('gets the table name, the skill ID and a default zone in its environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          TABLE_NAME: tableRef(),
          SKILL_ID: { Ref: 'SkillId' },
          DEFAULT_TIME_ZONE: Match.stringLikeRegexp('/'),
        },
      },
    });
  });

  it('logs to its own log group, with a retention', () => {
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
  });

  it('can be invoked by Alexa for this skill only', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
    template.hasParameter('SkillId', {
      AllowedPattern: Match.stringLikeRegexp('amzn1'),
      Default: TEST_SKILL_ID,
    });
  });

  it('outputs the function ARN for skill.json', () => {
    template.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } });
  });
});

describe('the table', () => {
  it('has a string partition key pk, on demand, with point-in-time recovery, encryption and TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('is kept when the stack is deleted', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('the role', () => {
  it('may only get, put, update and delete items in that table, and write its logs', () => {
    // Act
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (p) =>
        (
          p as {
            Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } };
          }
        ).Properties.PolicyDocument.Statement,
    );
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

    // Assess
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(actions.filter((a) => !a.startsWith('dynamodb:') && !a.startsWith('logs:'))).toEqual([]);
    expect(actions.some((a) => a.includes('*'))).toBe(false);
    const dynamoStatement = statements.find((s) => [s.Action].flat().includes('dynamodb:GetItem'));
    expect(dynamoStatement?.Resource).toEqual({ 'Fn::GetAtt': [tableRef().Ref, 'Arn'] });
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });
});

describe('the alarms', () => {
  it.each([
    ['Errors', 1],
    ['Throttles', 1],
  ])('watch %s', (metric, threshold) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metric,
      Namespace: 'AWS/Lambda',
      Threshold: threshold,
    });
  });

  it('watch for turns close to the timeout', () => {
    const alarms = template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { MetricName: 'Duration' },
    });
    const [threshold] = Object.values(alarms).map(
      (a) => (a as { Properties: { Threshold: number } }).Properties.Threshold,
    );

    expect(threshold).toBeGreaterThan(4000);
    expect(threshold).toBeLessThan(SKILL_TIMEOUT.toMilliseconds());
  });
});

describe('the ASK CLI template', () => {
  it('is what ask-resources.json deploys, with the runtime and handler of the CDK template', () => {
    const resources = JSON.parse(readFileSync(join(__dirname, '../../ask-resources.json'), 'utf8')) as {
      profiles: {
        default: {
          skillMetadata: { src: string };
          code: { default: { src: string } };
          skillInfrastructure: { type: string; userConfig: Record<string, string> };
        };
      };
    };
    const { skillMetadata, code, skillInfrastructure } = resources.profiles.default;

    expect([skillMetadata.src, code.default.src]).toEqual(['./models', './dist/lambda']);
    expect(skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(skillInfrastructure.userConfig).toMatchObject({
      runtime: SKILL_RUNTIME.name,
      handler: SKILL_HANDLER,
      templatePath: './cdk.out/AftercareAskCli.template.json',
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: SKILL_RUNTIME.name,
      Handler: SKILL_HANDLER,
    });
  });

  it('takes exactly the parameters the ASK CLI passes, and gives it SkillEndpoint', () => {
    expect(Object.keys(askCli.toJSON().Parameters as object).sort()).toEqual(
      ['CodeBucket', 'CodeKey', 'CodeVersion', 'LambdaHandler', 'LambdaRuntime', 'SkillId'].sort(),
    );
    askCli.hasOutput('SkillEndpoint', { Value: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } });
  });

  it('runs the code the ASK CLI uploaded, in the same function, table and alarms', () => {
    askCli.hasResourceProperties('AWS::Lambda::Function', {
      Code: {
        S3Bucket: { Ref: 'CodeBucket' },
        S3Key: { Ref: 'CodeKey' },
        S3ObjectVersion: { Ref: 'CodeVersion' },
      },
      Runtime: { Ref: 'LambdaRuntime' },
      Handler: { Ref: 'LambdaHandler' },
      Architectures: ['arm64'],
      MemorySize: SKILL_MEMORY_MB,
    });
    for (const type of [
      'AWS::DynamoDB::Table',
      'AWS::Lambda::Permission',
      'AWS::CloudWatch::Alarm',
      'AWS::IAM::Role',
    ]) {
      expect([type, Object.keys(askCli.findResources(type)).length]).toEqual([
        type,
        Object.keys(template.findResources(type)).length,
      ]);
    }
  });
});
