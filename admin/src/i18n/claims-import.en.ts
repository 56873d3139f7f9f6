/** The console's English texts for the claims import page (same keys as claims-import.zh-CN.ts). */
export const claimsImportEn = {
  hub: {
    claimsImport: {
      button: 'Import claims',
      title: 'Import settled claims',
      intro:
        'Upload a settlement file in NDJSON (one claim per line, .ndjson / .jsonl) or CSV (one row per claim line, .csv; tab-separated text such as Excel’s “Unicode text” .txt or a .tsv is read too). Claims are written in batches: a batch holding an invalid claim is refused whole; settlement ids already imported are skipped, so a corrected file can be uploaded again.',
      insurer: 'Insurer',
      chooseFile: 'Choose file',
      noFile: 'No file chosen',
      upload: 'Upload and import',
      uploading: 'Uploading… %{percent} %',
      importing: 'Importing…',
      done: 'Import finished',
      doneWithErrors: 'Import finished; some claims were refused',
      read: 'Claims read',
      imported: 'Imported',
      unchanged: 'Already present (skipped)',
      refused: 'Refused',
      errorsTitle: 'Refused lines',
      errorsTruncated: 'Only the first %{count} errors are listed.',
      line: 'Line',
      field: 'Field',
      code: 'Kind',
      message: 'Message',
      failed: 'The file was not imported',
      network: 'The upload failed (network). Please try again.',
      backToList: 'Back to the claims',
      codes: {
        UNREADABLE: 'Unreadable',
        INVALID_VALUE: 'Invalid value',
        UNKNOWN_REFERENCE: 'Unknown code',
      },
    },
  },
};
