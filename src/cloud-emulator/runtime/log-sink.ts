import type { Clock } from '../clock'
import { logTruncatedLine } from './protocol'

/** Host-side log collection with its own cap, in case a worker ignores the budget it was given. */
export class LogSink {
  readonly lines: string[] = []
  private chars = 0
  private truncated = false

  constructor(
    readonly requestId: string,
    private readonly limitChars: number,
    private readonly clock: Clock,
  ) {}

  add(line: string): void {
    if (this.truncated) return
    // Slack for the worker's own truncation line, which arrives past its budget.
    if (this.chars + line.length > this.limitChars + 1024) {
      this.truncated = true
      const time = new Date(this.clock.now()).toISOString()
      this.lines.push(logTruncatedLine(this.requestId, this.limitChars, time))
      return
    }
    this.chars += line.length + 1
    this.lines.push(line)
  }

  /** Framing lines and what the host reports about a crash (as FC copies a dying process's stderr). */
  frame(line: string): void {
    this.lines.push(line)
  }
}
