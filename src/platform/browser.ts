// The WebExtension API for the background, popup and options (the content script uses the
// smaller content-api.ts); everything else receives what it needs.
import browser from "webextension-polyfill";

export default browser;
export type { Runtime, Tabs } from "webextension-polyfill";
