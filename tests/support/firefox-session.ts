import type { Browser, Page } from "puppeteer-core";
import { BlogPage } from "./blog-page.ts";
import { launchFirefox } from "./browsers.ts";
import { type StaticServer, serveFolder } from "./static-server.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

export interface FirefoxFixture {
  server: StaticServer;
  browser: Browser;
  page: Page;
  blog: BlogPage;
  close(): Promise<void>;
}

/**
 * Firefox with the built extension, on a fixture page (a path under tests/fixtures) served on
 * 127.0.0.1, once Backstride has registered at least `atLeast` highlights there.
 */
export async function openFixtureInFirefox(path: string, atLeast = 1): Promise<FirefoxFixture> {
  const server = await serveFolder(FIXTURES);
  let browser: Browser | undefined;
  try {
    ({ browser } = await launchFirefox("dist/firefox"));
    const page = await browser.newPage();
    await page.goto(server.url(path));
    await page.waitForFunction(
      (n) => (CSS.highlights.get("backstride-subtle")?.size ?? 0) >= n,
      { timeout: 15_000 },
      atLeast,
    );
    const opened = browser;
    return {
      server,
      browser,
      page,
      blog: new BlogPage(page),
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
