import { withElement } from "./with-element.tsx";
import { t } from "../../platform/i18n.ts";

// The two switches: this site, and everywhere. Checkboxes with the switch role, so they keep
// native keyboard handling and labels.

export interface SiteSwitchesProps {
  /** The tab's host, or null when the tab is not a web page. */
  site: string | null;
  siteOn: boolean;
  enabled: boolean;
  onSetSiteActive(active: boolean): void;
  onSetEnabled(enabled: boolean): void;
}

export function SiteSwitches({ site, siteOn, enabled, onSetSiteActive, onSetEnabled }: SiteSwitchesProps) {
  return (
    <div class="switches" role="group" aria-label={t("popupHighlighting")}>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={site !== null && siteOn}
          disabled={site === null}
          onChange={(e) => onSetSiteActive(e.currentTarget.checked)}
        />
        <span class="switch-text">
          {site === null
            ? t("popupOnForThisSite")
            : withElement("popupOnForSite", <span class="site">{site}</span>)}
        </span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => onSetEnabled(e.currentTarget.checked)}
        />
        <span class="switch-text">{t("popupOnEverywhere")}</span>
      </label>
      {!enabled && <p class="hint">{t("popupOffEverywhere")}</p>}
    </div>
  );
}
