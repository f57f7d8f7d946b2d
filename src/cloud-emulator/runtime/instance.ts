/**
 * One function instance as the host sees it: a worker handle plus the little state machine the pool drives
 * (busy → idle → busy ... → dead). The environment-specific part is behind `WorkerHandle`, supplied by a
 * `WorkerFactory` (browser: src/mocks/browser-runtime.ts; Node: server/local-cloud/runtime/node-runtime.ts).
 */
import type { HostMessage, SerializedError, WorkerMessage } from './protocol'
import { isWorkerMessage } from './protocol'

/** Why a worker ended on its own. */
export interface WorkerExit {
  /** Exit code, when the environment reports one (`process.exit(n)`). */
  code?: number
  /** The error that ended it: an uncaught exception, or a worker that failed to start. */
  error?: SerializedError
  /** The worker reached its memory limit (Node `ERR_WORKER_OUT_OF_MEMORY`). */
  outOfMemory?: boolean
}

/** The few things the pool needs from a worker, whatever runs it. */
export interface WorkerHandle {
  post(message: HostMessage): void
  onMessage(listener: (message: unknown) => void): void
  /** Called when the worker ends by itself (exit, crash, out of memory). Need not fire after `terminate()`. */
  onExit(listener: (exit: WorkerExit) => void): void
  /** Ends the worker at once, even in the middle of an infinite loop. */
  terminate(): void | Promise<void>
  /** Optional (Node): keep the host process alive while busy, let it exit while only idle instances remain. */
  ref?(): void
  unref?(): void
}

export interface WorkerFactory {
  /**
   * `memoryMb` is the function's memory size; environments that can enforce it (Node) do. `runtime`
   * (`nodejs20`, `python3.10`, …) lets a factory pick the kind of worker (the local cloud runs Python
   * in a child process).
   */
  createWorker(options: { memoryMb: number; runtime: string }): WorkerHandle
}

export type Waited<T> =
  | { kind: 'message'; value: T }
  | { kind: 'exit'; exit: WorkerExit }
  | { kind: 'timeout' }

type InstanceEvent = { kind: 'message'; message: WorkerMessage } | { kind: 'exit'; exit: WorkerExit }

export class Instance {
  state: 'busy' | 'idle' | 'dead' = 'busy'
  /** Set by `evict` while busy: the instance ends after its current invocation instead of going idle. */
  retire = false
  /** Last memory figure the worker reported (MB), for the crash message's `maxMemoryUsage`. */
  memoryMb = 0
  /** The reclaim timer (pool.ts `release`): armed once per idle stretch, not per invocation. */
  idleTimer: ReturnType<typeof setTimeout> | undefined
  /** When the instance last went idle (the pool's `now()`). */
  idleSince = 0
  /** Receives `log` lines of the running invocation (only those carrying its request id). */
  logSink: { requestId: string; add(line: string): void } | undefined
  private waiter: ((event: InstanceEvent) => void) | undefined
  private exitInfo: WorkerExit = {}
  private readonly deathListeners: Array<() => void> = []

  constructor(
    readonly id: string,
    readonly key: string,
    readonly functionName: string,
    private readonly handle: WorkerHandle,
  ) {
    handle.onMessage((raw) => {
      if (this.state === 'dead' || !isWorkerMessage(raw)) return
      if (raw.type === 'log') {
        if (this.logSink?.requestId === raw.requestId) this.logSink.add(raw.line)
        return
      }
      if (raw.type === 'exit') {
        // Environments whose process.exit cannot end the thread (browser) announce it; end it for them.
        void this.kill({ code: raw.code, error: raw.error })
        return
      }
      this.memoryMb = raw.memoryMb
      this.waiter?.({ kind: 'message', message: raw })
    })
    handle.onExit((exit) => this.died(exit))
  }

  onDeath(listener: () => void): void {
    this.deathListeners.push(listener)
  }

  post(message: HostMessage): boolean {
    try {
      this.handle.post(message)
      return true
    } catch (error) {
      void this.kill({ error: { message: String(error) } })
      return false
    }
  }

  /** Waits for the first message `accept` maps to a value, the worker's end, or `timeoutMs`. */
  wait<T>(accept: (message: WorkerMessage) => T | undefined, timeoutMs: number): Promise<Waited<T>> {
    if (this.state === 'dead') return Promise.resolve({ kind: 'exit', exit: this.exitInfo })
    return new Promise((resolve) => {
      const finish = (result: Waited<T>) => {
        clearTimeout(timer)
        this.waiter = undefined
        resolve(result)
      }
      const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs)
      this.waiter = (event) => {
        if (event.kind === 'exit') return finish(event)
        const value = accept(event.message)
        if (value !== undefined) finish({ kind: 'message', value })
      }
    })
  }

  setBusy(busy: boolean): void {
    if (this.state === 'dead') return
    this.state = busy ? 'busy' : 'idle'
    try {
      if (busy) this.handle.ref?.()
      else this.handle.unref?.()
    } catch {
      // ref/unref are courtesies; a worker that is already gone is reported through onExit
    }
  }

  /** Terminates the worker (idle reclaim, timeout, evict, shutdown). Safe to call more than once. */
  async kill(exit: WorkerExit = {}): Promise<void> {
    if (this.state === 'dead') return
    this.died(exit)
    try {
      await this.handle.terminate()
    } catch {
      // already gone
    }
  }

  private died(exit: WorkerExit): void {
    if (this.state === 'dead') return
    this.state = 'dead'
    this.exitInfo = exit
    clearTimeout(this.idleTimer)
    this.waiter?.({ kind: 'exit', exit })
    for (const listener of this.deathListeners) listener()
  }
}
