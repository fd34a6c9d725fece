#!/usr/bin/env bash
# Builds the benchmark harness in Release, runs it and rewrites docs/benchmarks.md.
#
#   bash bench/run.sh                     # 100, 1 000 and 5 000 tables (about 10 minutes on 2 cores)
#   bash bench/run.sh --sizes 100,1000    # quick run
#
# Every option is passed on to the harness (its usage is at the end of docs/benchmarks.md); --out
# defaults to docs/benchmarks.md. The harness starts its own embedded PostgreSQL (as the tests do), so
# it needs PostgreSQL 15+, PostGIS and libpg_query: `bash build/setup.sh` installs them. Close other
# heavy work first: the numbers are wall times on a shared machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

project=bench/SurveySchema.Benchmarks/SurveySchema.Benchmarks.csproj
out=(--out docs/benchmarks.md)
for argument in "$@"; do
  if [ "$argument" = "--out" ]; then
    out=()
  fi
done

dotnet build "$project" -c Release --nologo -v quiet
# The build above already ran (quietly); --no-build keeps `dotnet run` from building again.
dotnet run --project "$project" -c Release --no-build -- "${out[@]}" "$@"
