// Stands in for Electron's utility process: a Node child whose `process.parentPort` delivers messages as { data },
// as Electron's does, then loads the real backend host entry.
import { EventEmitter } from 'node:events';

const parentPort = Object.assign(new EventEmitter(), {
  postMessage: (message: unknown) => process.send!(message),
});
process.on('message', (data) => parentPort.emit('message', { data }));
(process as unknown as { parentPort: unknown }).parentPort = parentPort;
await import('../../../services/host/entry');
