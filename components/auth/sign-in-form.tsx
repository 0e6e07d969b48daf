'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';

const oauthErrors: Record<string, string> = {
  OAuthAccountNotLinked: 'That email is already registered with a password. Sign in with your password.',
  AccessDenied: 'Access was denied.',
  Configuration: 'Sign-in is not configured correctly. Contact your administrator.',
};

export function SignInForm({
  callbackUrl,
  providers,
  initialError,
}: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
  initialError: string | null;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(
    initialError ? (oauthErrors[initialError] ?? 'Sign-in failed. Please try again.') : null,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (!result || result.error) {
        setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Incorrect email or password.');
        setPending(false);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
      setPending(false);
    }
  }

  const signUpHref = callbackUrl !== '/' ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-up';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">Sign in to Threatline</h1>
        <p className="mt-1 text-sm text-slate-600">
          New here?{' '}
          <Link href={signUpHref} className="text-brand-600 underline underline-offset-4">
            Create an account
          </Link>
        </p>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full" pending={pending}>
          Sign in
        </Button>
      </form>
      {providers.length > 0 && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          {providers.map((p) => (
            <Button key={p.id} variant="secondary" className="w-full" onClick={() => void signIn(p.id, { callbackUrl })}>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
