#!/usr/bin/env bash
# The workbench's figures (README, Workbench): time to first page, and the lead list of a 100,000-lead book with and
# without filters (server round trip on loopback, median of 20 after one warm-up), and the server's memory after.
# Not a test: it prints figures. Usage, from the repository root after a build of the CLI:
#   tests/SupervisionModels.Web.Tests/measure-workbench.sh [FOLDER]   (BIN=… for another build, e.g. a Release one)
set -euo pipefail
BIN=${BIN:-engine/SupervisionModels.Cli/bin/Debug/net10.0}
WORK=${1:-$(mktemp -d /tmp/supervise-workbench-measure.XXXXXX)}
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
mkdir -p "$WORK/data"
jar=$(mktemp)

# 100,000 leads of the three models, one rule and one excerpt each, scores 10–120 (seeded), imported as one run.
python3 - "$WORK/leads.jsonl" <<'PY'
import json, random, sys
random.seed(7)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(100000):
        m = ("SM0001", "SM0002", "SM0003")[i % 3]
        f.write(json.dumps({"leadId": "%s-%010d" % (m, i), "modelId": m, "modelVersion": "1.0.0",
            "subject": {"key": "ID:3704811968%08d" % i, "name": "张%d" % i, "kind": "person", "role": "原告", "match": "idNumber"},
            "score": random.randint(10, 120), "rank": i // 3 + 1,
            "rules": [{"ruleId": "R1", "description": "同一原告在筛查文书中作为原告起诉 ≥ 2 件", "weight": 10, "matches": 1}],
            "evidence": [{"ruleId": "R1", "dataset": "judgments", "recordKey": "（2022）鲁0481民初%d号" % i, "excerpt": "…原告张%d【以车抵债】…" % i, "matchedWords": ["以车抵债"]}]},
            ensure_ascii=False) + "\n")
PY
rm -rf "$WORK/data/.supervise"
dotnet "$BIN/supervise.dll" leads import --leads "$WORK/leads.jsonl" --db "$WORK/data/.supervise/leads.db" >/dev/null 2>&1

start=$(date +%s%N)
SUPERVISE_ADMIN_PASSWORD=measure-secret-1 dotnet "$BIN/supervise.dll" serve --data "$WORK/data" --urls "http://127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$jar"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/Account/Login"; do sleep 0.05; done
echo "time to first page: $(( ($(date +%s%N) - start) / 1000000 )) ms (process start to the login page)"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/Account/Login" | sed -nE 's/.*name="__RequestVerificationToken" type="hidden" value="([^"]+)".*/\1/p')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode UserName=admin --data-urlencode Password=measure-secret-1 \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$PORT/Account/Login"
for q in "" "ModelId=SM0002&MinScore=100" "Status=%E5%BE%85%E6%A0%B8%E6%9F%A5&Sort=DueDate&p=500"; do
  curl -s -o /dev/null -b "$jar" "http://127.0.0.1:$PORT/Leads?$q"
  for _ in $(seq 20); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "http://127.0.0.1:$PORT/Leads?$q"; done | sort -n |
    awk -v q="$q" '{a[NR] = $1} END {printf "lead list of 100,000 ?%s: median %.1f ms (min %.1f, max %.1f) of 20\n", q, (a[10] + a[11]) / 2 * 1000, a[1] * 1000, a[NR] * 1000}'
done
echo "server memory after: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$pid/status)"
