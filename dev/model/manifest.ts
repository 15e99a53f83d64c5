/**
 * The skill manifest (models/skill.json): what the skill is called and says about itself in
 * every locale, what it stores, which permissions and events it uses, and its endpoint.
 */
import { DISCLAIMER } from '../../lambda/care/content';
import { LOCALES } from './locales';
import { INVOCATION_NAME } from './source';

/** Stands in for the function ARN until `npm run deploy` writes the real one. */
export const PLACEHOLDER_ENDPOINT =
  'arn:aws:lambda:us-east-1:000000000000:function:aftercare-set-by-npm-run-deploy';

/** Replace before certification: where the privacy policy and terms of use are published. */
export const PRIVACY_POLICY_URL = 'https://example.com/aftercare/privacy';
export const TERMS_OF_USE_URL = 'https://example.com/aftercare/terms';

export const EXAMPLE_UTTERANCES = ['', 'what should I do today', 'is this swelling normal'] as const;

export const PERMISSIONS = [
  'alexa::alerts:reminders:skill:readwrite',
  'alexa::alerts:timers:skill:readwrite',
] as const;

export interface SkillManifest {
  manifest: {
    publishingInformation: {
      locales: Record<
        string,
        { name: string; summary: string; description: string; examplePhrases: string[]; keywords: string[] }
      >;
      isAvailableWorldwide: boolean;
      distributionCountries: string[];
      distributionMode: string;
      category: string;
      testingInstructions: string;
    };
    privacyAndCompliance: {
      allowsPurchases: boolean;
      usesPersonalInfo: boolean;
      isChildDirected: boolean;
      isExportCompliant: boolean;
      containsAds: boolean;
      locales: Record<string, { privacyPolicyUrl: string; termsOfUseUrl: string }>;
    };
    permissions: { name: string }[];
    events: { endpoint: { uri: string }; subscriptions: { eventName: string }[] };
    apis: { custom: { endpoint: { uri: string }; interfaces: ManifestInterface[] } };
    manifestVersion: string;
  };
}

/** A range of screens the skill draws for, as the manifest declares it (in dp). */
export interface SupportedViewport {
  mode: 'HUB' | 'TV';
  shape: 'ROUND' | 'RECTANGLE';
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
}

export interface ManifestInterface {
  type: string;
  supportedViewports?: SupportedViewport[];
}

/**
 * The screens the APL documents lay out for: round hubs, small, medium and large landscape
 * hubs, and TVs. The ranges follow Amazon's viewport profiles.
 */
export const SUPPORTED_VIEWPORTS: SupportedViewport[] = [
  { mode: 'HUB', shape: 'ROUND', minWidth: 100, maxWidth: 599, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 600, maxHeight: 959 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1280, maxWidth: 1920, minHeight: 600, maxHeight: 1279 },
  { mode: 'TV', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 540, maxHeight: 540 },
];

const DESCRIPTION = [
  'Needling Aftercare guides you through the days after at-home skin micro-needling, hands-free.',
  'Tell it the day you needled, then ask what to do today, how far along you are, what changes next, whether you can use make-up, sunscreen or vitamin C yet, and whether redness, swelling or peeling is expected for your day.',
  'It can also explain how to needle and how to numb your skin, and it remembers your date between sessions.',
  `${DISCLAIMER} It is not a substitute for professional medical advice.`,
].join(' ');

/** Renders the manifest, keeping the endpoints of `current` when it has real ones. */
export function renderManifest(current?: SkillManifest): SkillManifest {
  const endpoint = current?.manifest.apis.custom.endpoint.uri ?? PLACEHOLDER_ENDPOINT;
  const eventsEndpoint = current?.manifest.events.endpoint.uri ?? endpoint;
  const perLocale = <T>(make: () => T): Record<string, T> =>
    Object.fromEntries(LOCALES.map((l) => [l, make()]));
  return {
    manifest: {
      publishingInformation: {
        locales: perLocale(() => ({
          name: 'Needling Aftercare',
          summary: 'Day-by-day aftercare for at-home skin micro-needling, hands-free.',
          description: DESCRIPTION,
          examplePhrases: EXAMPLE_UTTERANCES.map((u) =>
            u === '' ? `Alexa, open ${INVOCATION_NAME}` : `Alexa, ask ${INVOCATION_NAME} ${u}`,
          ),
          keywords: [
            'microneedling',
            'micro needling',
            'needling',
            'derma roller',
            'aftercare',
            'skin care',
            'recovery',
          ],
        })),
        isAvailableWorldwide: false,
        distributionCountries: ['US', 'GB', 'CA', 'AU', 'IN'],
        distributionMode: 'PUBLIC',
        category: 'HEALTH_AND_FITNESS',
        testingInstructions:
          'Say "open needling aftercare", give a date such as "I had my needling yesterday", then ask "what should I do today", "can I wear make-up yet" or "is this swelling normal".',
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        locales: perLocale(() => ({ privacyPolicyUrl: PRIVACY_POLICY_URL, termsOfUseUrl: TERMS_OF_USE_URL })),
      },
      permissions: PERMISSIONS.map((name) => ({ name })),
      events: {
        endpoint: { uri: eventsEndpoint },
        subscriptions: [{ eventName: 'SKILL_DISABLED' }, { eventName: 'SKILL_PERMISSION_CHANGED' }],
      },
      apis: {
        custom: {
          endpoint: { uri: endpoint },
          interfaces: [
            { type: 'CAN_FULFILL_INTENT_REQUEST' },
            { type: 'ALEXA_PRESENTATION_APL', supportedViewports: SUPPORTED_VIEWPORTS },
          ],
        },
      },
      manifestVersion: '1.0',
    },
  };
}

/** The manifest with both endpoints pointing at `functionArn`. */
export function withEndpoint(manifest: SkillManifest, functionArn: string): SkillManifest {
  const m = structuredClone(manifest);
  m.manifest.apis.custom.endpoint.uri = functionArn;
  m.manifest.events.endpoint.uri = functionArn;
  return m;
}
