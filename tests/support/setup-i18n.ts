import en from "../../src/locales/en/messages.json";
import { useFallbackMessages } from "../../src/platform/i18n.ts";

// Outside a browser there is no i18n API: tests read the English messages directly.
useFallbackMessages(en);
