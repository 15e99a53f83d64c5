import { XMLValidator } from 'fast-xml-parser';
import type { Heard } from '../../dev/envelope';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The response's speech matches every pattern (a string must appear, case-insensitive). */
      toSpeak(...patterns: (string | RegExp)[]): R;
      /** The speech and reprompt are well-formed SSML. */
      toBeValidSsml(): R;
    }
  }
}

function matches(speech: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string'
    ? speech.toLowerCase().includes(pattern.toLowerCase())
    : pattern.test(speech);
}

expect.extend({
  toSpeak(received: Heard, ...patterns: (string | RegExp)[]) {
    const missing = patterns.filter((p) => !matches(received.speech, p));
    return {
      pass: missing.length === 0,
      message: () =>
        this.isNot
          ? `expected speech not to match ${patterns.map(String).join(', ')}\nspeech: ${received.speech}`
          : `expected speech to match ${missing.map(String).join(', ')}\nspeech: ${received.speech}`,
    };
  },
  toBeValidSsml(received: Heard) {
    const speech = received.envelope.response.outputSpeech;
    const reprompt = received.envelope.response.reprompt?.outputSpeech;
    const problems = [speech, reprompt]
      .flatMap((s) => (s?.type === 'SSML' ? [s.ssml] : []))
      .map((ssml) => ({ ssml, result: XMLValidator.validate(ssml) }))
      .filter(({ ssml, result }) => result !== true || !/^<speak>[\s\S]*<\/speak>$/.test(ssml));
    return {
      pass: problems.length === 0,
      message: () => `expected valid SSML, got ${JSON.stringify(problems)}`,
    };
  },
});
