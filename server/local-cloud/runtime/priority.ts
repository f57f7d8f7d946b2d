/**
 * Function instances run a little behind the server on the CPU (decision 016). On Function Compute a
 * function never shares a CPU with the gateway in front of it; here both share one machine, and the
 * scheduler otherwise treats the server's event loop and every instance's thread alike. A few notches of
 * niceness keep the gateway, the console's API and the SDK endpoints responsive while a function spins,
 * and shorten the data plane's latency tail (bench `data-plane`); an instance still gets every cycle the
 * server does not want, so a function alone on the machine runs as fast as before.
 */
import { readlinkSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'

/** How much nicer than the server an instance runs (Linux nice levels: +5 is about a third of the weight). */
export const INSTANCE_NICENESS = 5

/**
 * Lowers the calling thread's priority: on Linux a thread has a nice value of its own, set through its
 * thread id. Elsewhere, or if the system refuses, nothing changes (instances share the CPU evenly).
 */
export function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0) lowerPriority(tid)
  } catch {
    // no /proc/thread-self: not Linux
  }
}

/** The same for a child process (Python instances). */
export function lowerProcessPriority(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    lowerPriority(pid)
  } catch {
    // gone already, or not permitted
  }
}

function lowerPriority(id: number): void {
  // Relative to what the server itself runs at; 19 is the lowest priority there is.
  setPriority(id, Math.min(19, getPriority(id) + INSTANCE_NICENESS))
}
