/** Value and gradient of a smooth objective; writes the gradient into `grad` and returns the value. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

/** Options of {@link minimize}. */
export interface LbfgsOptions {
  /** Iterations at most. */
  maxIter: number;
  /** History pairs kept. */
  memory: number;
  /** Stop when the relative decrease of the value over one iteration falls below this. */
  tol: number;
}

const DEFAULTS: LbfgsOptions = { maxIter: 150, memory: 8, tol: 1e-6 };

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Minimises a convex smooth objective in place with L-BFGS and a backtracking (Armijo) line search; returns the final value. */
export function minimize(f: Objective, x: Float64Array, opts: Partial<LbfgsOptions> = {}): { value: number; iterations: number } {
  const o = { ...DEFAULTS, ...opts };
  const n = x.length;
  const g = new Float64Array(n);
  const gNew = new Float64Array(n);
  const xNew = new Float64Array(n);
  const dir = new Float64Array(n);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(o.memory);
  let fx = f(x, g);
  let it = 0;
  for (; it < o.maxIter; it++) {
    // Two-loop recursion: dir = −H·g.
    dir.set(g);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] as number) * dot(S[k] as Float64Array, dir);
      alpha[k] = a;
      const y = Y[k] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) - a * (y[i] as number);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last] as Float64Array, Y[last] as Float64Array) / dot(Y[last] as Float64Array, Y[last] as Float64Array);
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) * gamma;
    } else {
      const gn = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) / gn;
    }
    for (let k = 0; k < S.length; k++) {
      const b = (rho[k] as number) * dot(Y[k] as Float64Array, dir);
      const s = S[k] as Float64Array;
      const a = alpha[k] as number;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) + (a - b) * (s[i] as number);
    }
    for (let i = 0; i < n; i++) dir[i] = -(dir[i] as number);
    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -(g[i] as number);
      slope = dot(g, dir);
    }
    let step = 1;
    let fNew = 0;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (dir[i] as number);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    // Reuse the oldest pair's arrays once the history is full: no 10 MB allocations per iteration.
    const full = S.length === o.memory;
    const s = full ? (S.shift() as Float64Array) : new Float64Array(n);
    const y = full ? (Y.shift() as Float64Array) : new Float64Array(n);
    if (full) rho.shift();
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const rel = (fx - fNew) / Math.max(Math.abs(fx), 1e-12);
    x.set(xNew);
    g.set(gNew);
    fx = fNew;
    if (rel < o.tol) break;
  }
  return { value: fx, iterations: it };
}
