// The one list of Chromium switches for running the built extension: tests, demo, sweep and
// benchmark all launch Debian's Chromium the same way. Without the background-networking
// switches Chromium's own connections are refused on this closed network, many at a time.

export const CHROMIUM_PATH = process.env.BACKSTRIDE_CHROMIUM ?? "/usr/bin/chromium";

/** Switches for a Chromium with only Backstride loaded (`ext` is an absolute unpacked-extension path). */
export function extensionFlags(ext, { headless = true } = {}) {
  return [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...chromiumFlags({ headless })];
}

/** The same switches without the extension (the benchmark's plain browser). */
export function chromiumFlags({ headless = true } = {}) {
  return [
    ...(headless ? ["--headless=new"] : []), // extensions run only in the new headless mode
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
}
