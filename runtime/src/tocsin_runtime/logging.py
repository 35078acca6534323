"""structlog configured once per process: JSON lines when not on a TTY, readable on a TTY.

Per-message context (`topic`, `partition`, `offset`, `event_id`) is bound with `bind_message`. Libraries' stdlib
records (aiokafka, FastStream, uvicorn) go through the same renderer; their repeated warnings are throttled.
"""

import asyncio
import atexit
import contextlib
import contextvars
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any, TextIO, cast

import faststream  # noqa: F401  (installs a colourised handler on its logger at import: ours must come after)
import orjson
import structlog
from pydantic import AfterValidator

REPEAT_WINDOW_SECONDS = 60.0
"""A library message repeated within this long after its first occurrence is counted, not written."""

THROTTLED_LOGGERS = ("aiokafka", "kafka", "faststream")
"""Logger trees whose WARNING and ERROR records are throttled (a Kafka outage makes aiokafka log ~60 a second)."""

BROKER_LOGGER = "faststream.kafka"
"""The stdlib logger `make_broker` hands FastStream, so its lines reach the configured handler."""

_FASTSTREAM_EXTRAS = ("topic", "group_id", "message_id")  # what FastStream's own text format printed
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_level(value: str) -> str:
    """`value` as a level name (any case); ValueError naming the choices otherwise. Settings (`LogLevel`) and the
    CLIs' --log-level use it, so a typo is a usage error (exit 2), not a traceback from `configure_logging`."""
    level = value.strip().upper()
    if level not in LEVELS:
        raise ValueError(f"unknown log level {value!r}: one of {', '.join(LEVELS)}")
    return level


LogLevel = Annotated[str, AfterValidator(log_level)]


def configure_logging(
    service: str, level: str = "INFO", json: bool | None = None, *, clock: Callable[[], float] = time.monotonic
) -> None:
    """Route stdlib and structlog output to stderr, with `service` bound on every line (`clock` times throttling)."""
    use_json = not sys.stderr.isatty() if json is None else json
    level_no = logging.getLevelNamesMapping()[level.upper()]
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    exceptions: list[Any] = [structlog.processors.StackInfoRenderer(), structlog.processors.format_exc_info]
    renderer: Any = (
        structlog.processors.JSONRenderer(serializer=_json) if use_json else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*shared, *exceptions, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(level_no),
        logger_factory=structlog.PrintLoggerFactory(file=cast(TextIO, _CurrentStderr())),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(cast(TextIO, _CurrentStderr()))
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[
                *shared,
                structlog.stdlib.add_logger_name,
                structlog.stdlib.ExtraAdder(allow=_FASTSTREAM_EXTRAS),
                *exceptions,
            ],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                renderer,
            ],
        )
    )
    global _throttle
    _throttle = RepeatThrottle(service=service, clock=clock)  # at exit, its open windows are written (`flush`)
    handler.addFilter(_not_misleading)  # first: a dropped line is not counted as a repeat either
    handler.addFilter(_throttle)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(logging.WARNING, level_no))  # libraries from WARNING, and never below the service's level
    library = logging.getLogger("faststream")  # its own handler writes coloured text, and stops propagation
    library.handlers.clear()
    library.propagate = True
    library.setLevel(level_no)
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(service=service)


MAX_WINDOWS = 1_000
"""Messages counted at once; beyond it, new ones pass unthrottled (messages that vary by message, not by node)."""

_throttle: "RepeatThrottle | None" = None


@dataclass
class _Window:
    """Repeats of one message since its first occurrence."""

    started: float
    suppressed: int = 0


# A library's warnings that say nothing true about Tocsin: FastStream warns at every consumer start that it will not
# create topics, which Tocsin declares itself (`broker.ensure_topics`) before any consumer starts.
MISLEADING = frozenset({"Auto create topics is disabled. Make sure the topics exist."})


def _not_misleading(record: logging.LogRecord) -> bool:
    return not (record.name.startswith("faststream") and record.msg in MISLEADING)


class RepeatThrottle(logging.Filter):
    """Pass a library's first WARNING+ message; count its repeats for a window, then log `log_repeats_suppressed`.

    A window closes on the event loop's timer, at the next record through the handler after it has ended, or at
    exit (`flush`). Summaries carry only `service`, never the context of whatever record happened to close them.
    """

    def __init__(
        self, service: str = "", window: float = REPEAT_WINDOW_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self._service = service
        self._window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._open: dict[tuple[str, int, str], _Window] = {}  # in the order the windows started

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a repeat within its window; also writes the summaries of windows that have ended."""
        _downgrade_retried(record)
        now = self._clock()
        repeat = False
        with self._lock:
            ended = self._pop_ended(now)
            if _is_throttled(record):
                key = (record.name, record.levelno, str(record.msg))  # the template: its arguments vary by node
                window = self._open.get(key)
                if window is None and len(self._open) < MAX_WINDOWS:
                    self._open[key] = window = _Window(now)
                    self._close_later(key, window)
                elif window is None:
                    pass  # too many distinct messages at once: this one is written, not counted
                else:
                    window.suppressed += 1
                    repeat = True
        for ended_key, ended_window in ended:
            self._summarise(ended_key, ended_window)
        return not repeat

    def flush(self) -> None:
        """Write the summary of every window still open (at exit, or when logging is configured again)."""
        with self._lock:
            ended, self._open = list(self._open.items()), {}
        for key, window in ended:
            self._summarise(key, window)

    def _pop_ended(self, now: float) -> list[tuple[tuple[str, int, str], _Window]]:
        ended = []
        while self._open:
            key, window = next(iter(self._open.items()))  # the oldest: once one is still open, so are the rest
            if now - window.started < self._window:
                break
            del self._open[key]
            ended.append((key, window))
        return ended

    def _close_later(self, key: tuple[str, int, str], window: _Window) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop in this thread: the next record through the handler closes the window
        loop.call_later(self._window, self._close, key, window, context=contextvars.Context())

    def _close(self, key: tuple[str, int, str], window: _Window) -> None:
        with self._lock:
            if self._open.get(key) is not window:
                return  # already closed by a later record
            del self._open[key]
        self._summarise(key, window)

    def _summarise(self, key: tuple[str, int, str], window: _Window) -> None:
        if window.suppressed:
            contextvars.Context().run(_summary_line, self._service, key, window.suppressed, self._window)


def _downgrade_retried(record: logging.LogRecord) -> None:
    """An aiokafka ERROR about a retriable Kafka error ("Group Coordinator Request failed:
    GroupCoordinatorNotAvailableError" while a fresh broker elects one) is a WARNING: aiokafka retries it itself,
    and an operator should not read a normal start as a failure."""
    if record.levelno < logging.ERROR or not record.name.startswith("aiokafka"):
        return
    args = record.args if isinstance(record.args, tuple) else ()
    if any(getattr(arg, "retriable", False) is True for arg in args):
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)


def _is_throttled(record: logging.LogRecord) -> bool:
    name = record.name
    return record.levelno >= logging.WARNING and any(
        name == tree or name.startswith(tree + ".") for tree in THROTTLED_LOGGERS
    )


def _summary_line(service: str, key: tuple[str, int, str], count: int, seconds: float) -> None:
    """One `log_repeats_suppressed` line, in a context of its own (only `service`); never raises into a library."""
    name, level, message = key
    # stderr gone (EPIPE) or closed at exit: a summary is not worth an exception inside aiokafka's own log call
    with contextlib.suppress(Exception):
        structlog.contextvars.bind_contextvars(service=service)
        structlog.get_logger().log(
            level, "log_repeats_suppressed", logger=name, message=message, count=count, window_seconds=seconds
        )


def _json(obj: Any, **kwargs: Any) -> str:
    """One JSON line via orjson (a third of the cost of json.dumps: the classifier writes a line per event)."""
    return orjson.dumps(obj, default=kwargs.get("default"), option=orjson.OPT_NON_STR_KEYS).decode()


class _CurrentStderr:
    """Writes to whatever sys.stderr is now (test runners and daemons replace it)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


@contextmanager
def bind_message(
    *, topic: str, partition: int, offset: int, event_id: str | None = None, **extra: Any
) -> Iterator[None]:
    """Bind the coordinates of the message being handled for every log line inside the block."""
    tokens = structlog.contextvars.bind_contextvars(
        topic=topic, partition=partition, offset=offset, event_id=event_id, **extra
    )
    try:
        yield
    finally:
        structlog.contextvars.reset_contextvars(**tokens)


@atexit.register
def flush_throttled() -> None:
    """Write the summaries of repeats still being counted (registered to run at exit)."""
    if _throttle is not None:
        _throttle.flush()
