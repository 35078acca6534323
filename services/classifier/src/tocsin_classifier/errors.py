"""Errors raised by the classifier.

ClassifierError               base class
├── CalibrationError          the relevance calibration cannot be fitted or read (one label only, a broken file)
├── CountryDataError          the packaged country-indices file is missing or malformed (a build bug)
├── DatasetError              a labelled evaluation file has a line that is not a valid item
├── OversizeEventError        a record too large for its alert ever to be published
└── UnexpectedEventError      a well-formed event the classifier does not judge
"""


class ClassifierError(Exception):
    """Base class for classifier failures."""


class CalibrationError(ClassifierError):
    """The relevance calibration cannot be fitted (both labels are needed) or its weights file cannot be read."""


class CountryDataError(ClassifierError):
    """The country-indices data file cannot be read or does not match its documented shape."""


class DatasetError(ClassifierError):
    """An evaluation dataset line is not a labelled item ({"id", "language", "event", "label"})."""


class OversizeEventError(ClassifierError):
    """A record so large that its alert, which embeds it, would exceed Kafka's message size: dead-lettered at once
    instead of failing to publish on every read."""


class UnexpectedEventError(ClassifierError):
    """A well-formed event that the classifier does not judge (e.g. an alert on a watcher topic)."""
