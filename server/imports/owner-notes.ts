import 'server-only';
import type { ModelDocument } from '@/lib/exchange/model-document';
import type { ImportNote } from '@/lib/interop/types';
import type { UserLookup } from '../exports/insert-model-contents';

/** Owners named in the file who are not members of the workspace: their rows stay unassigned. */
export function ownerNotes(doc: ModelDocument, userId: UserLookup): ImportNote[] {
  const missing = new Set<string>();
  for (const row of [...doc.threats, ...doc.mitigations]) if (row.owner && !userId(row.owner.email)) missing.add(row.owner.email);
  return [...missing].sort().map((email) => ({ subject: `Owner ${email}`, detail: 'Not a member of this workspace: the threats and mitigations they own are left unassigned.' }));
}
