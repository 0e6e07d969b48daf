import { describe, expect, it } from 'vitest';
import { pruneOverlays, remoteEdit, withOverlays, type Overlay } from './overlays';

type Row = { id: string; version: number; status: string; title: string };
const apply = (r: Row, c: Partial<Row>): Row => ({ ...r, ...c });
const rows: Row[] = [{ id: 'a', version: 3, status: 'identified', title: 'A' }, { id: 'b', version: 1, status: 'identified', title: 'B' }];

describe('optimistic overlays', () => {
  it('shows in-flight and confirmed edits on top of older server rows, in order', () => {
    const overlays: Record<string, Overlay<Partial<Row>>[]> = {
      a: [{ id: 1, changes: { status: 'accepted' }, until: 4 }, { id: 2, changes: { title: 'A2' }, until: null }],
    };
    // The version stays the server's: edits from this row are merged field by field.
    expect(withOverlays(rows, overlays, apply)[0]).toEqual({ id: 'a', version: 3, status: 'accepted', title: 'A2' });
    expect(withOverlays(rows, overlays, apply)[1]).toBe(rows[1]);
  });

  it('lets fresh server rows win once they include a confirmed edit (someone else may have changed more)', () => {
    const fresh: Row[] = [{ id: 'a', version: 5, status: 'mitigated', title: 'Theirs' }];
    const overlays = { a: [{ id: 1, changes: { status: 'accepted' }, until: 4 }] };
    expect(withOverlays(fresh, overlays, apply)[0]).toBe(fresh[0]);
    const version = new Map(fresh.map((r) => [r.id, r.version]));
    expect(pruneOverlays(overlays, (id, o) => o.until === null || (version.get(id) ?? Infinity) < o.until)).toEqual({});
  });

  it('keeps the same object when nothing is pruned', () => {
    const overlays = { a: [{ id: 1, changes: {}, until: null }] };
    expect(pruneOverlays(overlays, () => true)).toBe(overlays);
  });
});

describe('remote edits from the live feed', () => {
  const event = { type: 'threat.update', entityId: 't1', actor: { id: 'ana' }, data: { fields: ['status'], values: { status: 'accepted' }, version: 4 } };

  it('reads others\' single edits with their values and version', () => {
    expect(remoteEdit(event, 'threat', 'ben')).toEqual({ id: 't1', values: { status: 'accepted' }, version: 4 });
  });

  it('ignores own edits, other entities and events without values', () => {
    expect(remoteEdit(event, 'threat', 'ana')).toBeNull();
    expect(remoteEdit(event, 'mitigation', 'ben')).toBeNull();
    expect(remoteEdit({ ...event, data: { fields: ['status'] } }, 'threat', 'ben')).toBeNull();
    expect(remoteEdit({ ...event, type: 'threat.bulk_update', entityId: null }, 'threat', 'ben')).toBeNull();
  });
});
