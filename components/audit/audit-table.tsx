import { dateTime } from '@/lib/util/format';

interface Event {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: string | null;
  before: unknown;
  after: unknown;
  createdAt: string;
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-400">—</span>;
  return <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-xs text-slate-700">{JSON.stringify(value, null, 1)}</pre>;
}

export function AuditTable({ events }: { events: Event[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">When</th>
            <th scope="col" className="px-4 py-3 font-medium">Who</th>
            <th scope="col" className="px-4 py-3 font-medium">Action</th>
            <th scope="col" className="px-4 py-3 font-medium">Before</th>
            <th scope="col" className="px-4 py-3 font-medium">After</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {events.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{dateTime(e.createdAt)}</td>
              <td className="px-4 py-3">{e.actor ?? <span className="text-slate-400">deleted user</span>}</td>
              <td className="px-4 py-3">
                <code className="rounded bg-slate-100 px-1">{e.action}</code>
                <div className="text-xs text-slate-500">{e.entityType} {e.entityId}</div>
              </td>
              <td className="px-4 py-3"><Json value={e.before} /></td>
              <td className="px-4 py-3"><Json value={e.after} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
