import { render } from "preact";
import glossaryData from "../../data/glossary.json";
import { parseCustomTerms } from "../../core/custom-terms.ts";
import { parseGlossary } from "../../core/glossary-schema.ts";
import {
  loadCustomTerms,
  loadSettings,
  onStoredChange,
  saveCustomTerms,
  saveSettings,
} from "../../platform/storage.ts";
import { Options } from "./Options.tsx";
import { downloadFile } from "./download.ts";
import "./options.css";

// Wiring only: storage in, callbacks out. Re-rendered whenever settings or custom terms change
// anywhere in the extension (another tab, the popup, an import).

const root = document.getElementById("app")!;
const glossary = parseGlossary(glossaryData);
if (!glossary.ok) throw new Error(`bundled glossary invalid: ${glossary.errors.join("; ")}`);
const builtIn = glossary.value.terms;

async function show(): Promise<void> {
  const [settings, stored] = await Promise.all([loadSettings(), loadCustomTerms()]);
  const custom = parseCustomTerms(stored, builtIn);
  render(
    <Options
      settings={settings}
      customTerms={custom.ok ? custom.value : []}
      customTermsProblem={custom.ok ? null : custom.errors}
      builtIn={builtIn}
      onSaveSettings={saveSettings}
      onSaveCustomTerms={saveCustomTerms}
      download={downloadFile}
    />,
    root,
  );
}

function fail(error: unknown): void {
  root.textContent = `Backstride could not load its settings: ${error instanceof Error ? error.message : String(error)}`;
}

onStoredChange(() => void show().catch(fail));
void show().catch(fail);
