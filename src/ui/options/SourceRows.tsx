import { Field } from "./Field.tsx";
import { FieldError } from "./Messages.tsx";
import type { FieldErrors, SourceDraft } from "./term-draft.ts";
import { t } from "../../platform/i18n.ts";

// The sources of a custom term: at least one row of title + address, rows can be added and removed.

interface SourceRowsProps {
  idPrefix: string;
  sources: SourceDraft[];
  errors: FieldErrors;
  onChange: (sources: SourceDraft[]) => void;
}

export function SourceRows({ idPrefix, sources, errors, onChange }: SourceRowsProps) {
  const set = (i: number, patch: Partial<SourceDraft>) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const listErrorId = `${idPrefix}-sources-error`;
  return (
    <fieldset class="sources" aria-describedby={errors.sources?.length ? listErrorId : undefined}>
      <legend>{t("optionsSourcesLegend")}</legend>
      <FieldError id={listErrorId} errors={errors.sources} />
      <ol class="source-rows">
        {sources.map((source, i) => (
          <li key={i} class="source-row">
            <Field
              id={`${idPrefix}-source-${i}-title`}
              label={t("optionsSourceTitle", String(i + 1))}
              value={source.title}
              onInput={(title) => set(i, { title })}
              errors={errors[`sources.${i}.title`]}
              required
            />
            <Field
              id={`${idPrefix}-source-${i}-url`}
              label={t("optionsSourceUrl", String(i + 1))}
              type="url"
              value={source.url}
              onInput={(url) => set(i, { url })}
              errors={errors[`sources.${i}.url`]}
              required
            />
            {sources.length > 1 && (
              <button
                type="button"
                class="secondary"
                onClick={() => onChange(sources.filter((_, j) => j !== i))}
              >
                {t("optionsRemoveSource", String(i + 1))}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" class="secondary" onClick={() => onChange([...sources, { title: "", url: "" }])}>
        {t("optionsAddSource")}
      </button>
    </fieldset>
  );
}
