import { redirect } from 'next/navigation';
import { getActor } from '@/server/session';
import { listWorkspaces } from '@/server/workspaces/list-workspaces';

export default async function Home() {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  const workspaces = await listWorkspaces(actor);
  redirect(workspaces.length === 1 ? `/w/${workspaces[0]!.slug}` : '/w');
}
