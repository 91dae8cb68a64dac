import { useState } from "preact/hooks";
import {
  DENSITIES,
  type Density,
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  type Settings,
} from "../../core/settings.ts";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";
import { type MessageKey, t } from "../../platform/i18n.ts";

// How terms look on pages (with a live sample of each style) and how many of them are marked.

interface Choice {
  name: MessageKey;
  description: MessageKey;
}

const STYLES: Record<HighlightStyle, Choice> = {
  subtle: { name: "optionsStyleSubtle", description: "optionsStyleSubtleDescription" },
  marker: { name: "optionsStyleMarker", description: "optionsStyleMarkerDescription" },
  underline: { name: "optionsStyleUnderline", description: "optionsStyleUnderlineDescription" },
};

const DENSITY_NAMES: Record<Density, Choice & { saved: MessageKey }> = {
  all: {
    name: "optionsDensityAll",
    description: "optionsDensityAllDescription",
    saved: "optionsDensitySavedAll",
  },
  first: {
    name: "optionsDensityFirst",
    description: "optionsDensityFirstDescription",
    saved: "optionsDensitySavedFirst",
  },
};

export interface StyleSettingsProps {
  settings: Settings;
  onSaveSettings: (settings: Settings) => Promise<void>;
}

export function StyleSettings({ settings, onSaveSettings }: StyleSettingsProps) {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const save = async (next: Settings, done: string) => {
    try {
      await onSaveSettings(next);
      setStatus({ kind: "ok", text: done });
    } catch (error) {
      setStatus({ kind: "error", text: t("optionsNotSaved", errorMessage(error)) });
    }
  };

  return (
    <section aria-labelledby="style-heading">
      <h2 id="style-heading">{t("optionsHighlightsHeading")}</h2>
      <fieldset class="choices">
        <legend>{t("optionsStyleLegend")}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice" for={`style-${style}`}>
            <input
              type="radio"
              id={`style-${style}`}
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() =>
                void save(
                  { ...settings, highlightStyle: style },
                  t("optionsStyleSaved", t(STYLES[style].name)),
                )
              }
            />
            <span class="choice-text">
              <span class="choice-name">{t(STYLES[style].name)}</span>
              <span class="choice-description"> — {t(STYLES[style].description)}</span>
            </span>
            {/* Stays English: it shows how a term looks on a page, and the glossary's terms are English. */}
            <span class="sample" lang="en" aria-hidden="true">
              Less <span class={`hl hl-${style}`}>ground reaction force</span> per stride
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t("optionsDensityLegend")}</legend>
        {DENSITIES.map((density) => (
          <label key={density} class="choice" for={`density-${density}`}>
            <input
              type="radio"
              id={`density-${density}`}
              name="density"
              value={density}
              checked={settings.density === density}
              onChange={() => void save({ ...settings, density }, t(DENSITY_NAMES[density].saved))}
            />
            <span class="choice-text">
              <span class="choice-name">{t(DENSITY_NAMES[density].name)}</span>
              <span class="choice-description"> — {t(DENSITY_NAMES[density].description)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Status message={status} />
    </section>
  );
}
