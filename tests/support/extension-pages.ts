import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { ChromiumSession } from "./browsers.ts";

// Page objects for the extension's own pages, opened in a tab of their own. The popup takes
// `?tab=<id>` to describe another tab, as it does for the active tab when opened from the toolbar.

const AXE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

/** axe-core's violations; injected by evaluation, which extension pages' CSP does not block. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string }[] }> } }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document);
    return result.violations.map((v) => v.id);
  }, include);
}

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(session: ChromiumSession, tabId: number): Promise<PopupPage> {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup/index.html?tab=${tabId}`);
    return new PopupPage(page);
  }

  termButtons() {
    return this.page.locator("button.term .term-label");
  }

  siteSwitch() {
    return this.page.getByRole("switch", { name: /On for/ });
  }
}

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(session: ChromiumSession): Promise<OptionsPage> {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options/index.html`);
    await page.getByRole("heading", { name: "Back up and restore" }).waitFor();
    return new OptionsPage(page);
  }

  async importFile(name: string, contents: string): Promise<void> {
    await this.page
      .locator("#import-file")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(contents) });
  }

  status() {
    return this.page.locator("[role=status]").filter({ hasText: /\S/ }).first();
  }
}
