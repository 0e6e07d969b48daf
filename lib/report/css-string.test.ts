import { describe, expect, it } from 'vitest';
import { cssString } from './css-string';

describe('cssString', () => {
  it('escapes everything that could end the string or the stylesheet', () => {
    const s = cssString('a"b\\c\n</style><script>}{;');
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    expect(s.slice(1, -1)).not.toMatch(/["'<>{}\n]/);
    expect(s).toBe('"a\\22 b\\5c c\\a \\3c \\2f style\\3e \\3c script\\3e \\7d \\7b ;"');
  });

  it('escapes non-ASCII by code point, astral characters included', () => {
    expect(cssString('中 😀 Ü')).toBe('"\\4e2d  \\1f600  \\dc "');
    expect(cssString('Model 1 (rev. 2)')).toBe('"Model 1 (rev. 2)"');
  });
});
