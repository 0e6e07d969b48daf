import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes separators, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['S', 'T'])).toBe('S; T');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2', '@SUM(A1)', '\tx'])('neutralises a formula: %j', (v) => {
    expect(csvCell(v).replace(/^"/, '')).toMatch(/^'/);
  });

  it('writes a BOM and CRLF lines, and keeps Unicode', () => {
    expect(toCsv(['Title', 'Risk'], [['Modèle empoisonné 🧪', 12]])).toBe('\uFEFFTitle,Risk\r\nModèle empoisonné 🧪,12\r\n');
  });
});
