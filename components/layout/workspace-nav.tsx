'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { roleLabels, type Role } from '@/lib/domain/roles';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';

export function WorkspaceNav({ slug, name, role }: { slug: string; name: string; role: Role }) {
  const pathname = usePathname();
  const base = `/w/${slug}`;
  const tabs = [
    { href: base, label: 'Threat models', match: (p: string) => p === base || p.startsWith(`${base}/models`) },
    { href: `${base}/mitigations`, label: 'Mitigations', match: (p: string) => p.startsWith(`${base}/mitigations`) },
    { href: `${base}/dashboard`, label: 'Dashboard', match: (p: string) => p.startsWith(`${base}/dashboard`) },
    { href: `${base}/catalogue`, label: 'Catalogue', match: (p: string) => p.startsWith(`${base}/catalogue`) },
    { href: `${base}/members`, label: 'Members', match: (p: string) => p.startsWith(`${base}/members`) },
    ...(role === 'OWNER'
      ? [
          { href: `${base}/settings`, label: 'Settings', match: (p: string) => p.startsWith(`${base}/settings`) },
          { href: `${base}/audit`, label: 'Audit log', match: (p: string) => p.startsWith(`${base}/audit`) },
        ]
      : []),
  ];
  return (
    <div className="border-b border-slate-200">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-semibold text-slate-900">{name}</h1>
        <Badge tone={role === 'OWNER' ? 'brand' : 'neutral'}>{roleLabels[role]}</Badge>
        {role === 'VIEWER' && <span className="text-xs text-slate-500">Read-only access</span>}
      </div>
      <nav aria-label="Workspace" className="-mb-px mt-3 flex gap-1 overflow-x-auto">
        {tabs.map((t) => {
          const active = t.match(pathname);
          return (
            <Link
              key={t.href}
              href={t.href}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium',
                active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900',
              )}
            >
              {t.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
