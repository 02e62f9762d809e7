#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for one test run, in a folder the caller made (mktemp -d).
#
#   throwaway-postgres.sh bindir              prints the folder holding initdb and pg_ctl; exit 2 if none
#   throwaway-postgres.sh start DIR OWNER_PID creates and starts a cluster in DIR, prints its
#                                             connection string; exit 2 without server binaries,
#                                             1 when it does not start
#   throwaway-postgres.sh stop DIR            stops the cluster and deletes DIR
#
# PostgreSQL refuses to run as root, so as root the cluster runs as 'nobody', which owns DIR.
# It listens on one free port on 127.0.0.1 only (no Unix socket) and has a random password.
# A watchdog stops it when OWNER_PID ends, so a run killed outright does not leave it behind.
set -uo pipefail
script="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"

bindir() {
  local candidate
  # INTAKE_POSTGRES_BIN names the folder by hand; else Debian's newest version; else PATH.
  for candidate in "${INTAKE_POSTGRES_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) \
      "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 2
}

# Runs a command as the cluster's owner: 'nobody' when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

port_is_free() {
  # A connection that succeeds means something listens there already.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local dir="$1" owner_pid="$2" bin password port attempt
  bin=$(bindir) || { echo "no PostgreSQL server binaries (initdb, pg_ctl) on this machine" >&2; return 2; }
  [ -d "$dir" ] || { echo "no folder $dir" >&2; return 1; }
  [ "$(id -u)" = "0" ] && chown nobody "$dir"
  cd "$dir" || return 1

  password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  (umask 077 && printf '%s\n' "$password" > "$dir/password")
  [ "$(id -u)" = "0" ] && chown nobody "$dir/password"
  if ! as_owner "$bin/initdb" -D "$dir/data" -U intake --pwfile="$dir/password" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    return 1
  fi
  rm -f "$dir/password"
  # Loopback TCP only; durability is pointless for a cluster deleted after the run.
  cat >> "$dir/data/postgresql.conf" <<'CONF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    port_is_free "$port" || continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 30 start >&2; then
      # Detached from our stdout, so the caller's $(...) does not wait for it.
      nohup bash -c 'while kill -0 "$1" 2>/dev/null && [ -d "$2/data" ]; do sleep 2; done; "$0" stop "$2"' \
        "$script" "$owner_pid" "$dir" >/dev/null 2>&1 &
      echo $! > "$dir/watchdog.pid"
      echo "Host=127.0.0.1;Port=$port;Username=intake;Password=$password;Database=postgres"
      return 0
    fi
    tail -n 20 "$dir/server.log" >&2
  done
  echo "PostgreSQL did not start on any of the ports tried" >&2
  return 1
}

stop() {
  local dir="$1" bin postmaster watchdog
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    bin=$(bindir) && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop >/dev/null 2>&1
    # Still there (pg_ctl missing or stuck): end the server we started, by its pid.
    if [ -f "$dir/data/postmaster.pid" ]; then
      postmaster=$(head -n 1 "$dir/data/postmaster.pid")
      [ -n "$postmaster" ] && kill -KILL "$postmaster" 2>/dev/null
    fi
  fi
  watchdog=$(cat "$dir/watchdog.pid" 2>/dev/null)
  rm -rf "$dir"
  # The watchdog calls stop itself; from anywhere else, end it by its pid.
  if [ -n "$watchdog" ] && [ "$watchdog" != "$$" ] && [ "$watchdog" != "$PPID" ]; then
    kill "$watchdog" 2>/dev/null
  fi
  return 0
}

case "${1:-}" in
  bindir) bindir ;;
  start) [ $# -eq 3 ] || { echo "usage: $0 start DIR OWNER_PID" >&2; exit 1; }; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 1; }; stop "$2" ;;
  *) echo "usage: $0 bindir | start DIR OWNER_PID | stop DIR" >&2; exit 1 ;;
esac
