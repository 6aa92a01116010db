#!/usr/bin/env python3
"""Score the graph TestGolden folds from the seeds with the real scorer.

    NEWSGRAPH_GRAPH_OUT=/tmp/g.json go test -run TestGolden ./extract/ && python3 extract/testdata/score.py /tmp/g.json
"""
import json, sys
sys.path.insert(0, "/work/shared/eval")
import score
g = json.load(open(sys.argv[1]))
gold = score.Gold(sys.argv[2] if len(sys.argv) > 2 else "/work/shared/eval/gold/seeds.json")
res = score.score(gold, g["entities"], g["events"], [a["id"] for a in gold.articles])
for k in ("entities", "roles", "meetings", "visits", "agreements"):
    print(k, json.dumps(res[k], ensure_ascii=False))
print(score.headline(res))
