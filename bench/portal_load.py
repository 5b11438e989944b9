#!/usr/bin/env python3
"""Deadline day at the portal, measured (bench/portal.sh runs it).

Each State's point of contact signs in, opens its report, starts a draft,
opens a form page, makes CHANGES changes through the form's API (each from
the version the last one returned), submits and downloads the receipt PDF.
States run on WORKERS threads at once, spread over the portal processes
given. Traffic goes to 127.0.0.1 only; the run is bounded by the States and
changes asked for. Prints one JSON object: latencies (ms) per kind of
request, p50/p99/max, counts and errors.

  portal_load.py --ports 8481,8482 --states 193 --changes 20 --workers 16 --password PW
"""

import argparse
import http.client
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


class Client:
    """One browser: a cookie jar and one HTTP connection to one portal."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                # A connection the server closed: open another once.
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt:
                    raise
        for value in response.msg.get_all("Set-Cookie") or []:
            pair = value.split(";", 1)[0]
            name, _, val = pair.partition("=")
            if "Max-Age=0" in value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = val
        return response.status, response, data


def field(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    if not match:
        raise RuntimeError(f"no field {name}")
    return match.group(1)


def run_state(state, port, password, changes, timings, errors, lock):
    def timed(kind, method, path, body=None, headers=None, expect=(200,)):
        start = time.perf_counter()
        status, response, data = client.request(method, path, body, headers)
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            timings.setdefault(kind, []).append(elapsed)
            if status not in expect:
                errors.append(f"{state} {kind} {method} {path}: {status}")
        return status, response, data

    client = Client(port)
    email = f"npc@{state.lower()}.example"
    _, _, page = timed("page", "GET", "/login")
    csrf = field(page.decode(), "csrf")
    form = urllib.parse.urlencode({"email": email, "password": password, "csrf": csrf})
    timed("sign-in", "POST", "/login", form,
          {"Content-Type": "application/x-www-form-urlencoded"}, expect=(303,))
    base = f"/reports/{state}/2026"
    _, _, page = timed("page", "GET", base)
    csrf = field(page.decode(), "csrf")
    start = urllib.parse.urlencode({"csrf": csrf, "from": "empty"})
    timed("start", "POST", base + "/start", start,
          {"Content-Type": "application/x-www-form-urlencoded"}, expect=(303,))
    _, _, page = timed("page", "GET", base + "/form/page/marking")
    version = re.search(r'data-version="([^"]*)"', page.decode()).group(1)
    answers = ["yes", "no"]
    for i in range(changes):
        body = json.dumps({
            "version": version,
            "pointer": "/sections/marking/at_manufacture/answer",
            "value": answers[i % 2],
        })
        status, _, data = timed("change", "POST", base + "/form/api/set", body,
                                {"Content-Type": "application/json", "X-CSRF-Token": csrf})
        if status == 200:
            version = json.loads(data)["version"]
    form = urllib.parse.urlencode({"csrf": csrf})
    start = time.perf_counter()
    status, response, _ = client.request("POST", base + "/submit", form,
                                         {"Content-Type": "application/x-www-form-urlencoded"})
    receipt = response.getheader("Location") or ""
    pdf_status, _, pdf = client.request("GET", receipt + ".pdf")
    elapsed = (time.perf_counter() - start) * 1000
    with lock:
        timings.setdefault("submission", []).append(elapsed)
        if status != 303 or pdf_status != 200 or not pdf.startswith(b"%PDF"):
            errors.append(f"{state} submission: {status}, receipt PDF {pdf_status}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ports", required=True)
    parser.add_argument("--states", type=int, default=193)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--password", required=True)
    parser.add_argument("--codes", required=True, help="file with one State code per line")
    args = parser.parse_args()
    ports = [int(p) for p in args.ports.split(",")]
    codes = open(args.codes).read().split()[: args.states]

    timings, errors, lock = {}, [], threading.Lock()
    queue = list(enumerate(codes))
    queue_lock = threading.Lock()

    def worker():
        while True:
            with queue_lock:
                if not queue:
                    return
                i, state = queue.pop(0)
            try:
                run_state(state, ports[i % len(ports)], args.password, args.changes,
                          timings, errors, lock)
            except Exception as e:  # a failed State is an error, not a crash
                with lock:
                    errors.append(f"{state}: {e}")

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started

    summary = {
        kind: {
            "count": len(values),
            "p50_ms": round(percentile(values, 50), 1),
            "p99_ms": round(percentile(values, 99), 1),
            "max_ms": round(max(values), 1),
            "mean_ms": round(statistics.fmean(values), 1),
        }
        for kind, values in sorted(timings.items())
    }
    print(json.dumps({
        "states": len(codes),
        "changes_per_state": args.changes,
        "workers": args.workers,
        "processes": len(ports),
        "wall_s": round(wall, 1),
        "requests": sum(len(v) for v in timings.values()),
        "errors": len(errors),
        "first_errors": errors[:5],
        "latency": summary,
    }))


if __name__ == "__main__":
    sys.exit(main())
