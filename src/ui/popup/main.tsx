import "./popup.css";
import { render } from "preact";
import glossaryData from "../../data/glossary.json";
import { withCustomTerms } from "../../core/custom-terms.ts";
import { compileGlossary } from "../../core/glossary-index.ts";
import { type Term, parseGlossary } from "../../core/glossary-schema.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings.ts";
import { isActiveOn, siteOf, withSite } from "../../core/sites.ts";
import { type TermSearch, createTermSearch } from "../../core/term-search.ts";
import { createClient } from "../../messaging/client.ts";
import type { ArticleLink, BackgroundProtocol, ContentProtocol } from "../../messaging/protocol.ts";
import browser from "../../platform/browser.ts";
import { t } from "../../platform/i18n.ts";
import { loadCustomTerms, loadSettings, onStoredChange, saveSettings } from "../../platform/storage.ts";
import { Popup } from "./Popup.tsx";
import { listPage } from "./page-list.ts";
import type { HostAccess, PageState } from "./types.ts";

// Wiring only: the one popup file that talks to the browser. State lives in the variables
// below; every change redraws the popup from them.

document.documentElement.lang = t("optionsHtmlLang");

const parsed = parseGlossary(glossaryData);
if (!parsed.ok) throw new Error(`bundled glossary invalid: ${parsed.errors.join("; ")}`);
const glossary = parsed.value;
const background = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));
const contentOf = (tabId: number) =>
  createClient<ContentProtocol>((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));

let tabId: number | undefined;
let site: string | null = null;
let reading: ArticleLink[] = [];
let settings: Settings = DEFAULT_SETTINGS;
let page: PageState = { kind: "loading" };
let access: HostAccess | null = null;
let error: string | null = null;
let lookup = new Map<string, Term>();
let search: (query: string) => Term[] = () => [];
let listRequest = 0;

function adoptTerms(storedCustom: unknown): void {
  const all = withCustomTerms(glossary.terms, storedCustom);
  lookup = new Map(all.map((term) => [term.id, term]));
  let engine: TermSearch | undefined; // built when first needed: the popup opens without waiting for it
  const ready = () => (engine ??= createTermSearch(all, compileGlossary({ ...glossary, terms: all })));
  search = (query) =>
    ready()
      .search(query)
      .map((hit) => hit.term);
  requestIdleCallback(ready);
}

const ignore = () => {};
const expectedActivity = () => (site === null ? undefined : isActiveOn(settings, site));

async function refreshList(expectActive?: boolean): Promise<void> {
  const request = ++listRequest;
  let next: PageState = { kind: "restricted" };
  if (tabId !== undefined) {
    const content = contentOf(tabId);
    next = await listPage(() => content.call("list-terms", {}), expectActive);
    if (next.kind === "unreachable" && site === null) next = { kind: "restricted" };
  }
  if (request !== listRequest) return; // a newer request is on its way
  // Without the "tabs" permission the tab's address may be hidden; the page knows its own host.
  if (next.kind === "listed" && site === null) site = next.site;
  page = next;
  draw();
  if (next.kind === "listed" && next.active && next.terms.length > 0) {
    const links = await background.call("page-reading", { terms: next.terms }).catch(() => []);
    if (request !== listRequest) return;
    reading = links;
    draw();
  }
}

async function changeSettings(next: Settings, persist: () => Promise<Settings | void>): Promise<void> {
  const before = settings;
  settings = next;
  error = null;
  draw();
  try {
    settings = (await persist()) ?? next;
  } catch {
    settings = before;
    error = t("popupSaveFailed");
  }
  draw();
  await refreshList(expectedActivity());
}

function grantAccess(): void {
  const asked = access;
  if (!asked) return;
  // Called straight from the click: browsers only show the prompt for a user gesture.
  browser.permissions.request({ origins: [`${asked.origin}/*`] }).then(
    async (granted) => {
      access = { ...asked, granted };
      draw();
      if (granted) await refreshList();
    },
    () => {
      error = t("popupPermissionPromptFailed");
      draw();
    },
  );
}

function draw(): void {
  render(
    <Popup
      page={page}
      access={access}
      site={site}
      siteOn={site !== null && !settings.disabledSites.includes(site)}
      enabled={settings.enabled}
      terms={lookup}
      reading={reading}
      search={search}
      error={error}
      onReveal={async (termId) => {
        if (tabId !== undefined)
          await contentOf(tabId)
            .call("reveal-term", { termId })
            .catch(() => null);
        window.close();
      }}
      onSetSiteActive={(active) => {
        if (site !== null) {
          const host = site;
          void changeSettings(withSite(settings, host, active), () =>
            background.call("set-site-active", { site: host, active }),
          );
        }
      }}
      onSetEnabled={(enabled) => {
        const next = { ...settings, enabled };
        void changeSettings(next, () => saveSettings(next));
      }}
      onGrantAccess={grantAccess}
      onReload={() => {
        if (tabId !== undefined) browser.tabs.reload(tabId).then(() => window.close(), ignore);
      }}
      onOpenOptions={() => browser.runtime.openOptionsPage().then(() => window.close(), ignore)}
    />,
    document.getElementById("app")!,
  );
}

async function hostAccess(url: string | undefined): Promise<HostAccess | null> {
  if (siteOf(url) === null) return null;
  const origin = new URL(url!).origin;
  try {
    return { origin, granted: await browser.permissions.contains({ origins: [`${origin}/*`] }) };
  } catch {
    return null;
  }
}

/**
 * The tab the popup is about: the active one, or `?tab=<id>` when the popup page is opened in
 * a tab of its own (end-to-end tests do this; it is also handy for debugging).
 */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(requested) && requested > 0) return [await browser.tabs.get(requested)];
  return browser.tabs.query({ active: true, currentWindow: true });
}

async function start(): Promise<void> {
  draw();
  const [[tab], stored, custom] = await Promise.all([
    targetTab(),
    loadSettings().catch(() => DEFAULT_SETTINGS),
    loadCustomTerms().catch(() => []),
  ]);
  tabId = tab?.id;
  site = siteOf(tab?.url);
  settings = stored;
  adoptTerms(custom);
  access = await hostAccess(tab?.url);
  draw();
  onStoredChange(async (what) => {
    if (what === "settings") settings = await loadSettings().catch(() => settings);
    else adoptTerms(await loadCustomTerms().catch(() => []));
    draw();
    await refreshList(expectedActivity());
  });
  await refreshList();
}

void start().catch(() => {
  if (lookup.size === 0) adoptTerms([]);
  page = { kind: "restricted" };
  draw();
});
