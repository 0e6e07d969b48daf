import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../store/test-fixtures';
import { fromElk, toElk, type ElkNode } from './elk-graph';

describe('ELK conversion', () => {
  it('nests boundaries and puts each edge in its ends’ common ancestor', () => {
    const root = toElk(sampleGraph());
    const b = root.children!.find((c) => c.id === 'B')!;
    expect(b.children!.map((c) => c.id).sort()).toEqual(['C', 'D']);
    expect(root.edges!.map((e) => e.id)).toEqual(['F1']);
    expect(b.edges!.map((e) => e.id)).toEqual(['F2']);
  });

  it('turns the result into one batch of move and resize ops for what changed', () => {
    const laid: ElkNode = {
      id: '__root__',
      children: [
        { id: 'A', x: 0, y: 0 },
        { id: 'B', x: 300, y: 24, width: 700, height: 420, children: [{ id: 'C', x: 32, y: 64 }, { id: 'D', x: 320, y: 60, width: 260, height: 200, children: [{ id: 'E', x: 28, y: 56 }] }] },
      ],
    };
    expect(fromElk(sampleGraph(), laid)).toEqual([
      { type: 'boundary.resize', id: 'B', x: 300, y: 24, width: 700, height: 420 },
      { type: 'boundary.resize', id: 'D', x: 320, y: 60, width: 260, height: 200 },
      { type: 'element.move', id: 'E', x: 28, y: 56 },
    ]);
  });
});
