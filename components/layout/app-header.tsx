'use client';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { DropdownMenu } from 'radix-ui';
import { ChevronsUpDown, LogOut, Plus, Check } from 'lucide-react';
import { roleLabels, type Role } from '@/lib/domain/roles';
import { Logo } from './logo';

interface Props {
  user: { name: string | null; email: string };
  workspaces: { slug: string; name: string; role: Role }[];
}

const item =
  'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100';

export function AppHeader({ user, workspaces }: Props) {
  const params = useParams<{ workspace?: string }>();
  const current = workspaces.find((w) => w.slug === params.workspace);
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-4 px-4 sm:px-6 lg:px-8">
        <Link href="/w" aria-label="Threatline — all workspaces">
          <Logo />
        </Link>
        <span className="text-slate-300" aria-hidden>/</span>
        <DropdownMenu.Root>
          <DropdownMenu.Trigger
            className="inline-flex max-w-64 items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
            aria-label={`Switch workspace (current: ${current?.name ?? 'none'})`}
          >
            <span className="truncate">{current?.name ?? 'Workspaces'}</span>
            <ChevronsUpDown className="size-4 shrink-0 text-slate-500" aria-hidden />
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content align="start" sideOffset={6} className="z-50 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
              <DropdownMenu.Label className="px-2 py-1 text-xs font-medium uppercase tracking-wide text-slate-500">
                Your workspaces
              </DropdownMenu.Label>
              {workspaces.map((w) => (
                <DropdownMenu.Item key={w.slug} asChild className={item}>
                  <Link href={`/w/${w.slug}`}>
                    <Check className={`size-4 ${w.slug === current?.slug ? 'opacity-100' : 'opacity-0'}`} aria-hidden />
                    <span className="flex-1 truncate">{w.name}</span>
                    <span className="text-xs text-slate-500">{roleLabels[w.role]}</span>
                  </Link>
                </DropdownMenu.Item>
              ))}
              <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
              <DropdownMenu.Item asChild className={item}>
                <Link href="/w#create-workspace">
                  <Plus className="size-4" aria-hidden /> New workspace
                </Link>
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
        <div className="ml-auto">
          <DropdownMenu.Root>
            <DropdownMenu.Trigger
              className="inline-flex items-center gap-2 rounded-full py-1 pl-1 pr-2 text-sm hover:bg-slate-100"
              aria-label="Account menu"
            >
              <span className="grid size-8 place-items-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700" aria-hidden>
                {(user.name ?? user.email).slice(0, 1).toUpperCase()}
              </span>
              <span className="hidden max-w-40 truncate sm:inline">{user.name ?? user.email}</span>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
                <div className="px-2 py-1.5 text-xs text-slate-500">Signed in as {user.email}</div>
                <DropdownMenu.Item className={item} onSelect={() => void signOut({ callbackUrl: '/sign-in' })}>
                  <LogOut className="size-4" aria-hidden /> Sign out
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
      </div>
    </header>
  );
}
