# Shared helpers for scripts/*: sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { echo "tocsin: $*" >&2; }
die() { echo "tocsin: error: $*" >&2; exit 1; }

ensure_uv() {
  if command -v uv >/dev/null 2>&1; then return; fi
  export PATH="$HOME/.local/bin:$PATH"
  command -v uv >/dev/null 2>&1 && return
  say "installing uv (Python package manager) with pip"
  python3 -m pip install --quiet --user "uv==0.13.9" 2>/dev/null || python3 -m pip install --quiet "uv==0.13.9"
  hash -r
  command -v uv >/dev/null 2>&1 || die "uv could not be installed; install it and retry"
}

load_env() {  # export .env's variables the environment does not set, parsed as the services parse them
  ensure_uv
  local lines
  lines="$(uv run --frozen python -m tocsin_runtime.envfile)" || die "cannot read .env"
  eval "$lines"
}

stop_service() {  # name: TERM the service in var/run/<name>.pid (and any child), wait up to 10 s, then kill -9
  local name=$1 pid_file="var/run/$1.pid" pid
  [[ -f $pid_file ]] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file" "var/run/$name.rev"
}

checkout_rev() {  # the commit the working tree is at, "unknown" outside git
  git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown
}
