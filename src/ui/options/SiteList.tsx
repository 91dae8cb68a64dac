import { useRef, useState } from "preact/hooks";
import type { Settings } from "../../core/settings.ts";
import { withSite } from "../../core/sites.ts";
import { FieldError, Status, type StatusMessage, describedBy, errorMessage } from "./Messages.tsx";
import { hostFromInput } from "./site-input.ts";
import { t } from "../../platform/i18n.ts";

// Sites where Backstride stays off: add a host (or a pasted address) and remove hosts.

export interface SiteListProps {
  settings: Settings;
  onSaveSettings: (settings: Settings) => Promise<void>;
}

export function SiteList({ settings, onSaveSettings }: SiteListProps) {
  const [input, setInput] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const sites = settings.disabledSites;

  const save = async (next: Settings, done: string) => {
    try {
      await onSaveSettings(next);
      setStatus({ kind: "ok", text: done });
      return true;
    } catch (e) {
      setStatus({ kind: "error", text: t("optionsNotSaved", errorMessage(e)) });
      return false;
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const result = hostFromInput(input);
    const problem = !result.ok
      ? result.error
      : sites.includes(result.host)
        ? t("optionsSiteAlreadyListed", result.host)
        : null;
    setError(problem);
    if (!result.ok || problem) return;
    if (await save(withSite(settings, result.host, false), t("optionsSiteAdded", result.host))) setInput("");
  };

  const errors = error ? [error] : undefined;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t("optionsSitesHeading")}</h2>
      <form class="inline-form" noValidate onSubmit={add}>
        <div class={`field${error ? " invalid" : ""}`}>
          <label for="site-input">{t("optionsSiteInputLabel")}</label>
          <p id="site-input-hint" class="hint">
            {t("optionsSiteInputHint")}
          </p>
          <div class="input-row">
            <input
              id="site-input"
              ref={field}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              value={input}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={describedBy("site-input-hint", "site-input-error", errors)}
              onInput={(e) => setInput(e.currentTarget.value)}
            />
            <button type="submit">{t("optionsAddSite")}</button>
          </div>
          <FieldError id="site-input-error" errors={errors} />
        </div>
      </form>
      {sites.length === 0 ? (
        <p class="empty">{t("optionsSitesEmpty")}</p>
      ) : (
        <ul class="item-list" aria-label={t("optionsSitesHeading")}>
          {sites.map((site) => (
            <li key={site}>
              <span class="item-name">{site}</span>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  field.current?.focus();
                  void save(withSite(settings, site, true), t("optionsSiteRemoved", site));
                }}
              >
                {t("optionsRemove")}
                <span class="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
    </section>
  );
}
