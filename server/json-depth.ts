// A linear pre-parse check of a JSON request body's nesting, so a hostile body is refused before JSON.parse sees it.

/** No contract input nests anywhere near this deep; a deeper body is refused unparsed. */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in `body`, counted in one pass (brackets inside strings do not count). */
export function jsonDepthExceeds(body: Buffer, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
