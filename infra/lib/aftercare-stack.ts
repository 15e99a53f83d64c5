import {
  CfnOutput,
  CfnParameter,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  aws_cloudwatch as cloudwatch,
  aws_dynamodb as dynamodb,
  aws_iam as iam,
  aws_lambda as lambda,
  aws_logs as logs,
  aws_s3 as s3,
} from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/**
 * Memory for the skill function, sized from `npm run bench` (README, "Sizing"): a cold
 * process peaks near 60 MB, so 128 MB would hold it, but a cold start is about 100 ms of CPU
 * on a full core and Lambda's CPU share grows with memory. 512 MB keeps that CPU near a
 * third of a second; a warm turn costs well under a millisecond of CPU at any size.
 */
export const SKILL_MEMORY_MB = 512;

export const SKILL_RUNTIME = lambda.Runtime.NODEJS_22_X;
export const SKILL_HANDLER = 'index.handler';

/** Alexa waits 8 seconds; the function must give up before Alexa does. */
export const SKILL_TIMEOUT = Duration.seconds(7);

/** Alarm when a turn takes this long: close to the timeout, far above the 4 s we aim for. */
export const SLOW_TURN = Duration.seconds(6);

/**
 * Where the function's code comes from: the bundle folder, uploaded by `cdk deploy` as an
 * asset, or the S3 object the ASK CLI's CloudFormation deployer uploads and passes in as
 * parameters (`ask deploy`, see ask-resources.json).
 */
export type SkillCode = { readonly kind: 'asset'; readonly path: string } | { readonly kind: 'ask-cli' };

export interface AftercareStackProps extends StackProps {
  readonly code: SkillCode;
  /** The Alexa skill ID, when known at synth time; otherwise a deploy-time parameter. */
  readonly skillId?: string;
  /** Zone for users whose device zone cannot be read. */
  readonly defaultTimeZone?: string;
}

/** The skill's backend: its function, its table, and the alarms that watch them. */
export class AftercareStack extends Stack {
  readonly table: dynamodb.Table;
  readonly skillFunction: lambda.Function;

  constructor(scope: Construct, id: string, props: AftercareStackProps) {
    super(scope, id, props);

    const skillId = new CfnParameter(this, 'SkillId', {
      type: 'String',
      description: 'The Alexa skill ID allowed to invoke the function (amzn1.ask.skill....)',
      allowedPattern: '^amzn1\\.ask\\.skill\\.[0-9a-fA-F-]+$',
      ...(props.skillId !== undefined && { default: props.skillId }),
    });

    this.table = new dynamodb.Table(this, 'Records', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const logGroup = new logs.LogGroup(this, 'SkillLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Only what the skill does: item reads and writes on its own table, and its own logs.
    const role = new iam.Role(this, 'SkillRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Aftercare skill: item access to its table, writes to its log group',
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [this.table.tableArn],
      }),
    );
    logGroup.grantWrite(role);

    this.skillFunction = new lambda.Function(this, 'SkillFunction', {
      description: 'Aftercare Alexa skill',
      ...this.skillCode(props.code),
      architecture: lambda.Architecture.ARM_64,
      memorySize: SKILL_MEMORY_MB,
      timeout: SKILL_TIMEOUT,
      role,
      logGroup,
      environment: {
        TABLE_NAME: this.table.tableName,
        SKILL_ID: skillId.valueAsString,
        DEFAULT_TIME_ZONE: props.defaultTimeZone ?? 'America/New_York',
      },
    });

    this.skillFunction.addPermission('AlexaSkillInvoke', {
      principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId.valueAsString,
    });

    const alarm = (id: string, metric: cloudwatch.IMetric, threshold: number, description: string): void => {
      new cloudwatch.Alarm(this, id, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
    };
    const period = Duration.minutes(5);
    alarm('ErrorsAlarm', this.skillFunction.metricErrors({ period }), 1, 'The skill function failed a turn');
    alarm('ThrottlesAlarm', this.skillFunction.metricThrottles({ period }), 1, 'Turns were throttled');
    alarm(
      'SlowTurnsAlarm',
      this.skillFunction.metricDuration({ period, statistic: 'Maximum' }),
      SLOW_TURN.toMilliseconds(),
      'A turn came close to the function timeout and to Alexa’s 8 seconds',
    );

    new CfnOutput(this, 'FunctionArn', {
      value: this.skillFunction.functionArn,
      description: 'Put this in models/skill.json as the custom and events endpoint (npm run deploy does)',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    if (props.code.kind === 'ask-cli') {
      // The ASK CLI reads this output and writes it into skill.json itself.
      new CfnOutput(this, 'SkillEndpoint', { value: this.skillFunction.functionArn });
    }
  }

  /**
   * The code, runtime and handler: fixed here for `cdk deploy`; for the ASK CLI, taken from the
   * parameters it passes to every template (its code upload, and the runtime and handler in
   * ask-resources.json, which a test holds to the values below).
   */
  private skillCode(code: SkillCode): { code: lambda.Code; runtime: lambda.Runtime; handler: string } {
    if (code.kind === 'asset') {
      return {
        code: lambda.Code.fromAsset(code.path, { exclude: ['*.map'] }),
        runtime: SKILL_RUNTIME,
        handler: SKILL_HANDLER,
      };
    }
    const param = (name: string): string => new CfnParameter(this, name, { type: 'String' }).valueAsString;
    const bucket = s3.Bucket.fromBucketName(this, 'AskCliCodeBucket', param('CodeBucket'));
    return {
      code: lambda.Code.fromBucket(bucket, param('CodeKey'), param('CodeVersion')),
      runtime: new lambda.Runtime(param('LambdaRuntime'), lambda.RuntimeFamily.NODEJS),
      handler: param('LambdaHandler'),
    };
  }
}
