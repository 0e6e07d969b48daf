'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

const tabs = [
  { path: '', label: 'Overview' },
  { path: '/canvas', label: 'Canvas' },
  { path: '/threats', label: 'Threats' },
  { path: '/mitigations', label: 'Mitigations' },
  { path: '/dashboard', label: 'Dashboard' },
  { path: '/bom', label: 'AI BoM' },
  { path: '/report', label: 'Report' },
  { path: '/workshop', label: 'Workshop' },
];

export function ModelTabs({ base }: { base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Threat model" className="flex gap-1 rounded-lg bg-slate-100 p-1 text-sm w-fit">
      {tabs.map((t) => {
        const href = `${base}${t.path}`;
        const active = pathname === href;
        return (
          <Link
            key={t.label}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn('rounded-md px-3 py-1.5 font-medium', active ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
