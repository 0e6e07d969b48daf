import { referenceName, type ReferenceFramework } from '@/lib/catalogue';

export const frameworkLabels: Record<ReferenceFramework, string> = {
  atlas: 'MITRE ATLAS',
  owaspLlm: 'OWASP LLM Top 10',
  owaspAgentic: 'OWASP Agentic Top 10',
  owaspMl: 'OWASP ML Top 10',
  nist: 'NIST AI 100-2',
  k8s: 'Kubernetes',
  supplyChain: 'Supply chain',
};

/** Framework references with their official names. */
export function ReferencesList({ references }: { references: Partial<Record<ReferenceFramework, readonly string[]>> }) {
  const groups = (Object.entries(references) as [ReferenceFramework, readonly string[] | undefined][]).filter(([, ids]) => ids?.length);
  if (!groups.length) return null;
  return (
    <dl className="grid gap-1 text-xs sm:grid-cols-[9rem_1fr]">
      {groups.map(([key, ids]) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-600">{frameworkLabels[key] ?? key}</dt>
          <dd className="text-slate-700">
            {ids!.map((id, i) => {
              const name = referenceName(key, id);
              return (
                <span key={id}>
                  {i > 0 && '; '}
                  <span className="font-mono">{id}</span>
                  {name && <> {name}</>}
                </span>
              );
            })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
