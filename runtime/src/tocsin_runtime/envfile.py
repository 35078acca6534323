"""`python -m tocsin_runtime.envfile`: the .env file as shell `export` lines, for scripts/up and scripts/down.

Bash's `source .env` and the services' settings read one file two ways: a password `pa$$w0rd` became `pa32640w0rd`
for scripts/up (which exports what it read, overriding the services' own reading), and a variable set in the
environment lost to the file. This reads the file with python-dotenv, as pydantic-settings does, and leaves out
what the environment already sets, which wins for the services too.
"""

import os
import shlex
import sys
from pathlib import Path

from dotenv import dotenv_values

from tocsin_runtime.settings import ENV_FILE


def exports(path: Path, environ: dict[str, str]) -> list[str]:
    """One `export NAME=value` line (shell-quoted) per variable the file sets and `environ` does not."""
    if not path.is_file():
        return []
    values = dotenv_values(path)
    return [
        f"export {name}={shlex.quote(value)}"
        for name, value in values.items()
        if value is not None and name.isidentifier() and name not in environ
    ]


def main() -> int:
    if ENV_FILE is None:
        return 0
    print("\n".join(exports(Path(ENV_FILE), dict(os.environ))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
