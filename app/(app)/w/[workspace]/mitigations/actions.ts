'use server';
import {
  bulkUpdateMitigationsSchema,
  createMitigationSchema,
  deleteMitigationsSchema,
  linkMitigationSchema,
  unlinkMitigationSchema,
  updateMitigationSchema,
} from '@/lib/domain/mitigation';
import { authedAction } from '@/server/authed-action';
import { bulkUpdateMitigations } from '@/server/mitigations/bulk-update-mitigations';
import { createMitigation } from '@/server/mitigations/create-mitigation';
import { deleteMitigations } from '@/server/mitigations/delete-mitigations';
import { linkMitigation } from '@/server/mitigations/link-mitigation';
import { unlinkMitigation } from '@/server/mitigations/unlink-mitigation';
import { updateMitigation } from '@/server/mitigations/update-mitigation';

export const createMitigationAction = authedAction(createMitigationSchema, createMitigation);
export const updateMitigationAction = authedAction(updateMitigationSchema, updateMitigation);
export const bulkUpdateMitigationsAction = authedAction(bulkUpdateMitigationsSchema, bulkUpdateMitigations);
export const deleteMitigationsAction = authedAction(deleteMitigationsSchema, deleteMitigations);
export const linkMitigationAction = authedAction(linkMitigationSchema, linkMitigation);
export const unlinkMitigationAction = authedAction(unlinkMitigationSchema, unlinkMitigation);
