import * as v from "valibot";
import type { ParseResult } from "./glossary-schema.ts";

// The user's settings: small enough for storage.sync. Versioned so that a stored value from an
// older release can be migrated instead of silently dropped.

export const HIGHLIGHT_STYLES = ["subtle", "marker", "underline"] as const;
export const DENSITIES = ["all", "first"] as const;
export const SETTINGS_VERSION = 1;

const Hostname = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(
    /^(?=.{1,253}$)[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/,
    "must be a host name such as example.com",
  ),
);

export const SettingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  enabled: v.boolean(),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  density: v.picklist(DENSITIES),
  disabledSites: v.pipe(v.array(Hostname), v.maxLength(5000)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type Density = (typeof DENSITIES)[number];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  highlightStyle: "subtle",
  density: "all",
  disabledSites: [],
}) as Settings;

/**
 * Brings stored settings from an older format up to this one. Version 0 is the unversioned
 * shape the first builds wrote (same fields, no "version", style called "default"); unknown
 * fields are dropped, missing ones take their defaults. Anything else is returned as it is,
 * for parseSettings to accept or reject.
 */
export function migrateSettings(data: unknown): unknown {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const old = data as Record<string, unknown>;
  if ("version" in old) return data;
  const style = old.highlightStyle === "default" ? "subtle" : old.highlightStyle;
  const migrated: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries({ ...old, highlightStyle: style })) {
    if (key in DEFAULT_SETTINGS && key !== "version" && value !== undefined) migrated[key] = value;
  }
  return migrated;
}

export function parseSettings(data: unknown): ParseResult<Settings> {
  const result = v.safeParse(SettingsSchema, data);
  if (result.success)
    return { ok: true, value: { ...result.output, disabledSites: unique(result.output.disabledSites) } };
  return {
    ok: false,
    errors: result.issues.slice(0, 20).map((i) => `${v.getDotPath(i) ?? "settings"}: ${i.message}`),
  };
}

const unique = (xs: string[]) => [...new Set(xs)].sort();
