import { FieldError, describedBy } from "./Messages.tsx";
import { t } from "../../platform/i18n.ts";

// One labelled text control (input or textarea) with an optional hint and its errors.

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  errors?: readonly string[] | undefined;
  rows?: number;
  type?: "text" | "url";
  required?: boolean;
}

export function Field({
  id,
  label,
  value,
  onInput,
  hint,
  errors,
  rows,
  type = "text",
  required,
}: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: id,
    value,
    required,
    "aria-invalid": errors?.length ? ("true" as const) : undefined,
    "aria-describedby": describedBy(hintId, errorId, errors),
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={`field${errors?.length ? " invalid" : ""}`}>
      <label for={id}>
        {label}
        {required && <span class="required"> {t("optionsRequired")}</span>}
      </label>
      {hint && (
        <p id={hintId!} class="hint">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea {...common} rows={rows} />
      ) : type === "url" ? (
        <input {...common} type="url" spellcheck={false} />
      ) : (
        <input {...common} type="text" spellcheck={false} />
      )}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
