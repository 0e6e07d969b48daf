import type { Metadata } from 'next';
import { CatalogueBrowser } from '@/components/catalogue/catalogue-browser';
import { catalogueVersion } from '@/lib/catalogue';
import { ruleCatalogue } from '@/lib/rules';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Catalogue' };

export default async function CataloguePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await getActor();
  // The catalogue is the same for everyone, but the page sits in the workspace: members only.
  await pageData(() => getWorkspace(actor, slug), `/w/${slug}/catalogue`);
  // Rules are read here (server side) so the rule engine does not ship to the browser.
  const rules = ruleCatalogue.map((r) => ({ id: r.id, title: r.title, description: r.description, threatIds: [...r.threatIds] }));
  return <CatalogueBrowser rules={rules} version={catalogueVersion} />;
}
