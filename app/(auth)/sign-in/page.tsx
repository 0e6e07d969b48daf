import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeRedirectPath } from '@/lib/util/safe-redirect';
import { externalProviders } from '@/server/auth';
import { getActor } from '@/server/session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, '/');
  if (await getActor()) redirect(callbackUrl);
  return <SignInForm callbackUrl={callbackUrl} providers={externalProviders()} initialError={params.error ?? null} />;
}
