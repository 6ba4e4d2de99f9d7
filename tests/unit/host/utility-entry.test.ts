// The backend host entry under a process.parentPort shaped like Electron's utility process (a Node child stands in).
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackendClient } from '../../../services/host/backend-client';
import type { HostConfig } from '../../../services/host/port';
import { tempDbPath } from '../../support/db';

function forkHost(config: HostConfig) {
  const child = fork(join(import.meta.dirname, 'fake-utility-process.ts'), [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const client = new BackendClient(
    { postMessage: (m) => child.send(m as never), onMessage: (l) => void child.on('message', l) },
    { printer: { print: async (html) => new TextEncoder().encode(`%PDF-fake ${html.length}`), close: async () => {} } },
  );
  child.once('exit', (code) => client.hostStopped(`exit ${code}`));
  return { client, exited };
}

describe('backend host under a utility-process parentPort', { timeout: 120_000 }, () => {
  it('serves calls, asks the parent to print PDFs, takes the start-up backup and ends on close', async () => {
    const dbPath = tempDbPath();
    const { client, exited } = forkHost({ dbPath, startupBackup: true, printViaParent: true });
    await client.ready;
    const info = await client.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { databasePath: dbPath } });
    await client.call('articles.import', { text: 'Envoys meet\n\nThe minister said India wanted peace.' });
    // The brief's PDF comes back from the parent's printer, over the same port.
    const brief = await client.call('briefs.default', {});
    const pdf = await client.call('briefs.exportPdf', { brief: brief.ok ? brief.value : null });
    expect(pdf.ok && Buffer.from((pdf.value as { dataBase64: string }).dataBase64, 'base64').toString()).toMatch(
      /^%PDF-fake \d+$/,
    );
    const backups = await client.call('backups.list', {});
    expect(backups.ok && (backups.value as unknown[]).length).toBeGreaterThan(0);
    client.close();
    expect(await exited).toBe(0);
  });
});
