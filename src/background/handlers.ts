import {
  loadArticleAddresses,
  loadCustomTerms,
  loadSettings,
  loadUserArticles,
  saveArticleAddress,
  saveSettings,
} from "../platform/storage.ts";
import browser from "../platform/browser.ts";
import { httpUrl } from "../core/http-url.ts";
import { withSite } from "../core/sites.ts";
import type { Handlers } from "../messaging/handlers.ts";
import type { BackgroundProtocol } from "../messaging/protocol.ts";
import { countTerms, showTermCount } from "./badge.ts";
import { allTerms, cardFor, encodedMatcher } from "./glossary.ts";
import { addressesFromUserList, allArticles, reading } from "./library.ts";
import cardCss from "../ui/card/card.css?inline";

// What the background answers to each message of the protocol. Payloads arrive already checked
// to be envelopes of a known type (dispatch), but their fields come from pages' content scripts:
// every handler checks what it uses, and writes to storage only what validates.

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

export const handlers: Handlers<BackgroundProtocol> = {
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
    // Stored as the browser writes it, never as sent.
    const address = typeof url === "string" && url.length <= 2000 ? (httpUrl(url)?.href ?? null) : null;
    if (!known || !address) return { learned: false };
    await saveArticleAddress(articleId, address);
    return { learned: true };
  },
  async "set-site-active"({ site, active }) {
    if (typeof site !== "string" || typeof active !== "boolean") throw new Error("site and active required");
    // Stored host names are lower case: switching "Example.COM" back on must find "example.com".
    const next = withSite(await loadSettings(), site.trim().toLowerCase(), active);
    return saveSettings(next);
  },
  "card-style": () => ({ css: cardCss }),
  settings: () => loadSettings(),
  async matcher() {
    return encodedMatcher(await loadCustomTerms());
  },
};
