import type { CopydeskApi } from '../../../shared/api/client.ts';
import type { IngestFileResult, IngestSource } from '../../../shared/model/ingest.ts';
import { formatBytes } from '../common/format-bytes.ts';
import { isAuthRefusal, reportIfAuthRefusal } from '../shell/auth-gate.ts';
import { bytesToBase64 } from './bytes-to-base64.ts';

/**
 * Sends one file the editor picked or dropped to 'ingest.file'. Never throws:
 * whatever goes wrong becomes a rejected result naming the file, so the rest of
 * the batch still goes in.
 */
export async function ingestBrowserFile(
  api: CopydeskApi,
  file: File,
  maxFileBytes: number,
  source: IngestSource,
): Promise<IngestFileResult> {
  // Checked here too, so a huge file is not read into memory and base64'd only to be refused.
  if (file.size > maxFileBytes) {
    return rejected(file, 'too-large', `${file.name} is ${formatBytes(file.size)}; Copydesk takes files up to ${formatBytes(maxFileBytes)}.`);
  }
  let dataBase64: string;
  try {
    dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    return rejected(file, 'unreadable', `${file.name} could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  try {
    return await api.call('ingest.file', { name: file.name, dataBase64, source });
  } catch (err) {
    if (isAuthRefusal(err)) reportIfAuthRefusal(err);
    return rejected(file, 'failed', `${file.name} was not imported: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function rejected(file: File, code: string, error: string): IngestFileResult {
  return { file: file.name, status: 'rejected', storyIds: [], error, code, warnings: [] };
}
