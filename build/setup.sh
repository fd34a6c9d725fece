#!/usr/bin/env bash
# Installs what SurveySchema needs from Debian's packages: PostgreSQL 15, PostGIS 3, libpg_query, and procps
# (pgrep: the embedded server's watchdog waits for an initdb still writing before it removes the cluster).
# As root it installs what is missing; otherwise it prints the exact command and fails.
set -euo pipefail

packages=()
have_pg15() { [ -x /usr/lib/postgresql/15/bin/initdb ] && [ -x /usr/lib/postgresql/15/bin/pg_ctl ]; }
have_postgis() { ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; }
have_pg_query() { ldconfig -p 2>/dev/null | grep -q 'libpg_query\.so' || ls /usr/lib/*/libpg_query.so >/dev/null 2>&1; }

have_pg15 || packages+=(postgresql-15)
have_postgis || packages+=(postgresql-15-postgis-3)
have_pg_query || packages+=(libpg-query-dev)
command -v pgrep >/dev/null 2>&1 || packages+=(procps)

if [ ${#packages[@]} -eq 0 ]; then
  echo "setup: PostgreSQL 15, PostGIS 3 and libpg_query are installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing ${packages[*]}; run as root:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi

echo "setup: installing ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The packaged cluster (15/main) is not used: the tool starts its own throwaway clusters.
apt-get install -y -qq --no-install-recommends "${packages[@]}" postgresql-contrib >/dev/null
echo "setup: installed ${packages[*]}"
