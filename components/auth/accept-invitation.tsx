'use client';
import { useRouter } from 'next/navigation';
import { acceptInvitationAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const action = useAction(acceptInvitationAction);
  return (
    <div className="space-y-3">
      {action.error && <Alert tone="error">{action.error.message}</Alert>}
      <Button
        pending={action.pending}
        onClick={() => action.run({ token }, (data) => router.push(`/w/${data.workspaceSlug}`))}
      >
        Accept invitation
      </Button>
    </div>
  );
}
