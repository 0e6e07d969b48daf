'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { signUpAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { PASSWORD_MIN } from '@/lib/validation/auth';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const action = useAction(signUpAction);
  const [signInError, setSignInError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    action.run(input, async () => {
      setSigningIn(true);
      const result = await signIn('credentials', { email: input.email, password: input.password, redirect: false });
      if (!result || result.error) {
        setSigningIn(false);
        setSignInError('Your account was created, but signing in failed. Please sign in.');
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  const fe = action.fieldErrors;
  const formError = action.error && !Object.keys(fe).some((k) => k !== '_form') ? action.error.message : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">Create your Threatline account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Already have one?{' '}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="text-brand-600 underline underline-offset-4">
            Sign in
          </Link>
        </p>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      {signInError && <Alert tone="warning">{signInError}</Alert>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label="Name" name="name" autoComplete="name" required error={fe.name} autoFocus />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={fe.email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          error={fe.password}
          hint={`At least ${PASSWORD_MIN} characters. A passphrase of a few unrelated words works well.`}
        />
        <Button type="submit" className="w-full" pending={action.pending || signingIn}>
          Create account
        </Button>
      </form>
    </div>
  );
}
