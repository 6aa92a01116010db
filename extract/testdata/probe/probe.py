#!/usr/bin/env python3
"""Black-box paraphrase probe for newsgraph.

usage: python3 probe.py BIN [--fails] [--kind K] [--id ID] [--cases FILE] [--workers N]

Each case is ingested alone into a fresh leveldb store (a temporary --data
folder) with `BIN ingest`, its events are read back with `BIN query` (every
page), and the case's expect/forbid lists are checked against them.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = 50
EVENTS_QUERY = """{ events(first: %d%s) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id type status start end
    participants { role entity { name aliases type } }
    location { name aliases } } } }"""


def run(cmd, timeout=180):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                       env=dict(os.environ, NO_COLOR="1"))
    return p.returncode, p.stdout, p.stderr


def fetch_events(binary, data):
    events, after = [], None
    for _ in range(100):
        arg = ', after: %s' % json.dumps(after) if after else ''
        rc, out, err = run([binary, "query", "--data", data, EVENTS_QUERY % (PAGE, arg)])
        if rc != 0:
            raise RuntimeError("query failed (rc %d): %s %s" % (rc, err.strip()[:400], out.strip()[:400]))
        ans = json.loads(out)
        if ans.get("errors"):
            raise RuntimeError("query errors: %s" % json.dumps(ans["errors"])[:400])
        conn = ans["data"]["events"]
        events.extend(conn["nodes"])
        if not conn["pageInfo"]["hasNextPage"]:
            break
        after = conn["pageInfo"]["endCursor"]
    return events


def ingest_and_read(binary, case):
    with tempfile.TemporaryDirectory(prefix="ngprobe-") as tmp:
        doc = {"id": case["id"], "text": case["text"]}
        if case.get("published"):
            doc["published"] = case["published"]
        path = os.path.join(tmp, case["id"] + ".jsonl")
        with open(path, "w") as f:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        data = os.path.join(tmp, "data")
        rc, out, err = run([binary, "ingest", "--data", data, "--quiet", path])
        if rc != 0:
            raise RuntimeError("ingest failed (rc %d): %s %s" % (rc, err.strip()[:400], out.strip()[:400]))
        return fetch_events(binary, data)


def norm(s):
    return " ".join((s or "").casefold().split())


def names_of(ent):
    if not ent:
        return set()
    return {norm(ent.get("name"))} | {norm(a) for a in ent.get("aliases") or []}


def name_matches(want, ent):
    """want may list alternatives with '|'."""
    have = names_of(ent)
    return any(norm(alt) in have for alt in want.split("|"))


def event_matches(spec, e):
    if e["type"] != spec["type"]:
        return False
    for want in spec.get("participants", []):
        if not any(name_matches(want, p["entity"]) for p in e["participants"]):
            return False
    if spec.get("location") and not name_matches(spec["location"], e.get("location")):
        return False
    if spec.get("status") and e["status"] != spec["status"]:
        return False
    if spec.get("start") and e.get("start") != spec["start"]:
        return False
    return True


def check(case, events):
    problems = []
    for spec in case.get("expect", []):
        if not any(event_matches(spec, e) for e in events):
            problems.append("missing  " + fmt_spec(spec))
    for spec in case.get("forbid", []):
        hits = [e for e in events if event_matches(spec, e)]
        if hits:
            problems.append("forbidden " + fmt_spec(spec) + "  <- " + fmt_event(hits[0]))
    return problems


def fmt_spec(s):
    out = "%s [%s]" % (s["type"], ", ".join(s.get("participants", [])) or "any")
    if s.get("location"):
        out += " @" + s["location"]
    if s.get("status"):
        out += " " + s["status"]
    if s.get("start"):
        out += " " + s["start"]
    return out


def fmt_event(e):
    parts = ", ".join(p["entity"]["name"] for p in e["participants"])
    out = "%s %s [%s]" % (e["type"], e["status"], parts)
    if e.get("location"):
        out += " @" + e["location"]["name"]
    if e.get("start"):
        out += " " + e["start"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("bin")
    ap.add_argument("--fails", action="store_true", help="print each failing case")
    ap.add_argument("--kind", help="only cases of this kind")
    ap.add_argument("--id", help="only the case with this id")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases.jsonl"))
    ap.add_argument("--workers", type=int, default=2, help="parallel cases (at most 2)")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    with open(args.cases) as f:
        cases = [json.loads(l) for l in f if l.strip()]
    if args.kind:
        cases = [c for c in cases if c["kind"] == args.kind]
    if args.id:
        cases = [c for c in cases if c["id"] == args.id]
    if not cases:
        sys.exit("no cases selected")

    def one(case):
        try:
            events = ingest_and_read(binary, case)
        except Exception as ex:  # a crash or an error is a failure of the case
            return case, None, ["error: %s" % ex]
        return case, events, check(case, events)

    workers = max(1, min(2, args.workers))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(one, cases))  # input order: deterministic output

    kinds = OrderedDict()
    pos = [0, 0]
    neg = [0, 0]
    for case, _, problems in results:
        ok = not problems
        k = kinds.setdefault(case["kind"], [0, 0])
        k[0] += ok
        k[1] += 1
        bucket = pos if case.get("expect") else neg
        bucket[0] += ok
        bucket[1] += 1

    if args.fails:
        for case, events, problems in results:
            if not problems:
                continue
            print("=" * 78)
            print("%s  (%s)  published=%s" % (case["id"], case["kind"], case.get("published")))
            for line in case["text"].splitlines():
                print("  | " + line)
            for p in problems:
                print("  ! " + p)
            if events is not None:
                print("  graph has %d event(s):" % len(events))
                for e in events:
                    print("    - " + fmt_event(e))
        print("=" * 78)

    w = max(len(k) for k in list(kinds) + ["negatives (no expect)"])
    print("%-*s  %7s  %6s" % (w, "kind", "pass", "rate"))
    print("-" * (w + 17))
    for k, (p, t) in kinds.items():
        print("%-*s  %3d/%-3d  %5.1f%%" % (w, k, p, t, 100.0 * p / t))
    print("-" * (w + 17))
    for label, (p, t) in (("positives (expect)", pos), ("negatives (no expect)", neg)):
        if t:
            print("%-*s  %3d/%-3d  %5.1f%%" % (w, label, p, t, 100.0 * p / t))
    tp = pos[0] + neg[0]
    tt = pos[1] + neg[1]
    print("%-*s  %3d/%-3d  %5.1f%%" % (w, "overall", tp, tt, 100.0 * tp / tt))


if __name__ == "__main__":
    main()
