import type { PageTerm } from "../../messaging/protocol.ts";
import type { PageState } from "./types.ts";

// Asking the tab's content script for its terms. The answer is checked rather than trusted,
// and after a switch is flipped the request is repeated briefly until the page reflects it:
// the content script learns of the change through storage events, on its own schedule.

export type ListTerms = () => Promise<unknown>;

export const RETRY_DELAYS_MS = [150, 400, 800];

export async function listPage(
  listTerms: ListTerms,
  expectActive?: boolean,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<PageState> {
  let state = await listOnce(listTerms);
  for (const ms of delays) {
    if (expectActive === undefined || state.kind !== "listed" || state.active === expectActive) break;
    await new Promise((resolve) => setTimeout(resolve, ms));
    state = await listOnce(listTerms);
  }
  return state;
}

async function listOnce(listTerms: ListTerms): Promise<PageState> {
  try {
    const terms = readResponse(await listTerms());
    return terms ?? { kind: "unreachable" };
  } catch {
    return { kind: "unreachable" };
  }
}

function readResponse(response: unknown): Extract<PageState, { kind: "listed" }> | null {
  if (typeof response !== "object" || response === null) return null;
  const { terms, active, site } = response as Record<string, unknown>;
  if (!Array.isArray(terms) || typeof active !== "boolean") return null;
  const valid = terms.filter(
    (t): t is PageTerm =>
      typeof t === "object" &&
      t !== null &&
      typeof (t as PageTerm).termId === "string" &&
      Number.isFinite((t as PageTerm).count) &&
      (t as PageTerm).count > 0,
  );
  return {
    kind: "listed",
    terms: valid,
    active,
    site: typeof site === "string" && site.length <= 260 ? site : null,
  };
}
