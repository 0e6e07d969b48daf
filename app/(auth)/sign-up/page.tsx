import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeRedirectPath } from '@/lib/util/safe-redirect';
import { getActor } from '@/server/session';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl, '/w');
  if (await getActor()) redirect(callbackUrl);
  return <SignUpForm callbackUrl={callbackUrl} />;
}
