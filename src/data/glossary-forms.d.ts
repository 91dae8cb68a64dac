// Built by the `glossary-forms` plugin in vite.config.ts: only the matchable forms of the
// shipped glossary, so the content script does not carry every explanation.
declare module "virtual:glossary-forms" {
  import type { FormEntry } from "../core/matcher.ts";
  const forms: FormEntry[];
  export default forms;
}
