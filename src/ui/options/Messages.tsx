import { t } from "../../platform/i18n.ts";

// Shared bits of feedback: a polite live region for status, and error text tied to a control.

export interface StatusMessage {
  kind: "ok" | "error";
  text: string;
  details?: string[];
}

/** Always rendered (empty when there is nothing to say) so screen readers announce changes. */
export function Status({ id, message }: { id?: string; message: StatusMessage | null }) {
  return (
    <div id={id} class={`status${message ? ` status-${message.kind}` : ""}`} role="status">
      {message && <p>{message.text}</p>}
      {message?.details && message.details.length > 0 && (
        <ul>
          {message.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The errors of one control; `id` is what the control's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} class="field-error">
      {errors.join(" ")}
    </p>
  );
}

/** aria-describedby for a control with an optional hint and optional errors. */
export function describedBy(hintId: string | null, errorId: string, errors: readonly string[] | undefined) {
  const ids = [hintId, errors?.length ? errorId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "1 article", "3 articles" in the UI language. */
export const articleCount = (n: number) =>
  t(n === 1 ? "optionsArticleCountOne" : "optionsArticleCountMany", String(n));
