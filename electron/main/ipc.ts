import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_PREFIX, methodNames } from '../../shared/api/contract.ts';
import { callReply, isTrustedSender, type IpcEventMessage } from '../host/ipc-bridge.ts';
import type { Services } from '../services/services.ts';

/**
 * One ipcMain handler per contract method, generated from the contract, and
 * every service event forwarded to the window. Returns the undo.
 */
export function bindContract(services: Services, getWindow: () => BrowserWindow | null): () => void {
  for (const method of methodNames) {
    ipcMain.handle(IPC_PREFIX + method, (event, input: unknown) => {
      const win = getWindow();
      if (win === null || event.sender !== win.webContents || !isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: 'This frame may not call Copydesk.' } };
      }
      return callReply(services.handlers, method, input);
    });
  }
  const unsubscribe = services.subscribe((event, payload) => {
    const win = getWindow();
    if (win !== null && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, { event, payload } satisfies IpcEventMessage);
  });
  return () => {
    unsubscribe();
    for (const method of methodNames) ipcMain.removeHandler(IPC_PREFIX + method);
  };
}
