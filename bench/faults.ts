/**
 * How long a turn takes to answer when what it depends on fails: a store that hangs or
 * refuses connections, and an Alexa API that never answers. Alexa waits 8 seconds; the
 * budget is 4.
 */
import type { Skill } from 'ask-sdk-core';
import { performance } from 'node:perf_hooks';
import type { AlexaApiStub } from '../dev/alexa-api-stub';
import { refusingUrl, startSilentServer } from '../dev/broken-endpoints';
import { envelope, hear, intentRequest, launchRequest, type Device } from '../dev/envelope';

export interface FaultTiming {
  readonly label: string;
  readonly ms: number;
  readonly speech: string;
}

type BuildSkill = (env: NodeJS.ProcessEnv) => Skill;

export async function measureFaults(
  buildSkill: BuildSkill,
  env: Record<string, string>,
  api: AlexaApiStub,
  user: Device,
): Promise<FaultTiming[]> {
  const silent = await startSilentServer();
  const refusedUrl = await refusingUrl();
  const now = (): string => new Date().toISOString();
  const time = async (
    label: string,
    skill: Skill,
    request: ReturnType<typeof launchRequest>,
    device = user,
  ) => {
    const start = performance.now();
    const heard = hear(await skill.invoke(envelope(device, request)));
    return { label, ms: performance.now() - start, speech: heard.speech };
  };
  try {
    const hanging = buildSkill({ ...env, AWS_ENDPOINT_URL_DYNAMODB: silent.url });
    const refused = buildSkill({ ...env, AWS_ENDPOINT_URL_DYNAMODB: refusedUrl });
    const healthy = buildSkill(env);
    const results = [
      await time('store hangs: a question', hanging, launchRequest(now())),
      await time(
        'store hangs: setting a date',
        hanging,
        intentRequest(now(), 'SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
      ),
      await time('store refuses: a question', refused, intentRequest(now(), 'WhatToDoTodayIntent')),
    ];
    api.timeZoneFailure = 'hang';
    results.push(
      await time(
        'time-zone API hangs: first date of a new user',
        healthy,
        intentRequest(now(), 'SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
        { ...user, userId: `${user.userId ?? ''}-fault`, deviceId: 'amzn1.ask.device.FAULT' },
      ),
    );
    return results;
  } finally {
    api.timeZoneFailure = undefined;
    await silent.close();
  }
}
