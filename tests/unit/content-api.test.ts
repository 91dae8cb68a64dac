import { afterEach, describe, expect, it, vi } from "vitest";

// The content script talks to the polyfilled background and popup without the polyfill: the
// two ends must agree on answers and failures, in Chromium (`chrome`) and Firefox (`browser`).

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => unknown;

function fakeApi(answer: unknown) {
  const listeners: Listener[] = [];
  return {
    listeners,
    runtime: {
      id: "ext-id",
      sendMessage: vi.fn(async () => answer),
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
    },
    storage: { onChanged: { addListener: vi.fn() } },
  };
}

async function load(globals: Record<string, unknown>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  return import("../../src/platform/content-api.ts");
}

afterEach(() => vi.unstubAllGlobals());

describe("content-script API adapter on Chromium", () => {
  it("turns the polyfill's rejection envelope into an error", async () => {
    const chrome = fakeApi({ __mozWebExtensionPolyfillReject__: true, message: "no such term" });
    const api = await load({ chrome, browser: undefined });
    await expect(api.sendMessage({ type: "get-card" })).rejects.toThrow("no such term");
  });

  it("passes ordinary answers through", async () => {
    const api = await load({ chrome: fakeApi({ shown: 3 }), browser: undefined });
    await expect(api.sendMessage({})).resolves.toEqual({ shown: 3 });
  });

  it("answers asynchronously, and sends failures as the polyfill expects them", async () => {
    const chrome = fakeApi(null);
    const api = await load({ chrome, browser: undefined });
    api.onMessage(async (m) => {
      if (m === "bad") throw new Error("malformed message refused");
      return { ok: m };
    });
    const [listener] = chrome.listeners;
    const answers: unknown[] = [];
    expect(listener!("good", { id: "ext-id" }, (r) => answers.push(r))).toBe(true);
    listener!("bad", { id: "ext-id" }, (r) => answers.push(r));
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    expect(answers).toEqual([
      { ok: "good" },
      { __mozWebExtensionPolyfillReject__: true, message: "malformed message refused" },
    ]);
    expect(api.extensionId()).toBe("ext-id");
  });
});

describe("content-script API adapter on Firefox", () => {
  it("uses the native promise-based browser namespace", async () => {
    class NativeBrowser {}
    const native = Object.assign(new NativeBrowser(), fakeApi({ shown: 1 }));
    const api = await load({ browser: native, chrome: fakeApi("wrong one") });
    await expect(api.sendMessage({})).resolves.toEqual({ shown: 1 });
    api.onMessage(async () => "answer");
    await expect(native.listeners[0]!("m", {}, () => {})).resolves.toBe("answer");
  });
});
