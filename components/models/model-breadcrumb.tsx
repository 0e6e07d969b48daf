import Link from 'next/link';

/** "Threat models / <model> / <page>" above every tab of a model, plus its page heading. */
export function ModelBreadcrumb({ workspaceSlug, modelId, modelName, current }: { workspaceSlug: string; modelId: string; modelName: string; current: string }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li><Link href={`/w/${workspaceSlug}`} className="hover:underline">Threat models</Link></li>
          <li aria-hidden>/</li>
          <li><Link href={`/w/${workspaceSlug}/models/${modelId}`} className="hover:underline">{modelName}</Link></li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="font-medium text-slate-900">{current}</li>
        </ol>
      </nav>
      <h1 className="sr-only">{modelName} — {current.toLowerCase()}</h1>
    </>
  );
}
