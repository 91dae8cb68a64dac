// An in-memory browser.storage (sync and local) for tests that go through src/platform/storage.ts,
// with the failures real browsers have: sync's per-item quota, and a write that fails outright.
// Use it as the mocked default export of src/platform/browser.ts:
//
//   vi.mock("../../src/platform/browser.ts", async () => ({
//     default: (await import("../support/fake-storage.ts")).fakeBrowser,
//   }));

type AreaName = "sync" | "local";

export const areas: Record<AreaName, Map<string, unknown>> = { sync: new Map(), local: new Map() };

/** storage.sync's QUOTA_BYTES_PER_ITEM, measured like Chrome: key plus JSON value. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

export const failures = {
  /** The index (counted from the last reset) of the one set() call that throws, or -1. */
  failWriteAt: -1,
  /** Every write to sync throws, as when sync is switched off or full. */
  syncUnavailable: false,
};
let writes = 0;

const area = (name: AreaName) => ({
  async get(key: string) {
    return areas[name].has(key) ? { [key]: structuredClone(areas[name].get(key)) } : {};
  },
  async set(items: Record<string, unknown>) {
    if (writes++ === failures.failWriteAt) throw new Error("IO error: the write failed");
    if (name === "sync") {
      if (failures.syncUnavailable) throw new Error("storage.sync is unavailable");
      for (const [key, value] of Object.entries(items))
        if (key.length + JSON.stringify(value).length > SYNC_QUOTA_BYTES_PER_ITEM)
          throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
    }
    for (const [key, value] of Object.entries(items)) areas[name].set(key, structuredClone(value));
  },
  async remove(key: string) {
    areas[name].delete(key);
  },
});

export const fakeBrowser = {
  storage: {
    sync: area("sync"),
    local: area("local"),
    onChanged: { addListener() {}, removeListener() {} },
  },
};

export interface StorageSnapshot {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Both areas, deep-copied. */
export const snapshot = (): StorageSnapshot => ({
  sync: structuredClone(Object.fromEntries(areas.sync)),
  local: structuredClone(Object.fromEntries(areas.local)),
});

/** Both areas replaced by `contents`; failures off and the write count at zero. */
export function resetStorage(contents: StorageSnapshot): void {
  for (const name of ["sync", "local"] as const) {
    areas[name].clear();
    for (const [key, value] of Object.entries(contents[name])) areas[name].set(key, structuredClone(value));
  }
  failures.failWriteAt = -1;
  failures.syncUnavailable = false;
  writes = 0;
}
