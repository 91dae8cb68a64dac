// The content script's whole use of the extension API, without webextension-polyfill: it runs
// on every page, so its bundle stays small. Two calls and two events, the same on Chromium
// (`chrome`, promise-returning in MV3) and Firefox (`browser`).

interface Sender {
  id?: string;
}
type NativeListener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => unknown;
interface NativeApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: NativeListener): void };
  };
  storage: {
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
// The polyfill's own test: a native `browser` (Firefox) is not a plain object. The other parts
// of the extension use the polyfill, so both ends must agree on how a failure is sent.
const nativeBrowser =
  scope.browser !== undefined && Object.getPrototypeOf(scope.browser) !== Object.prototype
    ? scope.browser
    : null;
const api = (): NativeApi => {
  const found = nativeBrowser ?? scope.chrome;
  if (!found?.runtime) throw new Error("the extension API is not available here");
  return found;
};

/** How webextension-polyfill sends a rejection through Chromium's callback-only onMessage. */
const REJECT = "__mozWebExtensionPolyfillReject__";
interface Rejection {
  [REJECT]: true;
  message: string;
}
const isRejection = (r: unknown): r is Rejection =>
  typeof r === "object" && r !== null && (r as Partial<Rejection>)[REJECT] === true;

export const extensionId = (): string => api().runtime.id;

export async function sendMessage(message: unknown): Promise<unknown> {
  const response = await api().runtime.sendMessage(message);
  if (isRejection(response)) throw new Error(response.message);
  return response;
}

/** Answers messages from the extension's other parts; a rejected answer reaches the sender as an error. */
export function onMessage(listener: (message: unknown, sender: Sender) => Promise<unknown>): void {
  if (nativeBrowser) {
    nativeBrowser.runtime.onMessage.addListener((message, sender) => listener(message, sender));
    return;
  }
  api().runtime.onMessage.addListener((message, sender, sendResponse) => {
    listener(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ [REJECT]: true, message: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the answer comes asynchronously
  });
}

export function onStorageChanged(listener: (changes: Record<string, unknown>, area: string) => void): void {
  api().storage.onChanged.addListener(listener);
}
