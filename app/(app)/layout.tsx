import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { getActor } from '@/server/session';
import { listWorkspaces } from '@/server/workspaces/list-workspaces';

// UX only: every page and action below checks access again through the data-access layer.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  const workspaces = await listWorkspaces(actor);
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={{ name: actor.name, email: actor.email }} workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name, role: w.role }))} />
      <main id="main" className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6 sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}
