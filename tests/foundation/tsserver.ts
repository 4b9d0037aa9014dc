// Drives a real tsserver process as an editor does: open a file, ask for its errors, read the
// semanticDiag event. Messages from tsserver are framed as `Content-Length: N\r\n\r\n{json}`.
import { ChildProcess, spawn } from "child_process";

export interface ServerDiagnostic {
  code: number;
  text: string;
  start: { line: number; offset: number };
}

export class TsServer {
  private child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private events: { event: string; body: any }[] = [];
  private responses = new Map<number, any>();
  /** Every event so far, in order (`events` drops the semanticDiag events a new request replaces). */
  private history: { event: string; body: any }[] = [];
  private waiters: (() => void)[] = [];
  private seq = 0;
  log = "";

  /** `tsserverPath`: the project's typescript/lib/tsserver.js. */
  constructor(tsserverPath: string, cwd: string) {
    this.child = spawn(process.execPath, [tsserverPath, "--disableAutomaticTypingAcquisition", "--allowLocalPluginLoads", "--useInferredProjectPerProjectRoot"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout!.on("data", (chunk: Buffer) => this.read(chunk));
    this.child.stderr!.on("data", (chunk: Buffer) => (this.log += chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const header = /^Content-Length: (\d+)\r\n\r\n/.exec(this.buffer.toString("latin1", 0, Math.min(this.buffer.length, 64)));
      if (!header || this.buffer.length < header[0].length + Number(header[1])) return;
      const body = this.buffer.subarray(header[0].length, header[0].length + Number(header[1])).toString("utf8");
      this.buffer = this.buffer.subarray(header[0].length + Number(header[1]));
      const message = JSON.parse(body);
      if (message.type === "event") {
        this.events.push(message);
        this.history.push(message);
      }
      if (message.type === "response") this.responses.set(message.request_seq, message);
      this.waiters.splice(0).forEach((wake) => wake());
    }
  }

  send(command: string, args: unknown): number {
    this.child.stdin!.write(JSON.stringify({ seq: ++this.seq, type: "request", command, arguments: args }) + "\n");
    return this.seq;
  }

  private async until<T>(found: () => T | undefined, what: string, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error(`${what}; tsserver said:\n${this.log}`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
  }

  /** What hover shows at a line and column (from 1) of an open file. */
  async quickInfo(file: string, line: number, offset: number): Promise<string> {
    const seq = this.send("quickinfo", { file, line, offset });
    const response = await this.until(() => this.responses.get(seq), `no quickinfo answer for ${file}(${line},${offset})`);
    return response.body?.displayString ?? "";
  }

  /** Waits for the next event named `name` (from now on), as an editor that listens for it. */
  async nextEvent(name: string, timeoutMs = 120_000): Promise<any> {
    const seen = this.history.length;
    return (await this.until(() => this.history.slice(seen).find((e) => e.event === name), `no ${name} event`, timeoutMs)).body;
  }

  /** Opens `file` (with `text`, as an editor buffer, when given) and waits for its semantic diagnostics. */
  async semanticDiagnostics(file: string, text?: string, timeoutMs = 120_000): Promise<ServerDiagnostic[]> {
    this.events = this.events.filter((e) => !(e.event === "semanticDiag" && e.body.file === file));
    this.send("open", text === undefined ? { file } : { file, fileContent: text });
    this.send("geterr", { files: [file], delay: 0 });
    return (await this.until(() => this.events.find((e) => e.event === "semanticDiag" && e.body.file === file), `no semanticDiag event for ${file}`, timeoutMs)).body.diagnostics;
  }

  /** Replaces the whole text of an open file, as typing does. */
  change(file: string, oldText: string, newText: string): void {
    const lines = oldText.split("\n");
    this.send("change", { file, line: 1, offset: 1, endLine: lines.length, endOffset: lines[lines.length - 1].length + 1, insertString: newText });
  }

  close(): void {
    this.child.kill();
  }
}
