// REFI-QDA exchange from the app: a .qdpx project or .qdc codebook as a download, and either read back in.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { ParleyError } from '../core/errors';
import { exportQdc, exportQdpx } from './qda-export';
import { importQdc, importQdpx } from './qda-import';
import type { HandlerMap } from './handler-types';

export function exportProject(
  db: Database,
  input: MethodInput<'qda.exportProject'>,
): MethodOutput<'qda.exportProject'> {
  const day = new Date().toISOString().slice(0, 10);
  if (input.format === 'qdc') {
    return {
      fileName: `parley-codebook-${day}.qdc`,
      mime: 'application/xml',
      base64: Buffer.from(exportQdc(db), 'utf8').toString('base64'),
    };
  }
  return {
    fileName: `parley-project-${day}.qdpx`,
    mime: 'application/zip',
    base64: Buffer.from(exportQdpx(db)).toString('base64'),
  };
}

export function importProjectFile(
  db: Database,
  input: MethodInput<'qda.importProject'>,
): MethodOutput<'qda.importProject'> {
  const bytes = input.bytes ?? Buffer.from(input.dataBase64 ?? '', 'base64');
  const name = input.fileName.toLowerCase();
  if (name.endsWith('.qdc')) {
    const { codes } = importQdc(db, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    return { articles: 0, duplicates: 0, codes, codings: 0, statements: 0 };
  }
  if (name.endsWith('.qdpx')) return importQdpx(db, bytes);
  throw new ParleyError(
    'invalid_input',
    `"${input.fileName}" is neither a REFI-QDA project (.qdpx) nor a codebook (.qdc).`,
  );
}

export const qdaExchangeHandlers: HandlerMap<'qda.exportProject' | 'qda.importProject'> = {
  'qda.exportProject': exportProject,
  'qda.importProject': importProjectFile,
};
