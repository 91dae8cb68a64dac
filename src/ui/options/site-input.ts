import { DEFAULT_SETTINGS, parseSettings, siteOf } from "../../core/settings.ts";

// What the user types into "add a site": a host name, or a pasted page address reduced to its
// host. The settings schema has the last word on what a valid host is.

export type HostResult = { ok: true; host: string } | { ok: false; error: string };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function hostFromInput(input: string): HostResult {
  const text = input.trim();
  if (text === "")
    return { ok: false, error: "Enter a host name such as example.com, or paste a page address." };
  if (HAS_SCHEME.test(text) && !/^https?:/i.test(text))
    return { ok: false, error: `Only http and https pages can be switched off; "${text}" is neither.` };
  // Without a scheme, read it as an https address so "example.com/page" and IDNs work too.
  const host = siteOf(HAS_SCHEME.test(text) ? text : `https://${text}`);
  if (host === null) return { ok: false, error: `"${text}" is not a host name such as example.com.` };
  const parsed = parseSettings({ ...DEFAULT_SETTINGS, disabledSites: [host] });
  if (!parsed.ok) return { ok: false, error: `"${host}" is not a host name such as example.com.` };
  return { ok: true, host: parsed.value.disabledSites[0]! };
}
