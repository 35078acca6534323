"""A log level is checked where settings and arguments are read, so a typo is a usage error, not a traceback."""

import pytest
from pydantic import ValidationError

from tocsin_classifier.settings import ClassifierSettings
from tocsin_notifier.settings import NotifierSettings
from tocsin_runtime.logging import log_level
from tocsin_watcher.settings import WatcherSettings


def test_level_names_in_any_case_are_accepted_and_others_name_the_choices() -> None:
    """ "info" and " Warning " are levels; "LOUD" is refused with the list of levels."""
    assert log_level("info") == "INFO"
    assert log_level(" Warning ") == "WARNING"
    with pytest.raises(ValueError, match="one of DEBUG, INFO, WARNING, ERROR, CRITICAL"):
        log_level("LOUD")


@pytest.mark.parametrize("settings", [ClassifierSettings, NotifierSettings, WatcherSettings])
def test_every_service_refuses_an_unknown_log_level_in_its_settings(
    settings: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CLASSIFIER_, NOTIFIER_ and WATCHER_LOG_LEVEL=verbose are settings errors (their CLIs exit 2 on those)."""
    with pytest.raises(ValidationError, match="unknown log level"):
        settings(log_level="verbose")
