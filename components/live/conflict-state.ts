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
  /**
   * Whose side deleted the record the field belongs to. 'theirs': my change cannot be applied, so
   * keeping theirs is the only choice. 'mine': keeping mine deletes it, dropping their change.
   */
  deleted?: 'theirs' | 'mine';
  /** One sentence on what clashed, when the label and the two values do not say it all. */
  note?: string;
}

export interface ConflictDialogState {
  choices: Readonly<Record<string, ChoiceKind>>;
  merged: Readonly<Record<string, string>>;
}

export type ConflictDialogAction =
  | { type: 'choose'; item: ConflictItem; choice: ChoiceKind }
  | { type: 'chooseAll'; items: readonly ConflictItem[]; choice: 'theirs' | 'mine' }
  | { type: 'edit'; key: string; text: string };

export const initialConflictState: ConflictDialogState = { choices: {}, merged: {} };

/** The starting state for a set of conflicts: what someone else deleted can only be kept deleted. */
export function conflictStateFor(items: readonly ConflictItem[]): ConflictDialogState {
  const choices: Record<string, ChoiceKind> = {};
  for (const item of items) if (item.deleted === 'theirs') choices[item.key] = 'theirs';
  return Object.keys(choices).length ? { choices, merged: {} } : initialConflictState;
}

export function theirName(item: Pick<ConflictItem, 'by'>): string {
  return item.by?.name ?? 'someone else';
}

/** Whether a choice is open for a field (not "mine" once they deleted it, "merge" only for free text). */
export function canChoose(item: ConflictItem, choice: ChoiceKind): boolean {
  if (item.deleted === 'theirs') return choice === 'theirs';
  if (choice === 'merge') return item.mergeable && !item.deleted;
  return true;
}

export function conflictDialogReducer(state: ConflictDialogState, action: ConflictDialogAction): ConflictDialogState {
  switch (action.type) {
    case 'choose': {
      const { item, choice } = action;
      if (!canChoose(item, choice)) return state;
      const choices = { ...state.choices, [item.key]: choice };
      const merged = choice === 'merge' && state.merged[item.key] === undefined ? { ...state.merged, [item.key]: mergeTemplate(item.theirs, item.mine, theirName(item)) } : state.merged;
      return { choices, merged };
    }
    case 'chooseAll': {
      // Hand-merged texts stay, should the user switch a field back to "merge".
      const choices = { ...state.choices };
      for (const item of action.items) choices[item.key] = canChoose(item, action.choice) ? action.choice : 'theirs';
      return { ...state, choices };
    }
    case 'edit':
      return { ...state, merged: { ...state.merged, [action.key]: action.text } };
  }
}

/** A label inside a sentence: "Title" → "title", but "STRIDE" and "Name of “Feature store”" keep their capitals. */
export function inSentence(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Why the choices cannot be applied yet, per field (empty when they can). */
export function conflictProblems(state: ConflictDialogState, items: readonly ConflictItem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const choice = state.choices[item.key];
    if (!choice) out[item.key] = `Choose which ${inSentence(item.label)} to keep.`;
    else if (choice === 'merge') {
      const text = state.merged[item.key] ?? '';
      if (!text.trim()) out[item.key] = `The merged ${inSentence(item.label)} is empty.`;
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
