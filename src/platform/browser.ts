// The only module that imports the WebExtension API; everything else receives what it needs.
import browser from "webextension-polyfill";

export default browser;
export type { Runtime, Tabs } from "webextension-polyfill";
