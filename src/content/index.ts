import { extensionId, onMessage, onStorageChanged, sendMessage } from "../platform/content-api.ts";
import { storedThingsIn } from "../platform/stored-keys.ts";
import { Matcher } from "../core/matcher.ts";
import { decodeTrie } from "../core/compiled-trie.ts";
import type { Settings } from "../core/settings.ts";
import { isActiveOn, siteOf } from "../core/sites.ts";
import { createClient } from "../messaging/client.ts";
import { type Handlers, dispatch } from "../messaging/handlers.ts";
import { type BackgroundProtocol, CONTENT_TYPES, type ContentProtocol } from "../messaging/protocol.ts";
import hostCss from "../ui/card/host.css?inline";
import { discoverySteps } from "../dom/article-discovery.ts";
import { runInSlices, sliceClock } from "../dom/yield.ts";
import { whenTextArrives } from "../dom/has-text.ts";
import { holdsKeyboardFocus } from "../dom/keyboard-frame.ts";
import { Session } from "./session.ts";
import { UiHost } from "./ui-host.ts";

// Wiring only: storage and messages in, a Session per "switched on" period out. Editors and
// documents without text are left alone.

const background = createClient<BackgroundProtocol>(sendMessage);
/** Settings as the background reads and validates them (the schema stays out of pages). */
const loadSettings = () => background.call("settings", {});
const site = siteOf(location.href);
let session: Session | null = null;
let controller: AbortController | null = null;

/** Built-in phrases plus the user's own, compiled by the background. */
async function matcher(): Promise<Matcher> {
  return new Matcher(decodeTrie(await background.call("matcher", {})));
}

// Settings changes arrive as events, and starting a session awaits the background: running the
// changes one after another means a quick off-then-on can never start two sessions.
let applying: Promise<void> = Promise.resolve();
function apply(settings: Settings): Promise<void> {
  applying = applying.then(() => applyNow(settings)).catch(() => undefined);
  return applying;
}

async function applyNow(settings: Settings): Promise<void> {
  const active = isActiveOn(settings, site);
  if (!active) {
    controller?.abort();
    controller = null;
    session = null;
    return;
  }
  if (session) return session.configure(settings);
  controller = new AbortController();
  session = new Session(
    {
      win: window,
      host: new UiHost(document, hostCss),
      matcher: await matcher(),
      settings,
      siteName: site,
      fetchCard: (termId) => background.call("get-card", { termId }),
      fetchCardStyle: () => background.call("card-style", {}).then((r) => r.css),
      disableSite: () => void background.call("set-site-active", { site: site!, active: false }),
      reportTerms: (termIds) => void background.call("page-terms", { termIds }).catch(() => {}),
    },
    controller.signal,
  );
  await session.start();
  requestIdleCallback(() => void learnAddresses(), { timeout: 2000 });
}

/** Tells the background where articles of the reading list live, when this page shows it. */
async function learnAddresses(): Promise<void> {
  const titles = await background.call("article-titles", {}).catch(() => []);
  const found = (await runInSlices(discoverySteps(document, titles, 200), sliceClock(8))) ?? [];
  for (const address of found) {
    await background.call("learn-address", address).catch(() => undefined);
  }
}

const selectionAnchor = () => {
  const selection = document.getSelection();
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
};

const handlers: Handlers<ContentProtocol> = {
  "list-terms": () => ({ terms: session?.listTerms() ?? [], active: session !== null, site }),
  "reveal-term": ({ termId }) => ({ found: session?.reveal(termId) ?? false }),
  // Sent to every frame: only the one the user is typing in moves on to the next term.
  "next-term": () => ({
    found: holdsKeyboardFocus(document, window === window.top) ? (session?.reveal() ?? false) : false,
  }),
  "toggle-highlights": () => ({ visible: session?.toggleHighlights() ?? false }),
  "open-card": ({ termId }) => {
    session?.openCard(termId, selectionAnchor());
    return { opened: session !== null };
  },
  "explain-miss": ({ text, suggestions }) => {
    session?.explainMiss(text, suggestions, selectionAnchor());
    return { shown: session !== null };
  },
};

function main(): void {
  if (!document.body || document.designMode === "on" || document.body.isContentEditable) return;
  onMessage((message, sender) =>
    dispatch(handlers, CONTENT_TYPES, message, { fromOwnExtension: sender.id === extensionId() }),
  );
  onStorageChanged(async (changes, area) => {
    for (const what of storedThingsIn(changes, area)) {
      if (what === "customTerms" && session) await session.setMatcher(await matcher());
      else if (what === "settings") await apply(await loadSettings());
    }
  });
  // No work at all on a page without text: not even settings are read until text appears.
  whenTextArrives(document.body, () => void loadSettings().then(apply));
}

main();
