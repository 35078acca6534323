"""Run every benchmark in bench/ against one real Kafka broker (started here unless KAFKA_BOOTSTRAP_SERVERS is set).

Each benchmark prints its own figures and a ratio against a baseline measured in the same run.
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.support.kafka import kafka_broker  # noqa: E402


def main(argv: list[str]) -> int:
    selected = [HERE / f"bench_{name}.py" for name in argv] or sorted(HERE.glob("bench_*.py"))
    failures = 0
    with kafka_broker() as bootstrap:
        env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap}
        for path in selected:
            print(f"\n=== {path.name} ===", flush=True)
            failures += subprocess.run([sys.executable, str(path)], env=env, check=False).returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
