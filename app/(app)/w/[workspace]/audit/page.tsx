import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/audit/audit-table';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { idSchema } from '@/lib/validation/common';
import { listAuditEvents } from '@/server/audit/list-audit-events';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { workspace: slug } = await params;
  const cursorParam = (await searchParams).cursor;
  const cursor = idSchema.safeParse(cursorParam).success ? cursorParam : undefined;
  const actor = await getActor();
  const ws = await pageData(() => getWorkspace(actor, slug), `/w/${slug}/audit`);
  if (ws.role !== 'OWNER') {
    return <Alert tone="info" title="Only owners can read the audit log." />;
  }
  const page = await pageData(() => listAuditEvents(actor, { workspaceId: ws.id, cursor, limit: 50 }));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Every change in this workspace: who did it, when, and what it was before and after. Newest first.{' '}
        <a className="text-brand-700 underline" href={`/api/v1/workspaces/${ws.id}/audit?limit=200`}>Download as JSON</a>
      </p>
      {page.events.length === 0 ? (
        <EmptyState title="No events yet" />
      ) : (
        <AuditTable events={page.events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))} />
      )}
      <div className="flex gap-3">
        {cursor && <Link className="text-sm text-brand-700 underline" href={`/w/${slug}/audit`}>Newest events</Link>}
        {page.nextCursor && (
          <Link className="text-sm text-brand-700 underline" href={`/w/${slug}/audit?cursor=${page.nextCursor}`}>
            Older events
          </Link>
        )}
      </div>
    </div>
  );
}
