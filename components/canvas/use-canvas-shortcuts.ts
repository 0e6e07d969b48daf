'use client';
import { useEffect } from 'react';
import type { CanvasStore } from './store/canvas-store';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Editor keys. Inside a text field the browser's own undo, copy and delete apply, so the
 * canvas ignores keys whose target is editable. Viewers only get selection keys.
 */
export function useCanvasShortcuts(store: CanvasStore) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target)) return;
      // Dialogs (conflict, etc.) own the keyboard while open.
      if (e.target instanceof HTMLElement && e.target.closest('[role="dialog"]')) return;
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (key === 'escape') {
        s.setSelection([]);
        return;
      }
      if (s.readOnly) return;
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) s.undo();
      else if ((mod && key === 'z' && e.shiftKey) || (e.ctrlKey && key === 'y')) s.redo();
      else if (mod && key === 'c') s.copy();
      else if (mod && key === 'v') s.paste();
      else if (mod && key === 'd') s.duplicate();
      else if (mod && key === 'a') s.setSelection([...s.nodes.map((n) => n.id), ...s.edges.map((ed) => ed.id)]);
      else if (!mod && (key === 'delete' || key === 'backspace')) s.removeSelection();
      else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
