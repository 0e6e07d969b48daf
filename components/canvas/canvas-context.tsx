'use client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { Autosaver } from './store/autosave';
import { createCanvasStore, type CanvasInit, type CanvasState, type CanvasStore } from './store/canvas-store';
import { postOps } from './store/save-client';

interface CanvasContextValue {
  store: CanvasStore;
  autosaver: Autosaver;
}

const CanvasContext = createContext<CanvasContextValue | null>(null);

/** One store per open model, owned by this provider (never a module singleton). */
export function CanvasStoreProvider({ init, children }: { init: CanvasInit; children: ReactNode }) {
  const [value] = useState<CanvasContextValue>(() => {
    const store = createCanvasStore(init);
    return { store, autosaver: new Autosaver(store, postOps) };
  });
  useEffect(() => {
    value.autosaver.start();
    return () => value.autosaver.stop();
  }, [value]);
  return <CanvasContext.Provider value={value}>{children}</CanvasContext.Provider>;
}

function useCanvasContext(): CanvasContextValue {
  const value = useContext(CanvasContext);
  if (!value) throw new Error('useCanvas must be used inside <CanvasStoreProvider>.');
  return value;
}

export const useCanvasStoreApi = (): CanvasStore => useCanvasContext().store;
export const useAutosaver = (): Autosaver => useCanvasContext().autosaver;

export function useCanvas<T>(selector: (state: CanvasState) => T): T {
  return useStore(useCanvasContext().store, selector);
}
