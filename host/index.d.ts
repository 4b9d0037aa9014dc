// ts-wasmexport/host: helpers for JavaScript hosts of ts-wasmexport modules (docs/abi.md, "Time").

export interface DriveTimersOptions {
  /** Do not keep a Node process alive for the module's pending timers. */
  unref?: boolean;
  /** Called with the error when advancing the clock traps (a panic); driving stops. Without it the error is thrown from the timer callback. */
  onError?: (err: unknown) => void;
  /** Called after each advance made by the driver's own timer. */
  onAdvance?: () => void;
}

export interface TimerDriver<E> {
  /** The module's exports; each function advances the clock to now before it runs, and schedules the next timer after. */
  exports: E;
  /** Advances the module's clock by the real time since the last advance. */
  sync(): void;
  /** Stops driving: no more setTimeout. */
  stop(): void;
}

/**
 * Gives a module with no imports real time: keeps its virtual clock in step with the host's,
 * with setTimeout for wasmexport_next_timer() and wasmexport_advance(elapsed).
 */
export declare function driveTimers<E extends Record<string, unknown>>(instance: WebAssembly.Instance | E, options?: DriveTimersOptions): TimerDriver<E>;
