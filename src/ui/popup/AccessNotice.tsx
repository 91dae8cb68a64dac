import type { HostAccess } from "./types.ts";

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
      <p>
        Backstride doesn't have your permission to read <span class="site">{host}</span> yet, so it can't find
        running terms here. Your browser asks for each site.
      </p>
      <button type="button" class="primary" onClick={() => onGrantAccess()}>
        Allow Backstride on {host}
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
