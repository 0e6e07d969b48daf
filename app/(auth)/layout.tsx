import Link from 'next/link';
import type { ReactNode } from 'react';
import { Logo } from '@/components/layout/logo';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12">
      <Link href="/" className="mb-8" aria-label="Threatline home">
        <Logo />
      </Link>
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        {children}
      </main>
      <p className="mt-6 max-w-md text-center text-xs text-slate-500">
        Threatline — threat modelling for AI systems, from data to deployment.
      </p>
    </div>
  );
}
