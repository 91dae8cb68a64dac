import browser, { type Runtime } from "../platform/browser.ts";
import { type Handlers, dispatch } from "../messaging/handlers.ts";
import { countTerms, showTermCount } from "./badge.ts";

// Wiring only: browser events in, handlers out.

const handlers: Handlers = {
  async "page-terms"({ termIds }, sender) {
    const shown = countTerms(termIds);
    if (sender.tabId !== undefined) await showTermCount(browser.action, sender.tabId, shown);
    return { shown };
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch(handlers, message, { tabId: sender.tab?.id, fromOwnExtension: sender.id === browser.runtime.id }),
);
