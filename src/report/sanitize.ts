/**
 * User text (feature names, paths, evidence) reaches terminals, XML, Markdown and annotations. These helpers keep it
 * inert: control characters become visible escapes so a name cannot move the cursor, inject colour or break a line.
 */

import { clipText } from '../core/redact.js'

// C0 controls except tab/newline/CR, DEL, and C1 controls (ESC sequences, CSI).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

function escapeControl(char: string): string {
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
}

/** Control characters shown as `\x1b`; tabs and line breaks kept. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, escapeControl)
}

/** One line: control characters visible, all whitespace runs (newlines included) collapsed to one space. */
export function oneLine(text: string): string {
  return visibleControls(text).replace(/\s+/g, ' ').trim()
}

/**
 * An error in one line, by the same rule: a tool's error is a header plus its output's tail, so the header and the last two
 * lines (where the cause is) are kept, joined with ` — `.
 */
export function errorLine(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim())
  const kept = lines.length <= 3 ? lines : [lines[0]!, '…', ...lines.slice(-2)]
  return kept.map(oneLine).join(' — ')
}

/** At most `max` characters, with an ellipsis when cut (never splits a surrogate pair, nor a `***` redaction marker). */
export function clip(text: string, max: number): string {
  return clipText(text, max)
}

/**
 * At most `max` characters, cut after the last whole word that fits, with `…`: a reader never sees half a word (or half an
 * ID). Only one unbroken run of characters longer than `max` is cut inside, as there is no word boundary to cut at.
 */
export function clipWords(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  const room = Math.max(0, max - 2) // for ' …'
  // Back to the last whitespace at or before `room`: everything before it is whole words.
  let cut = room
  while (cut > 0 && !/\s/.test(chars[cut]!)) cut--
  if (cut === 0) return clipText(text, max)
  return (
    chars
      .slice(0, cut)
      .join('')
      .replace(/[\s,;:—-]+$/, '') + ' …'
  )
}
