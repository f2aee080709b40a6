import { useRef, useState } from 'react';
import { licenceExportFileName } from './file-names.ts';
import { saveTextFile } from './download.ts';
import { useExportLicences, useImportLicences } from './use-licences.ts';

/** licences.import takes at most this much text (the contract's limit): a bigger file is refused before it is read. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Import a licence file (the JSON `copydesk licence export` writes) and
 * export every licence as one. A bad file changes nothing; the message says
 * which file and what is wrong with it, as the services found it.
 */
export function LicenceFileButtons() {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const importer = useImportLicences();
  const exporter = useExportLicences();
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function importFile(file: File) {
    setOutcome(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'error', text: `${file.name} could not be imported: it is over 5 MB, too big for a licence file.` });
      return;
    }
    let json: string;
    try {
      json = await file.text();
    } catch (err) {
      setOutcome({ kind: 'error', text: `${file.name} could not be read: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    importer.mutate(
      { name: file.name, json },
      {
        onSuccess: ({ created, updated }) =>
          setOutcome({ kind: 'ok', text: `Imported ${file.name}: ${created} new, ${updated} updated.` }),
        onError: (err) => setOutcome({ kind: 'error', text: `${file.name} could not be imported: ${err.message}` }),
      },
    );
  }

  function exportAll() {
    setOutcome(null);
    exporter.mutate(undefined, {
      onSuccess: ({ json }) => {
        const name = licenceExportFileName();
        saveTextFile(name, json, 'application/json');
        setOutcome({ kind: 'ok', text: `Exported every licence to ${name}.` });
      },
      onError: (err) => setOutcome({ kind: 'error', text: `The licences could not be exported: ${err.message}` }),
    });
  }

  return (
    <div className="licence-file-buttons">
      <button type="button" className="button" disabled={importer.isPending} onClick={() => inputRef.current?.click()}>
        {importer.isPending ? 'Importing…' : 'Import licences…'}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-label="Licence file to import"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again, once mended, still imports it.
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <button type="button" className="button" disabled={exporter.isPending} onClick={exportAll}>
        Export licences
      </button>
      {outcome && (
        <p className={outcome.kind === 'error' ? 'field-error licence-file-outcome' : 'licence-file-outcome is-ok'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
