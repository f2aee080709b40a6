import { createContext, useContext, type ReactNode } from 'react';
import type { CopydeskApi } from '../../../shared/api/client.ts';

const ApiContext = createContext<CopydeskApi | null>(null);

export function ApiProvider({ api, children }: { api: CopydeskApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The typed contract client, whichever transport carries it. */
export function useApi(): CopydeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiProvider>');
  return api;
}
