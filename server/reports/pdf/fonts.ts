import 'server-only';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

let registered = false;

/**
 * DejaVu Sans covers Latin, Greek, Cyrillic and many symbols; the PDF standard fonts would garble
 * anything outside Latin-1. Characters DejaVu lacks (e.g. CJK) fall back to the CJK-less glyph
 * (a box) but the text layer still carries them, so search and copy work.
 */
export function registerFonts(root: string): void {
  if (registered) return;
  const dir = path.join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  Font.register({
    family: 'DejaVu Sans',
    fonts: [
      { src: path.join(dir, 'DejaVuSans.ttf') },
      { src: path.join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.register({ family: 'DejaVu Sans Mono', src: path.join(dir, 'DejaVuSansMono.ttf') });
  // Long unbroken names (ids, URLs) may break anywhere; words of normal length never do.
  Font.registerHyphenationCallback((word) => {
    if (word.length <= 24) return [word];
    const parts: string[] = [];
    for (let i = 0; i < word.length; i += 12) parts.push(word.slice(i, i + 12));
    return parts;
  });
  registered = true;
}
