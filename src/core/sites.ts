import { httpUrl } from "./http-url.ts";
import type { Settings } from "./settings.ts";

// Which sites Backstride is on for. Apart from the schema in settings.ts so the content script
// can decide without bundling the schema library.

/** The key a site is switched off by: the host of an http(s) page, else null (no site). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  return httpUrl(url)?.host.toLowerCase() ?? null;
}

export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && site !== null && !settings.disabledSites.includes(site);
}

export function withSite(settings: Settings, site: string, active: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: active ? others : [...new Set([...others, site])].sort() };
}
