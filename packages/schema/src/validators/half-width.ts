/**
 * Turns full-width ASCII look-alikes (`１３８`, `－`, `（`), the ideographic space
 * and en/em dashes into their ASCII forms, as Chinese input methods often type them.
 */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2013\u2014]/g, '-');
}
