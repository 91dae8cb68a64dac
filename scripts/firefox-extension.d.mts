import type { Browser, Page } from "puppeteer-core";

export function fixedExtensionOrigin(extensionDir: string): { prefs: Record<string, string>; origin: string };
export function openExtensionTab(browser: Browser, url: string): Promise<Page>;
