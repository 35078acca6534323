"""`python -m tocsin_watcher` is `tocsin-watcher`."""

import sys

from tocsin_watcher.cli import main

sys.exit(main())
