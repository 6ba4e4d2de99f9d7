// Forks the backend host into an Electron utility process: the database and every service run there, so a long
// call never blocks a window or a menu. Main talks to it through the same port interface a worker thread uses.
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { BackendClient, type ClientOptions } from '../../services/host/backend-client';
import type { HostConfig, HostPort } from '../../services/host/port';

export interface BackendProcess {
  client: BackendClient;
  /** Asks the host to close the database and end. */
  stop(): void;
}

export function forkBackend(config: HostConfig, options: ClientOptions): BackendProcess {
  // Built by electron-vite beside index.js (electron.vite.config.ts); the config travels as the last argument.
  const child = utilityProcess.fork(join(import.meta.dirname, 'backend-host.js'), [JSON.stringify(config)], {
    serviceName: 'Parley backend',
    stdio: 'inherit',
  });
  const port: HostPort = {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
  };
  const client = new BackendClient(port, options);
  child.once('exit', (code) => client.hostStopped(`The Parley backend stopped (exit code ${code}).`));
  return { client, stop: () => client.close() };
}
