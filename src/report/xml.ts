/** XML 1.0 escaping: markup characters as entities, and characters XML cannot hold at all made visible instead. */

// Not allowed anywhere in XML 1.0, even as character references: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// Allowed but invisible and dangerous in a terminal or a CI log (ESC sequences via C1, DEL).
const INVISIBLE = /[\u007f-\u009f]/g

function visible(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** Element content. */
export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN, visible)
    .replace(INVISIBLE, visible)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

/** Attribute values (always double-quoted): also quotes, and line breaks/tabs as references so parsers keep them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}
