"""Errors raised by the runtime glue.

RuntimeGlueError             base class
└── KafkaUnavailableError    the broker could not be reached in time (transient: retry or fail readiness)
"""


class RuntimeGlueError(Exception):
    """Base class for runtime glue failures."""


class KafkaUnavailableError(RuntimeGlueError):
    """The Kafka cluster did not answer within the allotted time."""
