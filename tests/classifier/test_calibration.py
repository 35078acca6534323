"""The learned re-weighing of the rules' findings: fitted on dev only, reproducible, explained when it decides."""

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.classifier.factories import arrest
from tocsin_classifier import calibration, classify
from tocsin_classifier.calibration import (
    CALIBRATION_FILE,
    Calibration,
    cross_validate,
    features,
    file_digest,
    fit,
    fitted,
    rules_errors,
    shipped,
)
from tocsin_classifier.classify import news_findings
from tocsin_classifier.cli import main
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.errors import CalibrationError
from tocsin_classifier.evaluate import DEFAULT_DIR, calibration_rows, load_items

DEV = DEFAULT_DIR / "dev.jsonl"


def _dev_rows() -> list[tuple[dict[str, float], bool]]:
    return calibration_rows(load_items(DEV))


def test_fit_weighs_an_input_by_the_labels_it_comes_with() -> None:
    """An input seen with positives gets a positive weight, one seen with negatives a negative one."""
    rows = [({"a": 1.0}, True)] * 20 + [({"b": 1.0}, False)] * 20 + [({"a": 1.0, "b": 1.0}, True)] * 3
    bias, weights = fit(rows, l2=1.0)
    model = Calibration(bias, weights, {})
    assert weights["a"] > 0 > weights["b"]
    assert model.score({"a": 1.0}) > 0.8 > 0.2 > model.score({"b": 1.0})


def test_a_stronger_penalty_shrinks_the_weights_and_refitting_gives_the_same_numbers() -> None:
    """Fitting is deterministic, and the L2 penalty keeps few examples from steering a weight far."""
    rows = [({"a": 1.0}, True)] * 5 + [({"a": 1.0}, False)] + [({"b": 1.0}, False)] * 5
    assert fit(rows, l2=1.0) == fit(rows, l2=1.0)
    assert abs(fit(rows, l2=50.0)[1]["a"]) < abs(fit(rows, l2=1.0)[1]["a"])


def test_the_shipped_weights_were_fitted_on_the_dev_file_as_it_is_now() -> None:
    """Change dev.jsonl and this fails until `tocsin-classifier calibrate` is run again; held-out is never used."""
    trained_on = shipped().trained_on
    assert trained_on["file"] == "dev.jsonl"
    assert trained_on["sha256"] == file_digest(DEV)
    assert trained_on["items"] == len(_dev_rows())


def test_refitting_on_dev_reproduces_the_shipped_weights() -> None:
    """The weights in the package are exactly what the documented command computes."""
    again = fitted(_dev_rows(), DEV)
    assert again.bias == pytest.approx(shipped().bias, abs=1e-5)
    assert again.weights.keys() == shipped().weights.keys()
    for name, weight in again.weights.items():
        assert weight == pytest.approx(shipped().weights[name], abs=1e-5), name


def test_inputs_are_the_rules_findings_never_raw_words() -> None:
    """Every input names a rules finding, so every weight can be read and explained."""
    event = arrest("Blogger arrested over Facebook post mocking the governor", "Police held him for two days.")
    found = features(*news_findings(event.data))
    assert {"rules", "tied:speech", "caused"} <= found.keys()
    assert all(name in ("rules", "caused") or name.split(":")[0] in ("has", "count", "tied") for name in found)


@pytest.fixture
def doubting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A calibration that doubts every report, standing in for the shipped one."""
    monkeypatch.setattr(calibration, "shipped", lambda: Calibration(-20.0, {}, {}))
    classify._judge.cache_clear()
    yield
    classify._judge.cache_clear()


@pytest.mark.usefixtures("doubting")
def test_when_the_weighing_overrules_the_rules_a_human_reviews_and_the_rationale_says_so() -> None:
    """Rules relevant, calibration not: not relevant, no rights tags, needs_review, rules' score in the rationale."""
    alert = classify.classify(
        arrest("Journalist arrested over article on corruption", "She was charged under the cybercrime law."),
        ConventionStatus(),
    )
    assert alert.relevance < 0.5
    assert alert.needs_review
    assert "the rules alone" in alert.rationale
    assert [t.tag for t in alert.tags if t.confidence >= 0.5] == []


@pytest.mark.parametrize(("doubt", "relevant", "score"), [(0.45, True, 0.5), (0.3, False, 0.3)])
def test_the_calibration_clears_what_the_rules_found_relevant_only_when_clearly_in_doubt(
    monkeypatch: pytest.MonkeyPatch, doubt: float, relevant: bool, score: float
) -> None:
    """Between DOUBT and 0.5 the report stays relevant on the boundary; below DOUBT it is cleared, for review."""
    monkeypatch.setattr(calibration, "shipped", lambda: Calibration(math.log(doubt / (1 - doubt)), {}, {}))
    classify._judge.cache_clear()
    try:
        alert = classify.classify(
            arrest("Journalist arrested over article on corruption", "She was charged under the cybercrime law."),
            ConventionStatus(),
        )
    finally:
        classify._judge.cache_clear()
    assert alert.relevance == pytest.approx(score)
    assert (alert.relevance >= 0.5) is relevant
    assert alert.needs_review


@pytest.mark.parametrize(("doubt", "relevant"), [(0.37, False), (0.42, True)])
def test_a_report_that_ties_no_one_keeps_the_benefit_of_the_doubt_only_when_slight(
    monkeypatch: pytest.MonkeyPatch, doubt: float, relevant: bool
) -> None:
    """A charity's marathon for a fund that pays lawyers for journalists facing prosecution ties no one: below
    SLIGHT_DOUBT the calibration's doubt clears it (still for review); a bare "Journalist arrested …" above DOUBT stays
    on the boundary. A
    watchdog's report on spyware, a report about cases (`GENRE_READINGS`), gets no benefit of the doubt at all."""
    monkeypatch.setattr(calibration, "shipped", lambda: Calibration(math.log(doubt / (1 - doubt)), {}, {}))
    classify._judge.cache_clear()
    try:
        marathon = classify.classify(
            arrest(
                "Press freedom charity's marathon runners raise record sum for legal defence fund",
                "Forty runners raised £86,000 at Sunday's London Marathon, money that will go to a fund paying lawyers"
                " for journalists and activists facing prosecution, the organisation said.",
            ),
            ConventionStatus(),
        )
        report = classify.classify(
            arrest(
                "Watchdog report maps spyware sales to 40 governments", "It found spyware used against journalists."
            ),
            ConventionStatus(),
        )
        case = classify.classify(arrest("Journalist arrested over article on corruption"), ConventionStatus())
    finally:
        classify._judge.cache_clear()
    assert (marathon.relevance >= 0.5) is relevant
    assert marathon.needs_review
    assert report.relevance == pytest.approx(doubt)
    assert report.needs_review
    assert case.relevance == pytest.approx(0.5)


def test_a_case_is_tied_by_a_particular_role_or_by_speech() -> None:
    assert calibration.case_tied({"tied:journalist": 1.0})
    assert calibration.case_tied({"tied:speech": 1.0, "profession": 1.0})
    assert not calibration.case_tied({"tied:journalist": 1.0, "profession": 1.0})
    assert not calibration.case_tied({"has:journalist": 1.0})
    assert calibration.doubt_kept({"tied:journalist": 1.0}) == calibration.DOUBT
    assert calibration.doubt_kept({"has:journalist": 1.0}) == calibration.SLIGHT_DOUBT
    assert calibration.decide(0.37, 0.8, least=calibration.DOUBT) == 0.5
    assert calibration.decide(0.37, 0.8, least=calibration.SLIGHT_DOUBT) == 0.37
    assert calibration.decide(0.42, 0.8, least=calibration.SLIGHT_DOUBT) == 0.5
    assert calibration.decide(0.42, 0.3, least=calibration.DOUBT) == 0.42


@pytest.mark.parametrize("reading", sorted(calibration.GENRE_READINGS))
def test_a_report_about_cases_gets_no_benefit_of_the_doubt(reading: str) -> None:
    """A report the genre inputs read as one about cases (a census, a training, a memoir) stays relevant only if the
    calibration says so, however much the rules found and whoever they tied."""
    found = {"tied:journalist": 1.0, "tied:speech": 1.0, reading: 1.0}
    assert calibration.doubt_kept(found) == 0.5
    assert calibration.decide(0.45, 0.9, least=calibration.doubt_kept(found)) == 0.45
    assert calibration.decide(0.55, 0.9, least=calibration.doubt_kept(found)) == 0.55


def test_calibrate_command_fits_dev_and_writes_weights_with_their_source(tmp_path: Path) -> None:
    """`tocsin-classifier calibrate --data-dir D --out F` fits on D/dev.jsonl, records its digest, and leaves
    the shipped weights alone."""
    shipped_before = file_digest(CALIBRATION_FILE)
    data = tmp_path / "data"
    data.mkdir()
    lines = DEV.read_text(encoding="utf-8").splitlines()[:120]
    (data / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    news = sum(1 for line in lines if json.loads(line)["event"]["type"] == "tocsin.arrest.reported")
    out = tmp_path / "calibration.json"
    assert main(["calibrate", "--data-dir", str(data), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["trained_on"]["sha256"] == file_digest(data / "dev.jsonl")
    assert written["trained_on"]["items"] == news
    assert file_digest(CALIBRATION_FILE) == shipped_before


def test_calibrate_command_refuses_a_dev_file_with_one_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only relevant items (or none): a clear error and exit status 2, no traceback, nothing written."""
    relevant = [line for line in DEV.read_text(encoding="utf-8").splitlines() if json.loads(line)["label"]["relevant"]]
    (tmp_path / "dev.jsonl").write_text("\n".join(relevant[:5]) + "\n", encoding="utf-8")
    out = tmp_path / "calibration.json"
    assert main(["calibrate", "--data-dir", str(tmp_path), "--out", str(out)]) == 2
    assert "need relevant and non-relevant rows" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("rows", [[], [({"a": 1.0}, True)] * 3], ids=["no-rows", "one-label"])
def test_fit_needs_both_labels(rows: list[tuple[dict[str, float], bool]]) -> None:
    """With one label the best intercept is infinite: a CalibrationError, not a division by zero."""
    with pytest.raises(CalibrationError, match="need relevant and non-relevant rows"):
        fit(rows)


@pytest.mark.parametrize("folds", ["1", "-2", "x"])
def test_cross_validation_needs_two_folds_or_more(folds: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`--cross-validate 1`, a negative or a non-number is refused by the command line, with a reason."""
    with pytest.raises(SystemExit) as exited:
        main(["calibrate", "--cross-validate", folds])
    assert exited.value.code == 2
    assert "--cross-validate" in capsys.readouterr().err


def test_cross_validation_scores_each_fold_with_a_fit_that_never_saw_it() -> None:
    """An input seen in one row only cannot help judge that row: its fold's fit never met the input."""
    rows = [({"a": 1.0}, True)] * 10 + [({"b": 1.0}, False)] * 5 + [({"rare": 1.0}, False)]
    bias, weights = fit(rows, l2=1.0)
    assert Calibration(bias, weights, {}).score({"rare": 1.0}) < 0.5  # fitted on every row, it is judged right
    errors = cross_validate(rows, folds=4, l2=1.0)
    assert (errors.negatives, errors.positives) == (6, 10)
    assert errors.false_alarms == 1  # ... but not by the fit that never saw it (the bias leans relevant)
    assert errors.missed == 0


def test_the_rules_errors_read_the_rules_score_input() -> None:
    """The baseline is the hand-set rules: relevant when their score (a logit input) is at least even."""
    rows = [({"rules": 1.0}, False), ({"rules": -1.0}, True), ({"rules": 2.0}, True), ({"rules": -2.0}, False)]
    errors = rules_errors(rows)
    assert (errors.false_alarms, errors.missed, errors.negatives, errors.positives) == (1, 1, 2, 2)
