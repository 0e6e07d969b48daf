// CPU time and memory of running processes, read from Linux /proc (benchmarks only; on other
// systems every figure is null). CPU is user + system time in seconds; a PostgreSQL server is
// counted with its backends (live children plus the exited ones it has reaped).
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports
const PAGE_BYTES = 4096;

interface Stat {
  pid: number;
  ppid: number;
  pgrp: number;
  /** Own user + system time, in clock ticks. */
  ticks: number;
  /** User + system time of reaped children, in clock ticks. */
  childTicks: number;
  rssBytes: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const field = (n: number) => Number(rest[n - 3]);
    return { pid, ppid: field(4), pgrp: field(5), ticks: field(14) + field(15), childTicks: field(16) + field(17), rssBytes: field(24) * PAGE_BYTES };
  } catch {
    return null;
  }
}

function allStats(): Stat[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: Stat[] = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) out.push(s);
  }
  return out;
}

export interface ProcSample {
  /** CPU seconds used so far (user + system). */
  cpuSeconds: number;
  rssBytes: number;
  processes: number;
}

/** A process group (e.g. a Next.js server spawned detached, with its workers). */
export function sampleGroup(pgid: number): ProcSample | null {
  if (os.platform() !== 'linux') return null;
  const members = allStats().filter((s) => s.pgrp === pgid);
  if (!members.length) return null;
  return {
    cpuSeconds: members.reduce((n, s) => n + s.ticks + (s.pid === pgid ? s.childTicks : 0), 0) / TICKS_PER_SECOND,
    rssBytes: members.reduce((n, s) => n + s.rssBytes, 0),
    processes: members.length,
  };
}

/** A process and its direct children (PostgreSQL's postmaster and backends). */
export function sampleTree(pid: number): ProcSample | null {
  if (os.platform() !== 'linux') return null;
  const stats = allStats();
  const root = stats.find((s) => s.pid === pid);
  if (!root) return null;
  const children = stats.filter((s) => s.ppid === pid);
  return {
    cpuSeconds: (root.ticks + root.childTicks + children.reduce((n, s) => n + s.ticks, 0)) / TICKS_PER_SECOND,
    rssBytes: root.rssBytes + children.reduce((n, s) => n + s.rssBytes, 0),
    processes: 1 + children.length,
  };
}

/** CPU seconds the whole machine has spent busy and in total so far (all cores), from /proc/stat. */
export function sampleMachine(): { busySeconds: number; totalSeconds: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busySeconds: busy / TICKS_PER_SECOND, totalSeconds: (busy + idle! + iowait!) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}
