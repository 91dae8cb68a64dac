import type { ComponentChild } from "preact";
import { type MessageKey, t } from "../../platform/i18n.ts";

// A translated sentence with one element inside it (a host name in bold, say). The message's only
// placeholder marks where the element goes, so each language decides the word order.

const SLOT = "\uE000"; // a private-use character: never part of a message

export function withElement(key: MessageKey, element: ComponentChild) {
  const [before = "", ...after] = t(key, SLOT).split(SLOT);
  return (
    <>
      {before}
      {element}
      {after.join("")}
    </>
  );
}
