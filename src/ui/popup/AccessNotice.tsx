import type { HostAccess } from "./types.ts";
import { withElement } from "./with-element.tsx";
import { t } from "../../platform/i18n.ts";

// Firefox (and Chrome with site access withheld) asks the user before an extension may read a
// site. The button must call the permission request directly from its click.

export interface AccessNoticeProps {
  access: HostAccess;
  onGrantAccess(): void;
}

export function AccessNotice({ access, onGrantAccess }: AccessNoticeProps) {
  const host = hostOf(access.origin);
  return (
    <div class="notice">
      <p>{withElement("popupAccessNeeded", <span class="site">{host}</span>)}</p>
      <button type="button" class="primary" onClick={() => onGrantAccess()}>
        {t("popupAllowOnHost", host)}
      </button>
    </div>
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
