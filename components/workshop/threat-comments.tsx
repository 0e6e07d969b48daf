'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { addCommentAction, deleteCommentAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { COMMENT_MAX } from '@/lib/domain/comment';
import { relativeTime } from '@/lib/util/format';
import type { CommentView } from './types';

/** The discussion of one threat: read by everyone, written by editors, deleted by their authors. */
export function ThreatComments({ threatId, title, comments, canComment, me }: { threatId: string; title: string; comments: CommentView[]; canComment: boolean; me: string }) {
  const router = useRouter();
  const add = useAction(addCommentAction);
  const remove = useAction(deleteCommentAction);
  const [body, setBody] = useState('');

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    add.run({ threatId, body }, () => {
      setBody('');
      router.refresh();
    });
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700">Comments ({comments.length})</summary>
      <div className="mt-2 space-y-2">
        {comments.length > 0 && (
          <ul className="space-y-1" aria-label={`Comments on ${title}`}>
            {comments.map((c) => (
              <li key={c.id} className="rounded bg-white px-2 py-1 ring-1 ring-slate-200">
                <p className="whitespace-pre-wrap text-slate-800">{c.body}</p>
                <p className="flex items-center gap-2 text-xs text-slate-500">
                  {c.author?.name ?? 'A former member'} · {relativeTime(c.createdAt)}
                  {c.author?.id === me && canComment && (
                    <button type="button" className="text-red-700 hover:underline" disabled={remove.pending} onClick={() => remove.run({ commentId: c.id }, () => router.refresh())}>
                      Delete<span className="sr-only"> my comment</span>
                    </button>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        {canComment && (
          <form onSubmit={onSubmit} className="flex items-start gap-2" noValidate>
            <label className="sr-only" htmlFor={`comment-${threatId}`}>Comment on {title}</label>
            <textarea
              id={`comment-${threatId}`}
              value={body}
              maxLength={COMMENT_MAX}
              rows={2}
              onChange={(e) => setBody(e.target.value)}
              className="min-h-10 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
              placeholder="Add a comment"
            />
            <Button type="submit" size="sm" variant="secondary" pending={add.pending} disabled={!body.trim()}>Comment</Button>
          </form>
        )}
        {(add.error ?? remove.error) && <Alert tone="error">{(add.error ?? remove.error)!.message}</Alert>}
      </div>
    </details>
  );
}
