import 'server-only';
import { readdir, readFile } from 'node:fs/promises';

// Memory and CPU of the Chromium that prints a report, read from /proc. The browser process is
// found by a marker switch on its command line (each job launches its own, see browser.ts); its
// figures are summed over it and all its descendants (zygotes, renderers, utility processes).
// Memory is PSS (proportional set size: a page shared by n processes counts 1/n in each), the
// tree's real share of RAM. Summed RSS counts Chromium's shared code once per process — an idle
// browser with one blank tab "sums" to ~1 GB RSS here for ~300 MB PSS — and is reported only for
// reference. Linux only: elsewhere every figure is 0 and only the worker's heap is bounded.

const TICKS_PER_SECOND = 100;

async function read(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null; // the process is gone
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces and parentheses). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

export interface TreeSample {
  /** Sum of proportional set sizes, in bytes. */
  pss: number;
  /** Sum of resident set sizes (shared pages counted in every process), in bytes. */
  rss: number;
}

/**
 * Samples one process tree cheaply enough to run a few times a second next to request handling:
 * each process's parent is read once (when it first appears), then only the tree's own members are
 * read. All reads are asynchronous.
 */
export class TreeSampler {
  private readonly parents = new Map<number, number>();
  private readonly cpuTicks = new Map<number, number>();

  private async refresh(): Promise<void> {
    let names: string[];
    try {
      names = await readdir('/proc');
    } catch {
      return;
    }
    const alive = new Set(names.filter((n) => /^\d+$/.test(n)).map(Number));
    for (const pid of this.parents.keys()) if (!alive.has(pid)) this.parents.delete(pid);
    const fresh = [...alive].filter((pid) => !this.parents.has(pid));
    await Promise.all(
      fresh.map(async (pid) => {
        const stat = await read(`/proc/${pid}/stat`);
        if (stat) this.parents.set(pid, Number(statFields(stat)[1]));
      }),
    );
  }

  /** The child of this Node process whose command line carries `marker`, if it is running. */
  async findMarkedChild(marker: string): Promise<number | null> {
    await this.refresh();
    for (const [pid, parent] of this.parents) {
      if (parent !== process.pid) continue;
      const cmdline = await read(`/proc/${pid}/cmdline`);
      if (cmdline?.split('\0').includes(marker)) return pid;
    }
    return null;
  }

  /** Current memory of `root` and its descendants (0 once they have exited). */
  async sample(root: number): Promise<TreeSample> {
    await this.refresh();
    const tree: number[] = [];
    if (this.parents.has(root)) {
      const stack = [root];
      while (stack.length) {
        const pid = stack.pop()!;
        tree.push(pid);
        for (const [child, parent] of this.parents) if (parent === pid) stack.push(child);
      }
    }
    const figures = await Promise.all(
      tree.map(async (pid) => {
        const [rollup, stat] = await Promise.all([read(`/proc/${pid}/smaps_rollup`), read(`/proc/${pid}/stat`)]);
        if (stat) {
          const f = statFields(stat);
          this.cpuTicks.set(pid, Number(f[11]) + Number(f[12])); // utime + stime
        }
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup ?? '')?.[1] ?? 0) * 1024;
        return { pss: kb('Pss'), rss: kb('Rss') };
      }),
    );
    return figures.reduce((a, b) => ({ pss: a.pss + b.pss, rss: a.rss + b.rss }), { pss: 0, rss: 0 });
  }

  /** CPU time used by the tree's processes so far, as last sampled. */
  cpuSeconds(): number {
    return [...this.cpuTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
  }
}

/** Ends a process group (Playwright starts the browser as a group leader) and ignores a missing one. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
