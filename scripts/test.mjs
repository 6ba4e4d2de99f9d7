// `npm test`: lint, format check, type checks, build and unit tests two at a time (one per core: each is mostly
// single-threaded), then the end-to-end specs, which use both cores themselves. Output is printed per step, whole.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** package.json scripts in the order they start; one starts once the scripts it needs have passed. */
const STEPS = [
  { name: 'lint:eslint' },
  { name: 'build' },
  // The unit tests read the built preload, renderer and CLI.
  { name: 'test:unit', needs: ['build'] },
  { name: 'typecheck:web' },
  { name: 'typecheck:node' },
  { name: 'lint:format' },
];
const LAST = 'test:e2e';
const SLOTS = 2;

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs a step with its output collected, and prints it whole when the step ends. */
function runCollected(step) {
  const started = Date.now();
  return new Promise((done) => {
    const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn('npm', ['run', '--silent', step.name], { cwd: root, env: { ...process.env, ...color } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (err) => (output += `${err.message}\n`));
    child.on('close', (code) => {
      const ok = code === 0;
      process.stdout.write(
        `\n── ${step.name}: ${ok ? 'passed' : `FAILED (exit ${code})`} in ${seconds(started)}\n${output}`,
      );
      done(ok);
    });
  });
}

/** Runs the steps, SLOTS at a time; after a failure no further step starts. Resolves to the names that failed. */
async function runAll(steps) {
  const passed = new Set();
  const failed = [];
  const waiting = [...steps];
  let running = 0;
  return new Promise((finish) => {
    const next = () => {
      while (running < SLOTS && failed.length === 0) {
        const i = waiting.findIndex((s) => (s.needs ?? []).every((n) => passed.has(n)));
        if (i < 0) break;
        const [step] = waiting.splice(i, 1);
        running++;
        void runCollected(step).then((ok) => {
          running--;
          if (ok) passed.add(step.name);
          else failed.push(step.name);
          next();
        });
      }
      if (running === 0) finish(failed.length > 0 || waiting.length === 0 ? failed : waiting.map((s) => s.name));
    };
    next();
  });
}

const started = Date.now();
const failed = await runAll(STEPS);
if (failed.length > 0) {
  console.error(`\nnpm test: failed: ${failed.join(', ')} (${seconds(started)}).`);
  process.exit(1);
}
console.log(`\n── checks, build and unit tests passed in ${seconds(started)}; now the end-to-end specs.\n`);
const e2e = spawn('npm', ['run', '--silent', LAST], { cwd: root, stdio: 'inherit' });
e2e.on('close', (code) => {
  console.log(`\nnpm test: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(started)}.`);
  process.exit(code ?? 1);
});
