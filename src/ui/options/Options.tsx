import type { Term } from "../../core/glossary-schema.ts";
import type { SettingsFile } from "../../core/settings-file.ts";
import type { Settings } from "../../core/settings.ts";
import { CustomTermsEditor } from "./CustomTermsEditor.tsx";
import { ImportExport } from "./ImportExport.tsx";
import { SiteList } from "./SiteList.tsx";
import { StyleSettings } from "./StyleSettings.tsx";
import { useLocalCopy } from "./local-copy.ts";

// The whole options page. It gets plain data and callbacks (main.tsx wires them to storage), shows
// a change at once, and takes whatever comes back in props when storage changes elsewhere.

export interface OptionsProps {
  settings: Settings;
  customTerms: Term[];
  /** Why the stored custom terms could not be used, when they could not. */
  customTermsProblem?: string[] | null;
  builtIn: readonly Term[];
  onSaveSettings: (settings: Settings) => Promise<void>;
  onSaveCustomTerms: (terms: Term[]) => Promise<void>;
  download: (fileName: string, text: string) => void;
}

export function Options(props: OptionsProps) {
  const [settings, setSettings] = useLocalCopy(props.settings);
  const [terms, setTerms] = useLocalCopy(props.customTerms);

  const saveSettings = async (next: Settings) => {
    const before = settings;
    setSettings(next);
    try {
      await props.onSaveSettings(next);
    } catch (error) {
      setSettings(before);
      throw error;
    }
  };
  const saveTerms = async (next: Term[]) => {
    const before = terms;
    setTerms(next);
    try {
      await props.onSaveCustomTerms(next);
    } catch (error) {
      setTerms(before);
      throw error;
    }
  };
  const importFile = async (file: SettingsFile) => {
    const before = terms;
    await saveTerms(file.customTerms);
    try {
      await saveSettings(file.settings);
    } catch (error) {
      await saveTerms(before); // all or nothing
      throw error;
    }
  };

  return (
    <main class="options">
      <h1>Backstride options</h1>
      <StyleSettings settings={settings} onSaveSettings={saveSettings} />
      <SiteList settings={settings} onSaveSettings={saveSettings} />
      <CustomTermsEditor
        terms={terms}
        builtIn={props.builtIn}
        problem={props.customTermsProblem ?? null}
        onSaveCustomTerms={saveTerms}
      />
      <ImportExport
        settings={settings}
        customTerms={terms}
        builtIn={props.builtIn}
        onImport={importFile}
        download={props.download}
      />
    </main>
  );
}
