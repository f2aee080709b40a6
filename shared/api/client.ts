import {
  events,
  methods,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from './contract.ts';

/** How a client reaches the services: Electron IPC or the browser host's HTTP. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export interface CopydeskApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** A typed API over any transport; replies are checked against the contract too. */
export function createApi(transport: Transport): CopydeskApi {
  return {
    async call(method, input) {
      const raw = await transport.invoke(method, input);
      return methods[method].output.parse(raw) as MethodOutput<typeof method>;
    },
    on(event, listener) {
      return transport.subscribe(event, (payload) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
  };
}
