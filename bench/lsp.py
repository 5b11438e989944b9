"""Latency of `poa-report lsp` on a large report: the time from sending a
change (didChange, incremental) to receiving its diagnostics, with the
debounce set to 0, over N changes on a file of about SIZE bytes (the sample
report with contacts added until it is that large). Writes a Markdown table.

    python3 bench/lsp.py BIN [--size BYTES] [--changes N] [--out FILE]
"""

import json
import os
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
binary = args[0]
size = int(args[args.index("--size") + 1]) if "--size" in args else 1_048_576
changes = int(args[args.index("--changes") + 1]) if "--changes" in args else 40
out = args[args.index("--out") + 1] if "--out" in args else "bench/LSP.md"

here = os.path.dirname(os.path.abspath(__file__))
sample = open(os.path.join(here, "..", "samples", "xaa-aurelia-2026.yaml"), encoding="utf-8").read()
contact = """  - id: bench-{n}
    salutation: Ms.
    name: Contact {n} of the bench, with a name long enough to be realistic
    organisation:
      en: Ministry of Foreign Affairs, Department of Disarmament and Arms Control
      ar: وزارة الخارجية، إدارة نزع السلاح وتحديد الأسلحة
    email: contact{n}@mfa.bench.example
    phone: +999 1 000 {n:04}
"""
extra, n = [], 0
while len(sample.encode()) + sum(len(c.encode()) for c in extra) < size:
    extra.append(contact.format(n=n))
    n += 1
at = sample.index("contacts:\n") + len("contacts:\n")
text = sample[:at] + "".join(extra) + sample[at:]

proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def send(message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive():
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("lsp: the server closed its output")
        line = line.strip()
        if not line:
            break
        if line.startswith(b"Content-Length: "):
            length = int(line.split(b": ")[1])
    return json.loads(proc.stdout.read(length))


def until(predicate):
    while True:
        message = receive()
        if predicate(message):
            return message


uri = "file:///bench/large.yaml"
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": {"debounceMs": 0}}})
until(lambda m: m.get("id") == 1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
start = time.perf_counter()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
opened = until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
open_ms = (time.perf_counter() - start) * 1000

# The change: the first `answer: yes|partially` flips, in place (same length: `yes      ` / `partially`).
lines = text.split("\n")
row = next(i for i, l in enumerate(lines) if l.strip() == "answer: partially")
column = lines[row].index("partially")
latencies = []
for version in range(2, changes + 2):
    word = "yes      " if version % 2 == 0 else "partially"
    start = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version},
                     "contentChanges": [{"range": {"start": {"line": row, "character": column},
                                                   "end": {"line": row, "character": column + 9}},
                                         "text": word}]}})
    until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)
    latencies.append((time.perf_counter() - start) * 1000)

send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
until(lambda m: m.get("id") == 2)
send({"jsonrpc": "2.0", "method": "exit", "params": None})
proc.wait(timeout=30)

latencies.sort()
p95 = latencies[min(len(latencies) - 1, int(round(0.95 * len(latencies))) - 1)]
findings = len(opened["params"]["diagnostics"])
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                     capture_output=True, text=True).stdout.strip()
report = f"""# `poa-report lsp` on a large report

Measured by `bench/lsp.py` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores ({cpu}),
binary `{binary}`. The file: the Aurelia sample with {n} contacts added,
{len(text.encode()):,} bytes, {len(lines):,} lines; {findings} diagnostics. Debounce 0: the
time is from sending `didChange` (one answer changed in place) to receiving
its `publishDiagnostics`, over {changes} changes.

| | ms |
|---|---|
| open (first diagnostics) | {open_ms:.1f} |
| change, median | {statistics.median(latencies):.1f} |
| change, p95 | {p95:.1f} |
| change, max | {latencies[-1]:.1f} |

Target: a change answered within 50 ms on a file of 1 MB.
"""
open(out, "w", encoding="utf-8").write(report)
print(report)
