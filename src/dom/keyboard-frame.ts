// A keyboard command reaches every frame of the tab; the frame the user is typing in answers.
// Focus inside a child frame shows in its parent as that <iframe> being the active element, so a
// document answers when focus is in it and not handed down to a frame that answers for itself.

/** Frames the content script runs in (manifest: all_frames on http and https); others cannot answer. */
function answersForItself(frame: HTMLIFrameElement | HTMLFrameElement): boolean {
  // A cross-origin frame's document is null here (never a throw): its src says where it is.
  return /^https?:/i.test(frame.contentDocument?.URL ?? frame.src);
}

/**
 * Whether this document should act on a keyboard command. With focus nowhere in the page (the
 * command came from the browser's own UI), the top document acts, as it always did.
 */
export function holdsKeyboardFocus(doc: Document, isTop: boolean): boolean {
  if (!doc.hasFocus()) return isTop;
  const active = doc.activeElement;
  const isFrame = active?.localName === "iframe" || active?.localName === "frame";
  return !isFrame || !answersForItself(active as HTMLIFrameElement);
}
