import { useState } from "preact/hooks";
import {
  DENSITIES,
  type Density,
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  type Settings,
} from "../../core/settings.ts";
import { Status, type StatusMessage, errorMessage } from "./Messages.tsx";

// How terms look on pages (with a live sample of each style) and how many of them are marked.

const STYLES: Record<HighlightStyle, { name: string; description: string }> = {
  subtle: { name: "Subtle", description: "a light tint with a dotted underline (default)" },
  marker: { name: "Marker", description: "a bright highlighter background" },
  underline: { name: "Underline", description: "an underline only, no background" },
};

const DENSITY_NAMES: Record<Density, { name: string; description: string }> = {
  all: { name: "Every occurrence", description: "mark a term each time it appears" },
  first: { name: "First occurrence only", description: "mark each term once per page" },
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
      setStatus({ kind: "error", text: `Not saved: ${errorMessage(error)}` });
    }
  };

  return (
    <section aria-labelledby="style-heading">
      <h2 id="style-heading">Highlights</h2>
      <fieldset class="choices">
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice" for={`style-${style}`}>
            <input
              type="radio"
              id={`style-${style}`}
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() =>
                void save({ ...settings, highlightStyle: style }, `Highlight style: ${STYLES[style].name}.`)
              }
            />
            <span class="choice-text">
              <span class="choice-name">{STYLES[style].name}</span>
              <span class="choice-description"> — {STYLES[style].description}</span>
            </span>
            <span class="sample" aria-hidden="true">
              Less <span class={`hl hl-${style}`}>ground reaction force</span> per stride
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>Which occurrences to highlight</legend>
        {DENSITIES.map((density) => (
          <label key={density} class="choice" for={`density-${density}`}>
            <input
              type="radio"
              id={`density-${density}`}
              name="density"
              value={density}
              checked={settings.density === density}
              onChange={() =>
                void save(
                  { ...settings, density },
                  `Highlighting: ${DENSITY_NAMES[density].name.toLowerCase()}.`,
                )
              }
            />
            <span class="choice-text">
              <span class="choice-name">{DENSITY_NAMES[density].name}</span>
              <span class="choice-description"> — {DENSITY_NAMES[density].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Status message={status} />
    </section>
  );
}
