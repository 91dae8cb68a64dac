import browser, { type Runtime } from "../platform/browser.ts";
import {
  loadArticleAddresses,
  loadCustomTerms,
  loadSettings,
  loadUserArticles,
  saveArticleAddress,
  saveSettings,
} from "../platform/storage.ts";
import { withSite } from "../core/sites.ts";
import { type Handlers, dispatch } from "../messaging/handlers.ts";
import { BACKGROUND_TYPES, type BackgroundProtocol, type ContentProtocol } from "../messaging/protocol.ts";
import { countTerms, showTermCount } from "./badge.ts";
import { allTerms, cardFor, encodedMatcher, searchFor } from "./glossary.ts";
import { addressesFromUserList, allArticles, reading } from "./library.ts";
import { t } from "../platform/i18n.ts";
import cardCss from "../ui/card/card.css?inline";

/** Terms, articles and learned addresses as stored right now (no cache outlives a request). */
async function currentReading() {
  const [custom, user, addresses] = await Promise.all([
    loadCustomTerms(),
    loadUserArticles(),
    loadArticleAddresses(),
  ]);
  const terms = allTerms(custom);
  const articles = allArticles(user);
  return {
    terms,
    articles,
    reading: reading(articles, terms, { ...addressesFromUserList(user), ...addresses }),
  };
}

// Wiring only: browser events in, handlers out. No state lives only in memory: everything is
// read from storage when needed, so the service worker can be stopped at any time.

const MENU_ID = "explain-selection";

const handlers: Handlers<BackgroundProtocol> = {
  async "page-terms"({ termIds }, sender) {
    const shown = countTerms(termIds);
    // The badge counts the page itself: frames inside it annotate for themselves only.
    if (sender.tabId !== undefined && sender.frameId === 0)
      await showTermCount(browser.action, sender.tabId, shown);
    return { shown };
  },
  async "get-card"({ termId }) {
    if (typeof termId !== "string") throw new Error("termId must be a string");
    const { terms, reading } = await currentReading();
    return cardFor(terms, termId, reading.forTerm(termId));
  },
  async "page-reading"({ terms }) {
    if (!Array.isArray(terms)) throw new Error("terms must be an array");
    const valid = terms
      .filter((t) => typeof t?.termId === "string" && Number.isFinite(t?.count))
      .slice(0, 1000);
    return (await currentReading()).reading.forPage(valid);
  },
  async "article-titles"() {
    return (await currentReading()).articles.map((a) => ({ id: a.id, title: a.title }));
  },
  async "learn-address"({ articleId, url }) {
    const { articles } = await currentReading();
    const known = articles.some((a) => a.id === articleId);
    if (!known || typeof url !== "string" || !/^https?:\/\//i.test(url) || url.length > 2000)
      return { learned: false };
    await saveArticleAddress(articleId, url);
    return { learned: true };
  },
  async "set-site-active"({ site, active }) {
    if (typeof site !== "string" || typeof active !== "boolean") throw new Error("site and active required");
    const next = withSite(await loadSettings(), site, active);
    await saveSettings(next);
    return next;
  },
  "card-style": () => ({ css: cardCss }),
  settings: () => loadSettings(),
  async matcher() {
    return encodedMatcher(await loadCustomTerms());
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, BACKGROUND_TYPES, message, {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
    fromOwnExtension: sender.id === browser.runtime.id,
  }),
);

function tellTab<T extends keyof ContentProtocol>(
  tabId: number,
  type: T,
  payload: ContentProtocol[T]["request"],
  frameId = 0,
): Promise<ContentProtocol[T]["response"] | undefined> {
  return browser.tabs.sendMessage(tabId, { type, payload }, { frameId }).catch(() => undefined) as Promise<
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
  if (command === "next-term") await tellTab(tab.id, "next-term", {});
  if (command === "toggle-highlights") await tellTab(tab.id, "toggle-highlights", {});
});
