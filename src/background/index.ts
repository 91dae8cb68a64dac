import browser, { type Runtime } from "../platform/browser.ts";
import { loadCustomTerms } from "../platform/storage.ts";
import { dispatch } from "../messaging/handlers.ts";
import { BACKGROUND_TYPES, type ContentProtocol } from "../messaging/protocol.ts";
import { allTerms, searchFor } from "./glossary.ts";
import { handlers } from "./handlers.ts";
import { t } from "../platform/i18n.ts";

// Wiring only: browser events in, handlers out. No state lives only in memory: everything is
// read from storage when needed, so the service worker can be stopped at any time.

const MENU_ID = "explain-selection";

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, BACKGROUND_TYPES, message, {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
    fromOwnExtension: sender.id === browser.runtime.id,
  }),
);

/** Tells one frame of a tab (the top one unless named), or every frame when `frameId` is "all". */
function tellTab<T extends keyof ContentProtocol>(
  tabId: number,
  type: T,
  payload: ContentProtocol[T]["request"],
  frameId: number | "all" = 0,
): Promise<ContentProtocol[T]["response"] | undefined> {
  const options = frameId === "all" ? {} : { frameId };
  return browser.tabs.sendMessage(tabId, { type, payload }, options).catch(() => undefined) as Promise<
    ContentProtocol[T]["response"] | undefined
  >;
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  // The first-run page, once: what Backstride does and, in Firefox, the site-access step.
  if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("welcome/index.html") });
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: t("menuExplainSelection"),
      contexts: ["selection"],
    }),
  );
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  const hits = searchFor(allTerms(await loadCustomTerms())).search(info.selectionText, 5);
  const frameId = info.frameId ?? 0;
  if (hits[0]?.exact) await tellTab(tab.id, "open-card", { termId: hits[0].term.id }, frameId);
  else {
    const suggestions = hits.map((h) => ({ id: h.term.id, label: h.term.label }));
    await tellTab(tab.id, "explain-miss", { text: info.selectionText.slice(0, 100), suggestions }, frameId);
  }
});

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // Every frame hears the command: the focused one moves to its next term (see keyboard-frame.ts),
  // and highlights are shown or hidden in the whole tab.
  if (command === "next-term") await tellTab(tab.id, "next-term", {}, "all");
  if (command === "toggle-highlights") await tellTab(tab.id, "toggle-highlights", {}, "all");
});
