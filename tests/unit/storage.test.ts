import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings.ts";

// An in-memory storage.sync and storage.local, with switches for the failures real browsers have.
const areas = { sync: new Map<string, unknown>(), local: new Map<string, unknown>() };
const failures = { syncQuota: false };
const area = (name: keyof typeof areas) => ({
  get: async (key: string) => (areas[name].has(key) ? { [key]: structuredClone(areas[name].get(key)) } : {}),
  set: async (items: Record<string, unknown>) => {
    if (name === "sync" && failures.syncQuota) throw new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
    for (const [k, v] of Object.entries(items)) areas[name].set(k, structuredClone(v));
  },
  remove: async (key: string) => void areas[name].delete(key),
});
vi.mock("../../src/platform/browser.ts", () => ({
  default: {
    storage: {
      sync: area("sync"),
      local: area("local"),
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
}));
const storage = await import("../../src/platform/storage.ts");

const mine: Settings = { ...DEFAULT_SETTINGS, highlightStyle: "marker", disabledSites: ["example.com"] };

beforeEach(() => {
  areas.sync.clear();
  areas.local.clear();
  failures.syncQuota = false;
});

describe("settings storage", () => {
  it("round-trips settings through sync", async () => {
    await storage.saveSettings(mine);
    expect(await storage.loadSettings()).toEqual(mine);
  });

  it("keeps settings on the device when sync is over quota, and reads them back", async () => {
    failures.syncQuota = true;
    await storage.saveSettings(mine);
    expect(await storage.loadSettings()).toEqual(mine);
    failures.syncQuota = false;
    await storage.saveSettings({ ...mine, density: "first" });
    expect(areas.local.has("settingsLocalCopy")).toBe(false);
    expect(await storage.loadSettings()).toMatchObject({ density: "first" });
  });

  it("reports a corrupted value, uses defaults, and leaves the stored value alone", async () => {
    areas.sync.set("settings", { version: 1, enabled: "definitely" });
    const read = await storage.readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/could not be read.*enabled/);
    expect(areas.sync.get("settings")).toEqual({ version: 1, enabled: "definitely" });
  });

  it("migrates the unversioned format of the first builds", async () => {
    areas.sync.set("settings", {
      enabled: true,
      highlightStyle: "default",
      disabledSites: ["a.org"],
      stray: 1,
    });
    expect(await storage.readSettings()).toEqual({
      settings: { ...DEFAULT_SETTINGS, disabledSites: ["a.org"] },
      problem: null,
    });
  });

  it("refuses to store invalid settings and changes nothing", async () => {
    await storage.saveSettings(mine);
    await expect(
      storage.saveSettings({ ...mine, density: "sometimes" } as unknown as Settings),
    ).rejects.toThrow(/invalid/);
    expect(await storage.loadSettings()).toEqual(mine);
  });
});
