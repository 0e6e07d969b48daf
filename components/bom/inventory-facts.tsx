import { inventoryFactLabels, type InventoryFacts, type InventoryRow } from '@/lib/exchange/ai-inventory';

const shown: Record<InventoryRow['type'], (keyof InventoryFacts)[]> = {
  model: ['modelName', 'version', 'supplier', 'licence', 'format', 'hash', 'scanned', 'signed', 'source', 'provenance'],
  dataset: ['datasetName', 'origin', 'personalData', 'licence', 'classification', 'supplier', 'source'],
  service: ['modelName', 'provider', 'region', 'format'],
};

const isHttp = (v: string) => /^https?:\/\//i.test(v);

/** The recorded facts of one inventory row as a compact definition list. */
export function InventoryFactList({ row }: { row: InventoryRow }) {
  const keys = shown[row.type].filter((k) => row.facts[k]);
  if (keys.length === 0) return <span className="text-slate-500">Nothing recorded</span>;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
      {keys.map((k) => {
        const value = row.facts[k]!;
        return (
          <div key={k} className="contents">
            <dt className="text-slate-500">{inventoryFactLabels[k]}</dt>
            <dd className="truncate text-slate-900" title={value}>
              {k === 'source' && isHttp(value) ? (
                <a href={value} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">{value}</a>
              ) : value}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
