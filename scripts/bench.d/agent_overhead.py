#!/usr/bin/env python3
"""Agent overhead per /query: total - generate - execute, from the response's timings_ms.

Usage: agent_overhead.py URL [N]. It asks builtin-answerable demo questions, sessionless,
against a quarry serving the demo database. The first 10% of requests are warm-up.
"""
import json
import sys
import urllib.request

url = sys.argv[1].rstrip("/") + "/api/v1/query"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 600
questions = ["how many customers", "how many orders", "show products",
             "top 5 products by price", "average price of products", "how many employees"]
over = []
for i in range(n):
    body = json.dumps({"question": questions[i % len(questions)]}).encode()
    req = urllib.request.Request(url, data=body, headers={"content-type": "application/json"})
    t = json.load(urllib.request.urlopen(req, timeout=30))["timings_ms"]
    if i >= n // 10:
        over.append(t["total"] - t["generate"] - t["execute"])
over.sort()
pick = lambda p: over[min(len(over) - 1, int(p * len(over)))]
print(json.dumps({"requests": len(over), "p50_ms": round(pick(0.5), 3), "p99_ms": round(pick(0.99), 3)}))
