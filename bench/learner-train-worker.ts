// Worker thread for the learner bench: trains a stance model on the examples it is sent and posts the model back.
import { parentPort } from 'node:worker_threads';
import { StanceModel, type Example } from '../core/learn/model';

parentPort!.on('message', (json: string) => {
  const model = new StanceModel();
  model.train(JSON.parse(json) as Example[]);
  const bytes = model.serialize();
  parentPort!.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
});
