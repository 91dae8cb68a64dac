import { describe, expect, it, vi } from "vitest";
import { badgeText, countTerms, showTermCount } from "../../src/background/badge.ts";
import { type Handlers, type SenderInfo, dispatch } from "../../src/messaging/handlers.ts";
import { BACKGROUND_TYPES, type BackgroundProtocol } from "../../src/messaging/protocol.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";

describe("dispatch", () => {
  const handlers: Handlers<BackgroundProtocol> = {
    "page-terms": vi.fn(({ termIds }) => ({ shown: termIds.length })),
    "get-card": vi.fn(() => null),
    settings: vi.fn(() => DEFAULT_SETTINGS),
    "card-style": vi.fn(() => ({ css: "" })),
    matcher: vi.fn(() => ({ format: 1 as const, numbers: "", terms: [], cases: [] })),
    "page-reading": vi.fn(() => []),
    "article-titles": vi.fn(() => []),
    "learn-address": vi.fn(() => ({ learned: false })),
    "set-site-active": vi.fn(() => {
      throw new Error("not called");
    }),
  };
  const send = (message: unknown, sender: SenderInfo = own) =>
    dispatch(handlers, BACKGROUND_TYPES, message, sender);
  const own = { tabId: 3, fromOwnExtension: true };

  it("routes a known message to its handler", async () => {
    expect(await send({ type: "page-terms", payload: { termIds: ["a"] } })).toEqual({
      shown: 1,
    });
  });

  it.each([
    null,
    "page-terms",
    { type: "nope", payload: {} },
    { type: "page-terms" },
    { type: "toString", payload: {} },
  ])("refuses malformed message %j", async (message) => {
    await expect(send(message)).rejects.toThrow(/malformed/);
  });

  it("refuses messages from outside the extension", async () => {
    await expect(
      send({ type: "page-terms", payload: { termIds: [] } }, { fromOwnExtension: false }),
    ).rejects.toThrow(/outside/);
  });
});

describe("badge", () => {
  it("counts distinct, plausible term ids only", () => {
    expect(countTerms(["knee", "knee", "hip", 7, "x".repeat(81)])).toBe(2);
    expect(() => countTerms("knee")).toThrow();
  });

  it("shows nothing for zero and caps long counts", () => {
    expect([badgeText(0), badgeText(8), badgeText(1000)]).toEqual(["", "8", "999+"]);
  });

  it("sets colour and text for the sending tab", async () => {
    const api = { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) };
    await showTermCount(api, 5, 12);
    expect(api.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: "12" });
  });
});

describe("message type lists", () => {
  it("let every background message through the dispatcher", async () => {
    const { BACKGROUND_TYPES, CONTENT_TYPES } = await import("../../src/messaging/protocol.ts");
    expect(BACKGROUND_TYPES).toEqual([
      "page-terms",
      "get-card",
      "set-site-active",
      "matcher",
      "card-style",
      "settings",
      "page-reading",
      "article-titles",
      "learn-address",
    ]);
    expect(CONTENT_TYPES).toHaveLength(6);
  });
});
