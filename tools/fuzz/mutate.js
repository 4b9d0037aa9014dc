// Mutations of dialect programs for the fuzzer: statement and token edits, wrapping in loops,
// ifs and closures, blocking calls moved into expression positions, directives moved about.
// Each takes the program text and a random source and answers new text (or null when it
// found nothing to change). TypeScript's parser finds the places; the edits are on the text.
"use strict";
const ts = require("typescript");

const BLOCKING = /\.(send|recv|recvOk)\(|\b(select|wg\.wait|gosched)\(|\.wait\(\)|\.lock\(\)/;

function parse(text) {
  return ts.createSourceFile("main.ts", text, ts.ScriptTarget.Latest, true);
}

function collect(file, test) {
  const found = [];
  const visit = (n) => {
    if (test(n)) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

const statements = (file) => collect(file, (n) => ts.isStatement(n) && !ts.isBlock(n) && !ts.isSourceFile(n.parent) && !ts.isImportDeclaration(n));
const anyStatements = (file) => collect(file, (n) => ts.isStatement(n) && !ts.isBlock(n) && !ts.isImportDeclaration(n));
const splice = (text, start, end, insert) => text.slice(0, start) + insert + text.slice(end);
const span = (file, n) => [n.getStart(file), n.end];

/** Expression statements whose expression is a call that blocks (ch.send(v), ch.recv(), select(…), …). */
function blockingCalls(file) {
  return collect(file, (n) => ts.isExpressionStatement(n) && ts.isCallExpression(n.expression) && BLOCKING.test(n.expression.getText(file)));
}

/** Blocking calls in any position (for the positions they are moved into). */
function blockingExpressions(file) {
  return collect(file, (n) => ts.isCallExpression(n) && BLOCKING.test(n.getText(file)) && !BLOCKING.test(n.arguments.map((a) => a.getText(file)).join(",")));
}

/** The positions a blocking call may be moved into: each is `(e) => statement text`. */
const POSITIONS = [
  (e) => `(${e});`,
  (e) => `((${e}));`,
  (e) => `false || ${e};`,
  (e) => `true && ${e};`,
  (e) => `(1 > 0) ? ${e} : ${e};`,
  (e) => `\`\${${e}}\`;`,
  (e) => `const t$ = [${e}];`,
  (e) => `const t$ = ${e} == ${e};`,
  (e) => `void ${e};`,
  (e) => `{ const o$ = { v: ${e} }; }`,
  (e) => `{ const g$ = <T>(a: T): T => a; g$<i32>(${e}); }`,
  (e) => `{ function d$(x: i32 = ${e}): i32 { return x; } d$(); }`,
  (e) => `{ class K$ { f: i32 = ${e}; } new K$(); }`,
  (e) => `{ class K$ { get v(): i32 { return ${e}; } } new K$().v; }`,
  (e) => `for (let i$ = 0; i$ < (${e}); i$++) {}`,
  (e) => `while (${e}) { break; }`,
  (e) => `switch (${e}) { default: }`,
  (e) => `if (${e}) {}`,
  (e) => `const t$ = -(${e});`,
  (e) => `const t$ = [1, 2][${e}];`,
];

const WRAPS = [
  (s) => `for (let w$ = 0; w$ < 2; w$++) { ${s} }`,
  (s) => `if (true) { ${s} } else { ${s} }`,
  (s) => `go(() => { ${s} });`,
  (s) => `((): void => { ${s} })();`,
  (s) => `do { ${s} } while (false);`,
  (s) => `{ ${s} }`,
  (s) => `label$: for (;;) { ${s} break label$; }`,
  (s) => `switch (1) { case 1: ${s} break; }`,
];

const MUTATIONS = {
  deleteStatement(text, r) {
    const file = parse(text);
    const list = statements(file);
    if (list.length === 0) return null;
    const [a, b] = span(file, r.pick(list));
    return splice(text, a, b, "");
  },
  duplicateStatement(text, r) {
    const file = parse(text);
    const list = statements(file);
    if (list.length === 0) return null;
    const [a, b] = span(file, r.pick(list));
    return splice(text, b, b, " " + text.slice(a, b));
  },
  swapStatements(text, r) {
    const file = parse(text);
    const list = statements(file).filter((s) => {
      const siblings = s.parent.statements;
      return siblings && siblings.indexOf(s) + 1 < siblings.length;
    });
    if (list.length === 0) return null;
    const s = r.pick(list);
    const t = s.parent.statements[s.parent.statements.indexOf(s) + 1];
    const [a, b] = span(file, s);
    const [c, d] = span(file, t);
    return text.slice(0, a) + text.slice(c, d) + text.slice(b, c) + text.slice(a, b) + text.slice(d);
  },
  moveStatement(text, r) {
    const file = parse(text);
    const list = anyStatements(file);
    if (list.length < 2) return null;
    const [a, b] = span(file, r.pick(list));
    const moved = text.slice(a, b);
    const rest = splice(text, a, b, "");
    const targets = anyStatements(parse(rest));
    if (targets.length === 0) return null;
    const at = r.pick(targets).getStart();
    return splice(rest, at, at, moved + "\n");
  },
  editToken(text, r) {
    const file = parse(text);
    const tokens = collect(file, (n) => ts.isIdentifier(n) || ts.isNumericLiteral(n) || ts.isStringLiteral(n) || (n.kind >= ts.SyntaxKind.FirstBinaryOperator && n.kind <= ts.SyntaxKind.LastBinaryOperator));
    if (tokens.length === 0) return null;
    const token = r.pick(tokens);
    const [a, b] = span(file, token);
    const identifiers = tokens.filter(ts.isIdentifier).map((t) => t.text);
    const replacement = ts.isIdentifier(token)
      ? r.pick([...identifiers, "go", "select", "null", "this", "panic", "recv", "defer", "i64", "undefined"])
      : ts.isNumericLiteral(token)
        ? r.pick(["0", "-1", "1 << 28", "2147483648", "1e20", "0.5", "NaN"])
        : ts.isStringLiteral(token)
          ? r.pick(['""', '"é😀"', '"' + "x".repeat(2000) + '"'])
          : r.pick(["+", "-", "/", "%", "==", "<", "&&", "||", "??", ",", "="]);
    return r.chance(0.2) ? splice(text, a, b, "") : splice(text, a, b, replacement);
  },
  wrapStatement(text, r) {
    const file = parse(text);
    const list = statements(file);
    if (list.length === 0) return null;
    const [a, b] = span(file, r.pick(list));
    return splice(text, a, b, r.pick(WRAPS)(text.slice(a, b)));
  },
  moveBlockingCall(text, r) {
    const file = parse(text);
    const calls = blockingCalls(file);
    if (calls.length > 0 && r.chance(0.7)) {
      const s = r.pick(calls);
      const [a, b] = span(file, s);
      return splice(text, a, b, r.pick(POSITIONS)(s.expression.getText(file)));
    }
    // A blocking call used as a value: into a position within its own expression.
    const exprs = blockingExpressions(file);
    if (exprs.length === 0) return null;
    const e = r.pick(exprs);
    const [a, b] = span(file, e);
    const t = e.getText(file);
    return splice(text, a, b, r.pick([`(${t})`, `(true ? ${t} : ${t})`, `(0, ${t})`, `<i32>(${t})`, `[${t}][0]`, `(${t}) + 0`]));
  },
  moveDirective(text, r) {
    const lines = text.split("\n");
    const directives = lines.map((l, i) => (/\/\/\s*@wasm(export|import)/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (directives.length === 0) return null;
    const from = r.pick(directives);
    const line = lines[from];
    const variant = r.pick([line, line.replace("//", "/*") + " */", line.replace("@wasmexport", "go:wasmexport"), line + " return", line + " drain extra", line.replace(/@wasmexport \S+/, "@wasmexport memory")]);
    lines.splice(from, 1);
    lines.splice(r.int(lines.length + 1), 0, variant);
    return lines.join("\n");
  },
};

/** One to three mutations in a row. */
function mutate(text, r) {
  let out = text;
  const names = [];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const name = r.pick(Object.keys(MUTATIONS));
    const next = MUTATIONS[name](out, r);
    if (next !== null) {
      out = next;
      names.push(name);
    }
  }
  return { text: out, mutations: names };
}

module.exports = { mutate, MUTATIONS, POSITIONS };
