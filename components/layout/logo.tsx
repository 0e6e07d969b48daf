export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold text-slate-900">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <rect width="32" height="32" rx="7" fill="#1f57d1" />
        <path d="M7 22 L13 14 L18 19 L25 9" stroke="white" strokeWidth="2.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="25" cy="9" r="2.5" fill="#fbbf24" />
      </svg>
      {!compact && <span className="text-lg tracking-tight">Threatline</span>}
    </span>
  );
}
