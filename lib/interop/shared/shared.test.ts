import { describe, expect, it } from 'vitest';
import type { GraphBoundary, GraphElement } from '../../graph/types';
import { ImportFormatError } from '../types';
import { fitSections, multiLine, oneLine } from './builder';
import { guardJson, MAX_DEPTH } from './guard';
import { autoLayout } from './layout';

describe('guardJson', () => {
  it('accepts ordinary JSON and refuses prototype keys and deep nesting, naming the place', () => {
    expect(() => guardJson({ a: [1, { b: 'c' }], d: null })).not.toThrow();
    const at = (input: unknown) => {
      try {
        guardJson(input);
        return 'accepted';
      } catch (e) {
        expect(e).toBeInstanceOf(ImportFormatError);
        return (e as ImportFormatError).path;
      }
    };
    expect(at(JSON.parse('{"a":[{"__proto__":{"x":1}}]}'))).toBe('a[0].__proto__');
    expect(at({ a: { prototype: 1 } })).toBe('a.prototype');
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH + 1; i++) deep = [deep];
    expect(at(deep)).toMatch(/^(\[0\])+$/);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_DEPTH - 1; i++) ok = [ok];
    expect(at(ok)).toBe('accepted');
  });
});

describe('text helpers', () => {
  it('cleans and shortens single- and multi-line text', () => {
    expect(oneLine(' a\u0000b\n c ', 10)).toBe('a b c');
    expect(oneLine('abcdefghij', 5)).toBe('abcd…');
    expect(multiLine('a\r\nb\u0007', 100)).toBe('a\nb');
  });
  it('fits sections under a limit, naming the ones cut', () => {
    const { text, cut } = fitSections([{ heading: null, body: 'x'.repeat(50) }, { heading: 'Long', body: 'y'.repeat(500) }, { heading: 'Next', body: 'z' }], 400);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text).toContain('### Long');
    // The shortened section is still a heading on its own line, after a blank line.
    expect(text).toContain(`${'x'.repeat(50)}\n\n### Long\n\n`);
    expect(cut).toEqual(['Long', 'Next']);
  });
});

describe('autoLayout', () => {
  const boundary = (id: string, parentId: string | null): GraphBoundary => ({ id, kind: 'network', name: id, parentId, x: 0, y: 0, width: 40, height: 40, properties: {} });
  const element = (id: string, boundaryId: string | null): GraphElement => ({ id, kind: 'generic-process', name: id, description: '', boundaryId, x: 0, y: 0, properties: {} });

  it('places children inside their boundaries and sizes boundaries to hold them', () => {
    const boundaries = [boundary('outer', null), boundary('inner', 'outer')];
    const elements = [...Array.from({ length: 6 }, (_, i) => element(`e${i}`, 'inner')), element('top', null), element('o', 'outer')];
    autoLayout(boundaries, elements, new Set());
    const [outer, inner] = boundaries;
    for (const e of elements.filter((x) => x.boundaryId === 'inner')) {
      expect(e.x + 180).toBeLessThanOrEqual(inner!.width);
      expect(e.y + 90).toBeLessThanOrEqual(inner!.height);
    }
    expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.width);
    const spots = new Set(elements.filter((x) => x.boundaryId === 'inner').map((e) => `${e.x},${e.y}`));
    expect(spots.size).toBe(6);
  });

  it('keeps what the file placed', () => {
    const boundaries = [{ ...boundary('b', null), x: 500, y: 50, width: 300, height: 200 }];
    const elements = [{ ...element('a', 'b'), x: 20, y: 30 }, element('c', 'b')];
    autoLayout(boundaries, elements, new Set(['b', 'a']));
    expect(boundaries[0]).toMatchObject({ x: 500, y: 50, width: 300, height: 200 });
    expect(elements[0]).toMatchObject({ x: 20, y: 30 });
    expect(elements[1]!.y).toBeGreaterThanOrEqual(30 + 90);
  });
});
