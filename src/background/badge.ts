/** What the badge needs from the browser: injected so the logic is testable without one. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export const BADGE_COLOR = "#0f5f59";

/** Distinct, valid term ids: a content script in a hostile page may send anything. */
export function countTerms(termIds: unknown): number {
  if (!Array.isArray(termIds)) throw new Error("termIds must be an array");
  return new Set(termIds.filter((id): id is string => typeof id === "string" && id.length <= 80)).size;
}

export function badgeText(count: number): string {
  if (count <= 0) return "";
  return count > 999 ? "999+" : String(count);
}

export async function showTermCount(api: BadgeApi, tabId: number, count: number): Promise<void> {
  await api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await api.setBadgeText({ tabId, text: badgeText(count) });
}
