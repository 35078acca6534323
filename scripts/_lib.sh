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

# Seconds a stopping service gets before kill -9. The notifier finishes its sends in flight, and one may take a
# whole webhook timeout (NOTIFIER_WEBHOOK_TIMEOUT, 15 s) or SMTP timeout (30 s): killed at 10 s, a webhook its
# receiver had answered was sent again after the start. Keep it above both, with room to settle.
STOP_GRACE_S=${STOP_GRACE_S:-10}
NOTIFIER_STOP_GRACE_S=${NOTIFIER_STOP_GRACE_S:-45}

stop_service() {  # name: TERM the service in var/run/<name>.pid (and any child), wait for it, then kill -9
  local name=$1 pid_file="var/run/$1.pid" pid grace=$STOP_GRACE_S
  [[ $name == notifier ]] && grace=$NOTIFIER_STOP_GRACE_S
  [[ -f $pid_file ]] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((grace * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name did not stop within ${grace}s: killed (what it was sending is sent again after the start)"
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pid_file" "var/run/$name.rev"
}

checkout_rev() {  # the commit the working tree is at, "unknown" outside git
  git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown
}
