#!/usr/bin/env bash
# Builds the benchmark harness in Release, runs it and rewrites docs/benchmarks.md.
#
#   bash bench/run.sh                     # every suite (in-process 100/1 000/5 000, whole processes 1 000/2 000/5 000,
#                                         # online deploy on 5 000 000 rows): about half an hour on 2 idle cores
#   bash bench/run.sh --sizes 100,1000    # quick run of the in-process suites
#   bash bench/run.sh --suites e2e,online --e2e-sizes 200 --online-rows 100000
#
# Every option is passed on to the harness (its usage is at the end of docs/benchmarks.md); --out
# defaults to docs/benchmarks.md. The harness starts its own embedded PostgreSQL (as the tests do), so
# it needs PostgreSQL 15+, PostGIS and libpg_query: `bash build/setup.sh` installs them. Close other
# heavy work first: the numbers are wall times on a shared machine.
#
# The end-to-end and online suites run the `surveyschema` command itself: it is published here in Release
# for this machine (self-contained and trimmed: one composite ReadyToRun image of the runtime and the tool; --cli
# overrides), and the peer differ (@pgkit/migra, migra's TypeScript port) is installed from npm into
# artifacts/bench/peer when npm is there (--peer overrides; without npm the peer columns stay empty and the
# report says so).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

project=bench/SurveySchema.Benchmarks/SurveySchema.Benchmarks.csproj
out=(--out docs/benchmarks.md)
cli=()
peer=()
for argument in "$@"; do
  case "$argument" in
    --out) out=() ;;
    --cli) cli=(none) ;;
    --peer) peer=(none) ;;
  esac
done

dotnet build "$project" -c Release --nologo -v quiet

if [ ${#cli[@]} -eq 0 ]; then
  case "$(uname -m)" in
    aarch64 | arm64) rid=linux-arm64 ;;
    *) rid=linux-x64 ;;
  esac
  dotnet publish src/SurveySchema.Cli -c Release -r "$rid" --self-contained true --nologo -v quiet -o artifacts/bench/cli
  cli=(--cli artifacts/bench/cli/surveyschema)
else
  cli=()
fi

if [ ${#peer[@]} -eq 0 ]; then
  migra=artifacts/bench/peer/node_modules/.bin/migra
  if [ ! -x "$migra" ] && command -v npm >/dev/null; then
    npm install --no-audit --no-fund --loglevel=error --prefix artifacts/bench/peer @pgkit/migra@0.6.1 >/dev/null || true
  fi
  if [ -x "$migra" ]; then
    peer=(--peer "$migra")
  else
    echo "no peer differ: npm or @pgkit/migra is not available; the peer columns stay empty" >&2
    peer=()
  fi
else
  peer=()
fi

# The build above already ran (quietly); --no-build keeps `dotnet run` from building again.
dotnet run --project "$project" -c Release --no-build -- "${out[@]}" "${cli[@]}" "${peer[@]}" "$@"
