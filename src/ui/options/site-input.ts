import { DEFAULT_SETTINGS, parseSettings } from "../../core/settings.ts";
import { siteOf } from "../../core/sites.ts";
import { t } from "../../platform/i18n.ts";

// What the user types into "add a site": a host name, or a pasted page address reduced to its
// host. The settings schema has the last word on what a valid host is.

export type HostResult = { ok: true; host: string } | { ok: false; error: string };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function hostFromInput(input: string): HostResult {
  const text = input.trim();
  if (text === "") return { ok: false, error: t("optionsSiteEmpty") };
  if (HAS_SCHEME.test(text) && !/^https?:/i.test(text))
    return { ok: false, error: t("optionsSiteNotHttp", text) };
  // Without a scheme, read it as an https address so "example.com/page" and IDNs work too.
  const host = siteOf(HAS_SCHEME.test(text) ? text : `https://${text}`);
  if (host === null) return { ok: false, error: t("optionsSiteNotHost", text) };
  const parsed = parseSettings({ ...DEFAULT_SETTINGS, disabledSites: [host] });
  if (!parsed.ok) return { ok: false, error: t("optionsSiteNotHost", host) };
  return { ok: true, host: parsed.value.disabledSites[0]! };
}
