import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from './audit/list-audit-events';
import { applyCanvasOps } from './canvas/apply-canvas-ops';
import { getCanvas } from './canvas/get-canvas';
import { getDb } from './db';
import { AppError } from './errors';
import { acceptInvitation } from './invitations/accept-invitation';
import { createInvitation } from './invitations/create-invitation';
import { getInvitation } from './invitations/get-invitation';
import { listInvitations } from './invitations/list-invitations';
import { revokeInvitation } from './invitations/revoke-invitation';
import { changeMemberRole } from './members/change-member-role';
import { listMembers } from './members/list-members';
import { removeMember } from './members/remove-member';
import { createModel } from './models/create-model';
import { deleteModel } from './models/delete-model';
import { duplicateModel } from './models/duplicate-model';
import { getModel } from './models/get-model';
import { listModels } from './models/list-models';
import { updateModel } from './models/update-model';
import { acceptSuggestions } from './suggestions/accept-suggestions';
import { dismissSuggestions } from './suggestions/dismiss-suggestions';
import { listSuggestions } from './suggestions/list-suggestions';
import { reopenSuggestions } from './suggestions/reopen-suggestions';
import { runModelRules } from './suggestions/run-model-rules';
import { getDashboard } from './dashboard/get-dashboard';
import { exportModel } from './exports/export-model';
import { getReportJob } from './reports/get-report-job';
import { getReportPdf } from './reports/get-report-pdf';
import { startReportJob } from './reports/start-report-job';
import { exportAiBom } from './bom/export-ai-bom';
import { getAiInventory } from './bom/get-ai-inventory';
import { importModel } from './exports/import-model';
import { getImportJob } from './imports/get-import-job';
import { importForeignModel } from './imports/import-foreign-model';
import { previewImport } from './imports/preview-import';
import { startImportJob } from './imports/start-import-job';
import { bulkUpdateMitigations } from './mitigations/bulk-update-mitigations';
import { createMitigation } from './mitigations/create-mitigation';
import { deleteMitigations } from './mitigations/delete-mitigations';
import { getMitigation } from './mitigations/get-mitigation';
import { linkMitigation } from './mitigations/link-mitigation';
import { listMitigations } from './mitigations/list-mitigations';
import { unlinkMitigation } from './mitigations/unlink-mitigation';
import { updateMitigation } from './mitigations/update-mitigation';
import { openModelStream } from './realtime/open-model-stream';
import { updatePresence } from './realtime/update-presence';
import { createWorld, personas, type Persona, type World } from './test-world';
import { bulkUpdateThreats } from './threats/bulk-update-threats';
import { createThreat } from './threats/create-threat';
import { deleteThreats } from './threats/delete-threats';
import { listThreats } from './threats/list-threats';
import { updateThreat } from './threats/update-threat';
import { signUp } from './users/sign-up';
import { createWorkspace } from './workspaces/create-workspace';
import { getWorkspace } from './workspaces/get-workspace';
import { listWorkspaces } from './workspaces/list-workspaces';
import { renameWorkspace } from './workspaces/rename-workspace';
import type { Actor } from './actor';
import { addComment } from './comments/add-comment';
import { deleteComment } from './comments/delete-comment';
import { listComments } from './comments/list-comments';
import { getChangesSinceSnapshot } from './snapshots/get-changes-since-snapshot';
import { getSnapshot } from './snapshots/get-snapshot';
import { listSnapshots } from './snapshots/list-snapshots';
import { addWorkshop } from './workshop-test-world';
import { acceptWorkshopSuggestion } from './workshops/accept-workshop-suggestion';
import { addParkingLotItem } from './workshops/add-parking-lot-item';
import { addWorkshopDecision } from './workshops/add-workshop-decision';
import { addWorkshopThreat } from './workshops/add-workshop-threat';
import { castWorkshopVote } from './workshops/cast-workshop-vote';
import { endWorkshop } from './workshops/end-workshop';
import { getWorkshop } from './workshops/get-workshop';
import { joinWorkshop } from './workshops/join-workshop';
import { listWorkshops } from './workshops/list-workshops';
import { moveWorkshopStage } from './workshops/move-workshop-stage';
import { resolveParkingLotItem } from './workshops/resolve-parking-lot-item';
import { revealWorkshopVotes } from './workshops/reveal-workshop-votes';
import { startWorkshop } from './workshops/start-workshop';

type Outcome = 'ok' | 401 | 403 | 404 | 409;
type Row = [anonymous: Outcome, outsider: Outcome, viewer: Outcome, editor: Outcome, owner: Outcome];

interface Case {
  expect: Row;
  /** Mutations must leave an audit event when they succeed. */
  writes?: true;
  call: (actor: Actor | null, w: World) => Promise<unknown>;
}

const READ: Row = [401, 404, 'ok', 'ok', 'ok'];
const EDIT: Row = [401, 404, 403, 'ok', 'ok'];
const OWN: Row = [401, 404, 403, 403, 'ok'];
const SIGNED_IN: Row = [401, 'ok', 'ok', 'ok', 'ok'];

/** Every data-access function, called as every persona. Keys must match the exported names. */
const matrix: Record<string, Case> = {
  // Live channel: presence rows are ephemeral connection state, not audited changes.
  openModelStream: {
    expect: READ,
    call: async (a, w) => {
      const abort = new AbortController();
      const stream = await openModelStream(a, { modelId: w.model.id, view: 'canvas' }, abort.signal);
      abort.abort();
      await stream.cancel();
    },
  },
  updatePresence: {
    expect: EDIT,
    call: async (a, w) => {
      const abort = new AbortController();
      const stream = await openModelStream(a, { modelId: w.model.id, view: 'canvas' }, abort.signal);
      const reader = stream.getReader();
      const first = new TextDecoder().decode((await reader.read()).value) + new TextDecoder().decode((await reader.read()).value);
      const connectionId = /"connectionId":"([^"]+)"/.exec(first)![1]!;
      try {
        return await updatePresence(a, { modelId: w.model.id, connectionId, view: 'canvas', editing: { type: 'element', id: 'e1' } });
      } finally {
        abort.abort();
        await reader.cancel();
      }
    },
  },
  listWorkspaces: { expect: SIGNED_IN, call: (a) => listWorkspaces(a) },
  getWorkspace: { expect: READ, call: (a, w) => getWorkspace(a, w.workspace.slug) },
  createWorkspace: { writes: true, expect: SIGNED_IN, call: (a) => createWorkspace(a, { name: 'New one' }) },
  renameWorkspace: { writes: true, expect: OWN, call: (a, w) => renameWorkspace(a, { workspaceId: w.workspace.id, name: 'Renamed', version: 1 }) },
  listMembers: { expect: READ, call: (a, w) => listMembers(a, w.workspace.id) },
  changeMemberRole: {
    writes: true, expect: OWN,
    call: (a, w) => changeMemberRole(a, { workspaceId: w.workspace.id, membershipId: w.memberships.other.id, role: 'EDITOR', version: 1 }),
  },
  removeMember: { writes: true, expect: OWN, call: (a, w) => removeMember(a, { workspaceId: w.workspace.id, membershipId: w.memberships.other.id }) },
  listInvitations: { expect: OWN, call: (a, w) => listInvitations(a, w.workspace.id) },
  createInvitation: { writes: true, expect: OWN, call: (a, w) => createInvitation(a, { workspaceId: w.workspace.id, email: '', role: 'VIEWER' }) },
  revokeInvitation: { writes: true, expect: OWN, call: (a, w) => revokeInvitation(a, { workspaceId: w.workspace.id, invitationId: w.invitationToRevoke.id }) },
  // The token is the capability: anyone signed in who holds it may see and accept the invitation.
  getInvitation: { expect: SIGNED_IN, call: (a, w) => getInvitation(a, w.invitation.token) },
  acceptInvitation: { writes: true, expect: [401, 'ok', 409, 409, 409], call: (a, w) => acceptInvitation(a, w.invitation.token) },
  listModels: { expect: READ, call: (a, w) => listModels(a, w.workspace.id) },
  getModel: { expect: READ, call: (a, w) => getModel(a, w.model.id) },
  createModel: { writes: true, expect: EDIT, call: (a, w) => createModel(a, { workspaceId: w.workspace.id, name: 'Another', description: '' }) },
  updateModel: { writes: true, expect: EDIT, call: (a, w) => updateModel(a, { modelId: w.model.id, version: 1, name: 'Renamed model' }) },
  duplicateModel: { writes: true, expect: EDIT, call: (a, w) => duplicateModel(a, { modelId: w.model.id }) },
  deleteModel: { writes: true, expect: EDIT, call: (a, w) => deleteModel(a, { modelId: w.model.id, confirmName: 'Credit model' }) },
  getCanvas: { expect: READ, call: (a, w) => getCanvas(a, w.model.id) },
  applyCanvasOps: {
    writes: true,
    expect: EDIT,
    call: (a, w) =>
      applyCanvasOps(a, {
        modelId: w.model.id,
        baseRevision: 0,
        ops: [{ type: 'element.add', element: { id: randomUUID(), kind: 'data-source', name: 'S3 bucket', description: '', boundaryId: null, x: 0, y: 0, properties: {} } }],
      }),
  },
  listSuggestions: { expect: READ, call: (a, w) => listSuggestions(a, w.model.id) },
  runModelRules: { writes: true, expect: EDIT, call: (a, w) => runModelRules(a, w.model.id) },
  acceptSuggestions: { writes: true, expect: EDIT, call: (a, w) => acceptSuggestions(a, { modelId: w.model.id, suggestionIds: [w.suggestions.open.id] }) },
  dismissSuggestions: {
    writes: true,
    expect: EDIT,
    call: (a, w) => dismissSuggestions(a, { modelId: w.model.id, suggestionIds: [w.suggestions.open2.id], reason: 'Compensated elsewhere' }),
  },
  reopenSuggestions: { writes: true, expect: EDIT, call: (a, w) => reopenSuggestions(a, { modelId: w.model.id, suggestionIds: [w.suggestions.dismissed.id] }) },
  listThreats: { expect: READ, call: (a, w) => listThreats(a, w.model.id) },
  createThreat: { writes: true, expect: EDIT, call: (a, w) => createThreat(a, { modelId: w.model.id, target: { type: 'model' }, catalogueId: 'TL-AI-002' }) },
  updateThreat: { writes: true, expect: EDIT, call: (a, w) => updateThreat(a, { threatId: w.threat.id, version: 1, changes: { status: 'mitigating', likelihood: 4 } }) },
  bulkUpdateThreats: { writes: true, expect: EDIT, call: (a, w) => bulkUpdateThreats(a, { modelId: w.model.id, threatIds: [w.threat.id], changes: { status: 'accepted' } }) },
  deleteThreats: { writes: true, expect: EDIT, call: (a, w) => deleteThreats(a, { modelId: w.model.id, threatIds: [w.threat.id] }) },
  listMitigations: { expect: READ, call: (a, w) => listMitigations(a, { workspaceId: w.workspace.id }) },
  getMitigation: { expect: READ, call: (a, w) => getMitigation(a, w.mitigation.id) },
  createMitigation: { writes: true, expect: EDIT, call: (a, w) => createMitigation(a, { modelId: w.model.id, catalogueId: 'TL-M-001', threatIds: [w.threat.id] }) },
  updateMitigation: { writes: true, expect: EDIT, call: (a, w) => updateMitigation(a, { mitigationId: w.mitigation.id, version: 1, changes: { status: 'planned', dueDate: '2026-12-31' } }) },
  bulkUpdateMitigations: {
    writes: true,
    expect: EDIT,
    call: (a, w) => bulkUpdateMitigations(a, { workspaceId: w.workspace.id, mitigationIds: [w.mitigation.id, w.looseMitigation.id], changes: { ownerId: w.users.editor.id } }),
  },
  deleteMitigations: { writes: true, expect: EDIT, call: (a, w) => deleteMitigations(a, { workspaceId: w.workspace.id, mitigationIds: [w.looseMitigation.id] }) },
  linkMitigation: { writes: true, expect: EDIT, call: (a, w) => linkMitigation(a, { threatId: w.threat.id, mitigationId: w.looseMitigation.id, likelihoodReduction: 1, impactReduction: 0 }) },
  unlinkMitigation: { writes: true, expect: EDIT, call: (a, w) => unlinkMitigation(a, { threatId: w.threat.id, mitigationId: w.mitigation.id }) },
  getDashboard: { expect: READ, call: (a, w) => getDashboard(a, { workspaceId: w.workspace.id, modelId: w.model.id }) },
  exportModel: { expect: READ, call: (a, w) => exportModel(a, w.model.id) },
  // Reports render in a worker; the call waits for the job so nothing outlives the test.
  startReportJob: {
    expect: READ,
    call: async (a, w) => {
      const job = await startReportJob(a, w.model.id, { sections: ['cover', 'summary'], includeDismissed: false });
      for (let i = 0; i < 600; i++) {
        const s = await getReportJob(a, w.model.id, job.id);
        if (s.state === 'done' || s.state === 'failed') return s;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('report job did not finish');
    },
  },
  // Jobs belong to whoever started them: an unknown or foreign job id is a 404 for everyone.
  getReportJob: { expect: [401, 404, 404, 404, 404], call: (a, w) => getReportJob(a, w.model.id, 'not-a-job') },
  getReportPdf: { expect: [401, 404, 404, 404, 404], call: (a, w) => getReportPdf(a, w.model.id, 'not-a-job') },
  exportAiBom: { expect: READ, call: (a, w) => exportAiBom(a, w.model.id) },
  getAiInventory: { expect: READ, call: (a, w) => getAiInventory(a, w.model.id) },
  importModel: {
    writes: true,
    expect: EDIT,
    call: async (a, w) => importModel(a, { workspaceId: w.workspace.id, document: await exportModel(w.actors.owner, w.model.id) }),
  },
  // Imports of any supported format: the world's model exported as the file.
  previewImport: { expect: EDIT, call: async (a, w) => previewImport(a, { workspaceId: w.workspace.id, content: JSON.stringify(await exportModel(w.actors.owner, w.model.id)) }) },
  importForeignModel: {
    writes: true,
    expect: EDIT,
    call: async (a, w) => importForeignModel(a, { workspaceId: w.workspace.id, content: JSON.stringify(await exportModel(w.actors.owner, w.model.id)) }),
  },
  // Jobs run in the background; the call waits for the job so its audit event is counted.
  startImportJob: {
    writes: true,
    expect: EDIT,
    call: async (a, w) => {
      const job = await startImportJob(a, { workspaceId: w.workspace.id, content: JSON.stringify(await exportModel(w.actors.owner, w.model.id)) });
      for (let i = 0; i < 600; i++) {
        const s = await getImportJob(a, w.workspace.id, job.id);
        if (s.state === 'done') return s;
        if (s.state === 'failed') throw new Error(s.error?.message);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('import job did not finish');
    },
  },
  // Jobs belong to whoever started them: an unknown or foreign job id is a 404 for everyone.
  getImportJob: { expect: [401, 404, 404, 404, 404], call: (a, w) => getImportJob(a, w.workspace.id, '00000000-0000-4000-8000-000000000000') },
  // Workshops: the world's workshop is facilitated by the editor (facilitator-only steps are EDIT
  // rows: the facilitator and owners). Attendance is reading, so viewers join; votes are contributions.
  startWorkshop: { writes: true, expect: EDIT, call: (a, w) => startWorkshop(a, { modelId: w.model.id, title: 'Kick-off', agendaMode: 'flow', timeboxMinutes: 10 }) },
  joinWorkshop: { writes: true, expect: READ, call: async (a, w) => joinWorkshop(a, (await addWorkshop(w)).workshop.id) },
  getWorkshop: { expect: READ, call: async (a, w) => getWorkshop(a, (await addWorkshop(w)).workshop.id) },
  listWorkshops: { expect: READ, call: async (a, w) => (await addWorkshop(w), listWorkshops(a, w.model.id)) },
  moveWorkshopStage: { writes: true, expect: EDIT, call: async (a, w) => moveWorkshopStage(a, { workshopId: (await addWorkshop(w)).workshop.id, index: 1 }) },
  castWorkshopVote: {
    writes: true, expect: EDIT,
    call: async (a, w) => castWorkshopVote(a, { workshopId: (await addWorkshop(w)).workshop.id, threatId: w.threat.id, likelihood: 4, impact: 2 }),
  },
  revealWorkshopVotes: { writes: true, expect: EDIT, call: async (a, w) => revealWorkshopVotes(a, { workshopId: (await addWorkshop(w)).workshop.id, threatId: w.threat.id }) },
  addWorkshopThreat: {
    writes: true, expect: EDIT,
    call: async (a, w) => {
      const x = await addWorkshop(w);
      return addWorkshopThreat(a, { workshopId: x.workshop.id, target: { type: 'element', id: x.elements.store.id }, catalogueId: 'TL-AI-001' });
    },
  },
  acceptWorkshopSuggestion: {
    writes: true, expect: EDIT,
    call: async (a, w) => acceptWorkshopSuggestion(a, { workshopId: (await addWorkshop(w)).workshop.id, suggestionId: w.suggestions.open.id }),
  },
  addParkingLotItem: { writes: true, expect: EDIT, call: async (a, w) => addParkingLotItem(a, { workshopId: (await addWorkshop(w)).workshop.id, text: 'Is the lake versioned?' }) },
  resolveParkingLotItem: { writes: true, expect: EDIT, call: async (a, w) => resolveParkingLotItem(a, { itemId: (await addWorkshop(w)).parked.id, resolved: true, version: 1 }) },
  addWorkshopDecision: { writes: true, expect: EDIT, call: async (a, w) => addWorkshopDecision(a, { workshopId: (await addWorkshop(w)).workshop.id, text: 'Out of scope: the CDN.' }) },
  endWorkshop: { writes: true, expect: EDIT, call: async (a, w) => endWorkshop(a, { workshopId: (await addWorkshop(w)).workshop.id }) },
  listSnapshots: { expect: READ, call: async (a, w) => (await addWorkshop(w), listSnapshots(a, w.model.id)) },
  getSnapshot: { expect: READ, call: async (a, w) => getSnapshot(a, (await addWorkshop(w)).snapshot.id) },
  getChangesSinceSnapshot: { expect: READ, call: async (a, w) => (await addWorkshop(w), getChangesSinceSnapshot(a, w.model.id)) },
  addComment: { writes: true, expect: EDIT, call: (a, w) => addComment(a, { threatId: w.threat.id, body: 'Seen this before.' }) },
  listComments: { expect: READ, call: async (a, w) => (await addWorkshop(w), listComments(a, { modelId: w.model.id })) },
  // Comments are deleted by their author only (the world's comment is the editor's).
  deleteComment: { writes: true, expect: [401, 404, 403, 'ok', 403], call: async (a, w) => deleteComment(a, { commentId: (await addWorkshop(w)).comment.id }) },
  listAuditEvents: { expect: OWN, call: (a, w) => listAuditEvents(a, { workspaceId: w.workspace.id, limit: 50 }) },
  // Public by design (listed in public-routes.ts): it takes no actor.
  signUp: {
    writes: true, expect: ['ok', 'ok', 'ok', 'ok', 'ok'],
    call: (_a, w) => signUp({ name: 'New', email: `new-${w.model.id}-${Math.random()}@example.test`, password: 'a long enough passphrase' }, `10.0.0.${Math.floor(Math.random() * 250)}`),
  },
};

async function outcome(fn: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    await fn();
    return 'ok';
  } catch (e) {
    if (e instanceof AppError) return e.status as Outcome;
    return `unexpected: ${(e as Error).message}`;
  }
}

/** Names of all functions exported by server/<area>/<verb-noun>.ts modules (the data-access layer). */
function dataAccessFunctions(): string[] {
  const root = path.resolve(__dirname);
  // Helpers used inside data-access functions, and the sign-in check (tested in auth/credentials.test.ts).
  const internal = new Set([
    'invitations/find-invitation.ts', 'members/owner-guard.ts', 'auth/password.ts', 'auth/credentials.ts',
    'canvas/load-graph.ts', 'canvas/write-graph-changes.ts', 'canvas/insert-graph.ts',
    'suggestions/reconcile.ts', 'threats/target-names.ts', 'threats/catalogue-data.ts', 'threats/assert-owner.ts',
    'threats/status-history.ts', 'threats/edit-conflict.ts', 'mitigations/history.ts', 'mitigations/apply-mitigation-changes.ts',
    'reports/render-queue.ts', 'reports/job-store.ts',
    'realtime/hub.ts', 'realtime/record-event.ts', 'realtime/presence-store.ts', 'realtime/limits.ts',
    'exports/build-model-document.ts', 'snapshots/snapshot-store.ts', 'workshops/workshop-access.ts',
    'exports/insert-model-contents.ts', 'imports/convert-upload.ts', 'imports/convert-off-thread.ts', 'imports/owner-notes.ts', 'imports/import-access.ts', 'imports/import-job-store.ts',
  ]);
  const names: string[] = [];
  for (const area of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(path.join(root, area.name))) {
      const rel = `${area.name}/${file}`;
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || internal.has(rel)) continue;
      names.push(file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
    }
  }
  return names.sort();
}

describe('authorization matrix', () => {
  it('covers every data-access function', () => {
    expect(Object.keys(matrix).sort()).toEqual(dataAccessFunctions());
  });

  for (const [name, c] of Object.entries(matrix)) {
    describe(name, () => {
      const results: Partial<Record<Persona, Outcome | string>> = {};
      const auditDelta: Partial<Record<Persona, number>> = {};
      beforeAll(async () => {
        // A fresh world per persona: allowed calls change state (delete, accept, rename...).
        for (const persona of personas) {
          const w = await createWorld();
          const before = await getDb().auditEvent.count();
          results[persona] = await outcome(() => c.call(w.actors[persona], w));
          auditDelta[persona] = (await getDb().auditEvent.count()) - before;
        }
      });
      personas.forEach((persona, i) => {
        const expected = c.expect[i];
        it(`${persona} → ${expected}`, () => {
          expect(results[persona]).toBe(expected);
          // A refused call leaves no trace but its refusal: no audit event, so no write.
          if (expected !== 'ok') expect(auditDelta[persona]).toBe(0);
          else if (c.writes) expect(auditDelta[persona]).toBeGreaterThan(0);
          else expect(auditDelta[persona]).toBe(0);
        });
      });
    });
  }
});
