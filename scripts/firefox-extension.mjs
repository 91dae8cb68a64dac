import { readFileSync } from "node:fs";
import { join } from "node:path";

// Reaching the extension's own pages in Firefox over WebDriver BiDi, for the e2e tests and the
// sweep alike. Firefox gives each install a random moz-extension:// origin unless the
// `extensions.webextensions.uuids` pref names one for the add-on's id.

/** Firefox prefs that fix the origin of the add-on built in `extensionDir`, and that origin. */
export function fixedExtensionOrigin(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8"));
  const uuid = crypto.randomUUID();
  return {
    prefs: {
      "extensions.webextensions.uuids": JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: uuid,
      }),
    },
    origin: `moz-extension://${uuid}`,
  };
}

/**
 * A new tab on an extension page. The page loads and runs with the extension's API, but BiDi
 * never reports the navigation as finished: callers wait for what they need on the page.
 */
export async function openExtensionTab(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { timeout: 2000 }).catch(() => {});
  return page;
}
