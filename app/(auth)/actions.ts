'use server';
import { headers } from 'next/headers';
import { signUpSchema } from '@/lib/validation/auth';
import { invitationTokenSchema } from '@/lib/domain/workspace';
import { authedAction, publicAction } from '@/server/authed-action';
import { clientIp } from '@/server/client-ip';
import { acceptInvitation } from '@/server/invitations/accept-invitation';
import { signUp } from '@/server/users/sign-up';

export const signUpAction = publicAction('signUpAction', signUpSchema, async (_actor, input) =>
  signUp(input, clientIp(await headers())),
);

export const acceptInvitationAction = authedAction(invitationTokenSchema, (actor, input) =>
  acceptInvitation(actor, input.token),
);
