// A CSS string literal for any text: every character other than ASCII letters, digits and a few
// harmless marks becomes a hex escape, so the result can never end the string, the rule or the
// <style>/stylesheet it sits in, whatever the input (used for print headers built from user text).
const SAFE = /[A-Za-z0-9 .,:;()_-]/;

export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    out += SAFE.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
