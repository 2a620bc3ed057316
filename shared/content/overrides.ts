import type { ReferenceOverrides } from '../ipc/reference';
import type { PortalId } from './ids';
import { portalById } from './portals';
import { SUPPORT } from './support';
import type { SeedFile } from './sources';

/** A fact as shown: the practice's value where it set one, with the help documents' value kept for comparison. */
export interface ShownFact {
  value: string | undefined;
  overridden: boolean;
  /** What the help documents say (undefined when they give nothing, e.g. most portal URLs). */
  original: string | undefined;
  source: SeedFile;
}

function fact(override: string | undefined, original: string | undefined, source: SeedFile): ShownFact {
  return override ? { value: override, overridden: override !== original, original, source } : { value: original, overridden: false, original, source };
}

export function shownPortalUrl(id: PortalId, overrides: ReferenceOverrides | null): ShownFact {
  return shownPortalUrlWith(id, overrides?.portalUrls[id]);
}

/** The same, given only this portal's override (what a screen subscribes to, so others' edits do not re-render it). */
export function shownPortalUrlWith(id: PortalId, override: string | undefined): ShownFact {
  const portal = portalById(id);
  return fact(override, portal.loginUrl, portal.loginUrlSource ?? portal.source);
}

export function shownSupportFacts(overrides: ReferenceOverrides | null) {
  return {
    phone: fact(overrides?.supportPhone, SUPPORT.phone.value, SUPPORT.phone.source),
    phoneOption: fact(overrides?.supportPhoneOption, SUPPORT.phoneOption.value, SUPPORT.phoneOption.source),
    supportEmail: fact(overrides?.supportEmail, SUPPORT.supportEmail.value, SUPPORT.supportEmail.source),
  };
}
