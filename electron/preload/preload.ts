import { contextBridge, ipcRenderer } from 'electron';
import type { Transport } from '../../shared/api/client.ts';
import { IPC_EVENT_CHANNEL, IPC_PREFIX, isEventName, isMethodName } from '../../shared/api/contract.ts';
import { BRIDGE_GLOBAL, type CallReply } from '../../shared/api/http-protocol.ts';
import type { IpcEventMessage } from '../host/ipc-bridge.ts';

/**
 * The renderer's only way out of its sandbox: the contract's methods and
 * events, nothing else. No ipcRenderer, no channel names chosen by the page.
 */
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: IpcEventMessage) => {
  for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
});

const transport: Transport = {
  async invoke(method, input) {
    if (typeof method !== 'string' || !isMethodName(method)) {
      // A plain { code, message }: contextBridge keeps its fields, where an Error would keep only the message.
      return Promise.reject({ code: 'not-found', message: `No such method: ${String(method)}` });
    }
    const reply = (await ipcRenderer.invoke(IPC_PREFIX + method, input)) as CallReply;
    if (reply.ok) return reply.result;
    return Promise.reject({ code: reply.error.code, message: reply.error.message });
  },
  subscribe(event, listener) {
    if (typeof event !== 'string' || !isEventName(event) || typeof listener !== 'function') return () => {};
    let set = listeners.get(event);
    if (set === undefined) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, transport);
