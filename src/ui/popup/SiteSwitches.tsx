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
    <div class="switches" role="group" aria-label="Highlighting">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={site !== null && siteOn}
          disabled={site === null}
          onChange={(e) => onSetSiteActive(e.currentTarget.checked)}
        />
        <span class="switch-text">
          {site === null ? (
            "On for this site"
          ) : (
            <>
              On for <span class="site">{site}</span>
            </>
          )}
        </span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => onSetEnabled(e.currentTarget.checked)}
        />
        <span class="switch-text">On everywhere</span>
      </label>
      {!enabled && <p class="hint">Backstride is off on every site until you switch it back on.</p>}
    </div>
  );
}
