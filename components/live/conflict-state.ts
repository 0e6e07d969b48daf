import { hasMergeLabels, mergeTemplate, type ConflictChoice } from '@/lib/domain/field-merge';

// The conflict dialog's state as a pure reducer: one choice per conflicting field and the text of
// each hand merge (kept when the user switches away from "merge" and back).

export type ChoiceKind = ConflictChoice['choice'];

/** What the dialog needs to know of one conflicting field. */
export interface ConflictItem {
  key: string;
  label: string;
  theirs: unknown;
  mine: unknown;
  by: { name: string } | null;
  at: string | null;
  mergeable: boolean;
}

export interface ConflictDialogState {
  choices: Readonly<Record<string, ChoiceKind>>;
  merged: Readonly<Record<string, string>>;
}

export type ConflictDialogAction =
  | { type: 'choose'; item: ConflictItem; choice: ChoiceKind }
  | { type: 'edit'; key: string; text: string };

export const initialConflictState: ConflictDialogState = { choices: {}, merged: {} };

export function theirName(item: Pick<ConflictItem, 'by'>): string {
  return item.by?.name ?? 'someone else';
}

export function conflictDialogReducer(state: ConflictDialogState, action: ConflictDialogAction): ConflictDialogState {
  switch (action.type) {
    case 'choose': {
      const { item, choice } = action;
      if (choice === 'merge' && !item.mergeable) return state;
      const choices = { ...state.choices, [item.key]: choice };
      const merged = choice === 'merge' && state.merged[item.key] === undefined ? { ...state.merged, [item.key]: mergeTemplate(item.theirs, item.mine, theirName(item)) } : state.merged;
      return { choices, merged };
    }
    case 'edit':
      return { ...state, merged: { ...state.merged, [action.key]: action.text } };
  }
}

/** Why the choices cannot be applied yet, per field (empty when they can). */
export function conflictProblems(state: ConflictDialogState, items: readonly ConflictItem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const choice = state.choices[item.key];
    if (!choice) out[item.key] = `Choose which ${item.label.toLowerCase()} to keep.`;
    else if (choice === 'merge') {
      const text = state.merged[item.key] ?? '';
      if (!text.trim()) out[item.key] = `The merged ${item.label.toLowerCase()} is empty.`;
      else if (hasMergeLabels(text)) out[item.key] = 'Remove the [Version by …] and [Your version] labels once you have merged the text.';
    }
  }
  return out;
}

/** The user's choices in the terms resolveEdit takes. */
export function conflictChoices(state: ConflictDialogState, items: readonly ConflictItem[]): Record<string, ConflictChoice> {
  const out: Record<string, ConflictChoice> = {};
  for (const item of items) {
    const choice = state.choices[item.key];
    if (choice === 'merge') out[item.key] = { choice: 'merge', text: state.merged[item.key] ?? '' };
    else if (choice) out[item.key] = { choice };
  }
  return out;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy" — who changed the fields. */
export function whoChanged(items: readonly Pick<ConflictItem, 'by'>[]): string {
  const names = [...new Set(items.map((i) => i.by?.name ?? 'someone else'))];
  if (names.length <= 1) return names[0] ?? 'someone else';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
