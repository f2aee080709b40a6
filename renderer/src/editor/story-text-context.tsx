import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiYjsProvider, ProviderStatus } from './api-yjs-provider.ts';

const StoryTextContext = createContext<ApiYjsProvider | null>(null);

/** The open story's text provider, for panels that must wait until what was typed is stored (a named save, a restore, a diff). */
export function StoryTextProvider({ provider, children }: { provider: ApiYjsProvider; children: ReactNode }) {
  return <StoryTextContext.Provider value={provider}>{children}</StoryTextContext.Provider>;
}

export function useStoryTextProvider(): ApiYjsProvider {
  const provider = useContext(StoryTextContext);
  if (!provider) throw new Error('useStoryTextProvider outside <StoryTextProvider>');
  return provider;
}

/** Opening and saving, as they change. */
export function useProviderStatus(provider: ApiYjsProvider): ProviderStatus {
  return useSyncExternalStore(provider.subscribe, provider.getStatus);
}
