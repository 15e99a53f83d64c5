/**
 * One request's view of the user: who they are, what time it is for them, their stored
 * record. Everything is loaded lazily and at most once, so a turn that needs nothing reads
 * nothing, and no turn reads twice.
 */
import { getDeviceId, getUserId, type HandlerInput } from 'ask-sdk-core';
import { timelineFor, localDate, type Timeline } from '../care/recovery';
import type { Config } from '../config';
import { NoUserError, StoreUnavailableError } from '../errors';
import { describeError, logName, type Logger } from '../logger';
import { loose } from '../alexa/envelope';
import { fetchDeviceTimeZone } from '../alexa/time-zone';
import type { ZoneCache } from '../alexa/zone-cache';
import type {
  AccountRecord,
  AccountStore,
  CachedZone,
  ProfileChanges,
  ProfileRecord,
} from '../store/account-store';
import { expiresAtFor } from '../store/retention';
import { accountKey, hashId, profileKey } from './identity';

/** What every turn shares, created once per container. */
export interface SkillDeps {
  readonly config: Config;
  readonly store: AccountStore;
  readonly log: Logger;
  /** Zones read from the settings API by this container. */
  readonly zones: ZoneCache;
}

/** A cached zone is trusted for a day before the settings API is asked again. */
export const ZONE_TTL_MS = 24 * 60 * 60 * 1000;

const TURN_ATTRIBUTE = 'aftercare.turn';

export class Turn {
  /** The request's timestamp: "now" for every answer. */
  readonly now: Date;
  /** Logs with this turn's request type, intent and hashed account; never raw IDs or speech. */
  readonly log: Logger;
  /** When the turn began, on this process's clock. */
  readonly startedAt = performance.now();
  private readonly accountPk: string | undefined;
  private readonly profileId: string;
  private readonly deviceHash: string;
  /** Key of this account and device in the container's zone cache. */
  private readonly zoneKey: string;
  private record?: Promise<AccountRecord | undefined>;
  private zoneName?: Promise<string>;
  /** Aborts store calls still running once the turn has used its budget. */
  private readonly deadline: AbortSignal;
  /** A zone read from the API this turn, to go out with a profile write. */
  private zoneToCache?: CachedZone;

  constructor(
    private readonly input: HandlerInput,
    readonly deps: SkillDeps,
  ) {
    this.deadline = AbortSignal.timeout(deps.config.turnBudgetMs);
    const envelope = input.requestEnvelope;
    const stamp = Date.parse(loose(envelope).request?.timestamp ?? '');
    this.now = Number.isNaN(stamp) ? new Date() : new Date(stamp);
    const userId = optionalString(() => getUserId(envelope));
    this.accountPk = userId ? accountKey(userId) : undefined;
    this.profileId = profileKey(optionalString(() => envelope.context.System.person?.personId));
    this.deviceHash = hashId(optionalString(() => getDeviceId(envelope)) ?? 'no-device');
    this.zoneKey = `${this.accountPk ?? 'no-account'}/${this.deviceHash}`;
    const request = loose(envelope).request;
    this.log = deps.log.child({
      requestType: logName(request?.type),
      ...(request?.type === 'IntentRequest' && { intent: logName(request.intent?.name) }),
      account: this.accountPk?.slice('account#'.length, 'account#'.length + 12) ?? 'none',
      speaker: this.profileId === 'account' ? 'account' : 'person',
    });
  }

  /** Attaches a new turn to the request. */
  static begin(input: HandlerInput, deps: SkillDeps): Turn {
    const turn = new Turn(input, deps);
    input.attributesManager.setRequestAttributes({ [TURN_ATTRIBUTE]: turn });
    return turn;
  }

  /** The turn attached to this request by the skill's interceptor. */
  static of(input: HandlerInput): Turn {
    const turn: unknown = input.attributesManager.getRequestAttributes()[TURN_ATTRIBUTE];
    if (!(turn instanceof Turn)) throw new Error('The turn interceptor did not run');
    return turn;
  }

  /** The stored record, read at most once per turn. */
  account(): Promise<AccountRecord | undefined> {
    const pk = this.accountPk;
    this.record ??= pk ? this.deps.store.load(pk, this.deadline) : Promise.resolve(undefined);
    return this.record;
  }

  /** The profile of whoever is speaking: a recognised person's own, else the account's. */
  async profile(): Promise<ProfileRecord | undefined> {
    return (await this.account())?.profiles[this.profileId];
  }

  /**
   * The user's time zone: the record's while fresh, else this container's while fresh, else
   * the Alexa settings API's, else the record's however old, else the configured default.
   * Never fails. A zone read from the API is stored with the next profile write, never by a
   * write of its own, so read-only turns stay read-only.
   */
  zone(): Promise<string> {
    this.zoneName ??= this.resolveZone();
    return this.zoneName;
  }

  /** Today's date in the user's zone. */
  async today(): Promise<string> {
    return localDate(this.now, await this.zone());
  }

  /** Where the speaker is in their recovery, or undefined before they gave a date. */
  async timeline(): Promise<Timeline | undefined> {
    const profile = await this.profile();
    if (profile?.procedureDate === undefined) return undefined;
    return timelineFor(profile.procedureDate, profile.needling, this.now, await this.zone());
  }

  /** Stores changes to the speaker's profile, and returns the timeline they make. */
  async saveProfile(changes: ProfileChanges): Promise<Timeline | undefined> {
    const pk = this.accountPk;
    if (!pk) throw new NoUserError();
    // A save that cannot read cannot write either; the user hears that nothing was saved.
    const stored = await this.account().catch((error: unknown) => {
      throw error instanceof StoreUnavailableError
        ? new StoreUnavailableError('write', { cause: error })
        : error;
    });
    const current = stored?.profiles[this.profileId];
    const procedureDate = changes.procedureDate ?? current?.procedureDate;
    const needling = changes.needling ?? current?.needling ?? 'standard';
    const zone = await this.zone();
    await this.deps.store.saveProfile(
      pk,
      this.profileId,
      {
        changes,
        updatedAt: this.now.toISOString(),
        expiresAt: expiresAtFor(procedureDate, this.now),
        ...(this.zoneToCache && { zone: this.zoneToCache }),
      },
      current ? 'profile' : stored ? 'account' : 'none',
      this.deadline,
    );
    return procedureDate === undefined ? undefined : timelineFor(procedureDate, needling, this.now, zone);
  }

  /**
   * Removes everything kept for the account: its record, every voice profile in it, and the
   * zones this container remembers for it. Returns false when the request has no user.
   */
  async deleteAccount(): Promise<boolean> {
    const pk = this.accountPk;
    if (!pk) return false;
    await this.deps.store.deleteAccount(pk, this.deadline);
    this.deps.zones.forget(`${pk}/`);
    this.record = Promise.resolve(undefined);
    return true;
  }

  private async resolveZone(): Promise<string> {
    const cached = (await this.account().catch(() => undefined))?.zone;
    const age = cached ? this.now.getTime() - Date.parse(cached.checkedAt) : Number.POSITIVE_INFINITY;
    if (cached && cached.device === this.deviceHash && age >= 0 && age < ZONE_TTL_MS) return cached.name;
    const recent = this.deps.zones.get(this.zoneKey, this.now);
    if (recent) {
      this.zoneToCache = {
        name: recent.zone,
        device: this.deviceHash,
        checkedAt: recent.checkedAt.toISOString(),
      };
      return recent.zone;
    }
    try {
      const name = await fetchDeviceTimeZone(this.input);
      this.deps.zones.set(this.zoneKey, name, this.now);
      this.zoneToCache = { name, device: this.deviceHash, checkedAt: this.now.toISOString() };
      return name;
    } catch (error) {
      this.log.warn('time zone lookup failed', describeError(error));
      return cached?.name ?? this.deps.config.defaultTimeZone;
    }
  }
}

/** Reads an optional field of an envelope that may be missing whole branches. */
function optionalString(read: () => string | undefined): string | undefined {
  try {
    const value = read();
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}
