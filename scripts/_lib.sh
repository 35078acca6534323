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
