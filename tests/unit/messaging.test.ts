import { describe, expect, it, vi } from "vitest";
import { badgeText, countTerms, showTermCount } from "../../src/background/badge.ts";
import { type Handlers, dispatch } from "../../src/messaging/handlers.ts";

describe("dispatch", () => {
  const handlers: Handlers = { "page-terms": vi.fn(({ termIds }) => ({ shown: termIds.length })) };
  const own = { tabId: 3, fromOwnExtension: true };

  it("routes a known message to its handler", async () => {
    expect(await dispatch(handlers, { type: "page-terms", payload: { termIds: ["a"] } }, own)).toEqual({
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
    await expect(dispatch(handlers, message, own)).rejects.toThrow(/malformed/);
  });

  it("refuses messages from outside the extension", async () => {
    await expect(
      dispatch(handlers, { type: "page-terms", payload: { termIds: [] } }, { fromOwnExtension: false }),
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
