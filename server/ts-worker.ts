import { Worker } from 'node:worker_threads';

/**
 * Starts a worker from a TypeScript module. Workers do not inherit the main thread's tsx loader,
 * so the worker registers tsx first, then imports the module.
 */
export function startTsWorker(moduleUrl: URL, workerData?: unknown): Worker {
  const code = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}
