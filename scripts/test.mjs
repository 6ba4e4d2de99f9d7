// `npm test`: lint, format check, type checks, build and unit tests two at a time (one per core: each is mostly
// single-threaded); the end-to-end specs run beside them from the end of the build, since their two workers spend
// about half their time waiting on a server or a page (idle, ~300 s wall for ~150 s of CPU per core). Output is
// printed per step, whole.
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * package.json scripts in the order they start; one starts once the scripts it needs have passed. A step `beside`
 * the others takes no slot: it starts as soon as it may.
 */
const STEPS = [
  { name: 'lint:eslint' },
  // At normal priority, as the end-to-end specs wait for it; the other checks run at low priority (see runCollected).
  { name: 'build', urgent: true },
  // The end-to-end specs and the unit tests read the built preload, renderer, CLI and server.
  { name: 'test:e2e', needs: ['build'], beside: true, urgent: true },
  { name: 'test:unit', needs: ['build'] },
  { name: 'typecheck:web' },
  { name: 'typecheck:node' },
  { name: 'lint:format' },
];
const SLOTS = 2;

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs a step with its output collected, and prints it whole when the step ends. */
function runCollected(step) {
  const started = Date.now();
  return new Promise((done) => {
    const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn('npm', ['run', '--silent', step.name], { cwd: root, env: { ...process.env, ...color } });
    // The checks take the CPU the end-to-end specs leave: at equal priority they starved the app's backend worker
    // (below normal priority by design), and a batch import stood still for minutes. Set before npm starts the step.
    if (!step.urgent && child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
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
  let inSlots = 0;
  return new Promise((finish) => {
    const next = () => {
      while (failed.length === 0) {
        const i = waiting.findIndex(
          (s) => (s.beside || inSlots < SLOTS) && (s.needs ?? []).every((n) => passed.has(n)),
        );
        if (i < 0) break;
        const [step] = waiting.splice(i, 1);
        running++;
        if (!step.beside) inSlots++;
        if (step.beside) console.log(`── ${step.name}: started beside the other steps`);
        void runCollected(step).then((ok) => {
          running--;
          if (!step.beside) inSlots--;
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
console.log(`\nnpm test: ${failed.length === 0 ? 'passed' : `FAILED: ${failed.join(', ')}`} in ${seconds(started)}.`);
process.exit(failed.length === 0 ? 0 : 1);
