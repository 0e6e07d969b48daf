import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">It does not exist, or you do not have access to it.</p>
      <Link href="/" className="text-brand-600 underline underline-offset-4">
        Go to your workspaces
      </Link>
    </main>
  );
}
