/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundle (see dev/build.ts).
 * Lambda always puts the function role's credentials in the environment, so the SDK's full
 * chain (profiles, SSO, web identity, instance metadata) is dead weight there: about a fifth
 * of the bundle and of its load time. Tests and tools run the source with the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** The credential provider the DynamoDB client builds by default: the environment's. */
export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
