/**
 * The account's settings resolved into the objects the rules read: its profile, its
 * marketplace and the clock of its time zone.
 */
import { defaultMarketplace, defaultProfile, marketplaces, profiles } from './profiles.ts';
import type { Marketplace, Profile } from './profiles.ts';
import { zoneClock } from './time.ts';
import type { ZoneClock } from './time.ts';
import type { AccountSettings, MarketplaceName, ProfileName } from './types.ts';

/** Settings with their profile, marketplace and clock. */
export interface EngineContext {
  readonly settings: AccountSettings;
  readonly profile: Profile;
  readonly marketplace: Marketplace;
  readonly clock: ZoneClock;
}

/** Settings where each part may be left out: profile `course`, marketplace `amazon.de`, its zone. */
export interface PartialSettings {
  profile?: ProfileName | undefined;
  marketplace?: MarketplaceName | undefined;
  timeZone?: string | undefined;
}

/** Fills in the contract's defaults: profile `course`, marketplace `amazon.de`, the marketplace's own zone. */
function resolveSettings(partial: PartialSettings): AccountSettings {
  const marketplace = partial.marketplace ?? defaultMarketplace;
  return {
    profile: partial.profile ?? defaultProfile,
    marketplace,
    timeZone: partial.timeZone ?? marketplaces[marketplace].timeZone,
  };
}

/** The objects the rules read for these settings. */
export function engineContext(partial: PartialSettings): EngineContext {
  const settings = resolveSettings(partial);
  return {
    settings,
    profile: profiles[settings.profile],
    marketplace: marketplaces[settings.marketplace],
    clock: zoneClock(settings.timeZone),
  };
}
