import { t } from "../../platform/i18n.ts";

export interface WelcomeProps {
  /** Firefox asks for site access separately; null where the browser granted it at install. */
  siteAccess: "granted" | "missing" | null;
  onGrantAccess: () => void;
  onOpenOptions: () => void;
}

const SEARCH = "https://duckduckgo.com/?q=running+backwards+lateral+knee+pain";

/** The first-run page: what Backstride does, how to use it, and (in Firefox) the access step. */
export function Welcome({ siteAccess, onGrantAccess, onOpenOptions }: WelcomeProps) {
  return (
    <main>
      <h1>{t("welcomeTitle")}</h1>
      <p class="lead">{t("welcomeLead")}</p>
      {siteAccess === "missing" && (
        <section class="access" aria-labelledby="access-h">
          <h2 id="access-h">{t("welcomeAccessTitle")}</h2>
          <p>{t("welcomeAccessText")}</p>
          <button type="button" class="primary" onClick={onGrantAccess}>
            {t("welcomeAccessButton")}
          </button>
        </section>
      )}
      {siteAccess === "granted" && <p role="status">{t("welcomeAccessGranted")}</p>}
      <section aria-labelledby="how-h">
        <h2 id="how-h">{t("welcomeHowTitle")}</h2>
        <ol>
          <li>
            {t("welcomeStepOpen")}{" "}
            <a href={SEARCH} target="_blank" rel="noopener noreferrer">
              {t("welcomeStepSearchLink")}
            </a>
          </li>
          <li>{t("welcomeStepClick")}</li>
          <li>{t("welcomeStepPopup")}</li>
          <li>{t("welcomeStepKeys")}</li>
        </ol>
      </section>
      <p>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t("welcomeOptions")}
        </button>
      </p>
    </main>
  );
}
