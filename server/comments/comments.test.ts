import { describe, expect, it } from 'vitest';
import { addCommentSchema } from '@/lib/domain/comment';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { addComment } from './add-comment';
import { deleteComment } from './delete-comment';
import { listComments } from './list-comments';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

describe('comments on threats', () => {
  it('adds, lists per model or threat, and deletes one’s own', async () => {
    const w = await createWorld();
    const second = await getDb().threat.create({ data: { modelId: w.model.id, title: 'Model theft' } });
    const a = await addComment(w.actors.editor, addCommentSchema.parse({ threatId: w.threat.id, body: '  We saw this in 2025.\r\nTwice.  ' }));
    await addComment(w.actors.owner, { threatId: second.id, body: 'Rate limits help.' });
    const all = await listComments(w.actors.viewer, { modelId: w.model.id });
    expect(all.map((c) => [c.threatId, c.body, c.author?.name])).toEqual([
      [w.threat.id, 'We saw this in 2025.\nTwice.', 'editor'],
      [second.id, 'Rate limits help.', 'owner'],
    ]);
    expect((await listComments(w.actors.viewer, { modelId: w.model.id, threatId: second.id })).map((c) => c.body)).toEqual(['Rate limits help.']);
    expect(await fail(deleteComment(w.actors.owner, { commentId: a.id }))).toMatchObject({ status: 403, message: 'You can only delete your own comments.' });
    await deleteComment(w.actors.editor, { commentId: a.id });
    expect((await listComments(w.actors.viewer, { modelId: w.model.id })).map((c) => c.body)).toEqual(['Rate limits help.']);
    expect(await fail(deleteComment(w.actors.editor, { commentId: a.id }))).toMatchObject({ status: 404 });
    const event = await getDb().modelEvent.findFirstOrThrow({ where: { modelId: w.model.id, type: 'comment.create' } });
    expect(event.data).toEqual({ threatId: w.threat.id });
  });

  it('keeps viewers and outsiders out', async () => {
    const w = await createWorld();
    expect(await fail(addComment(w.actors.viewer, { threatId: w.threat.id, body: 'Hi' }))).toMatchObject({ status: 403 });
    expect(await fail(addComment(w.actors.outsider, { threatId: w.threat.id, body: 'Hi' }))).toMatchObject({ status: 404 });
    expect(await fail(listComments(w.actors.outsider, { modelId: w.model.id }))).toMatchObject({ status: 404 });
    expect(await fail(addComment(w.actors.editor, { threatId: 'missing', body: 'Hi' }))).toMatchObject({ status: 404 });
    expect(addCommentSchema.safeParse({ threatId: w.threat.id, body: '   ' }).success).toBe(false);
  });
});
