# Aliases for scripts/: each target is one script.
.PHONY: setup check test up down docs bench
setup: ; ./scripts/setup
check: ; ./scripts/check
test: ; ./scripts/test
up: ; ./scripts/up
down: ; ./scripts/down
docs: ; ./scripts/docs
bench: ; ./scripts/bench
