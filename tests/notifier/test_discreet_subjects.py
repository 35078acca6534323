"""Discreet subjects: a subject shows on a lock screen and to the mail provider even when the body is encrypted, so a
subscriber at risk can have every alert mail say only "Tocsin: N new alerts" (set through the API and her settings
page: tests/notifier/test_api_abuse.py)."""

from tests.notifier.channels.test_email_channel import compose_discreet
from tests.notifier.fakes import NOW, Clock, Db, FakeEmail, FakeReporter, FakeWebhooks, make_alert, make_worker
from tocsin_notifier.routing import Filters
from tocsin_notifier.store import NewSubscription


def test_a_discreet_subject_names_no_country_severity_or_headline() -> None:
    one = compose_discreet(make_alert(key="a", severity="critical"))
    assert one["Subject"] == "Tocsin: 1 new alert"
    several = compose_discreet(make_alert(key="a", severity="critical"), make_alert(key="b"))
    assert several["Subject"] == "Tocsin: 2 new alerts"


async def test_the_worker_mails_a_discreet_subscription_with_a_discreet_subject(db: Db) -> None:
    new = NewSubscription("email", "linh@example.org", Filters(), discreet=True)
    created = await db.subscriptions.create(new, secret=None, now=NOW)
    await db.subscriptions.confirm(await db.subscriptions.confirm_token_for(created.subscription.id), now=NOW)
    assert await db.outbox.record(make_alert(key="discreet", severity="critical"), now=NOW) == 1
    email = FakeEmail()
    worker = make_worker(db, webhooks=FakeWebhooks(), email=email, reporter=FakeReporter(), clock=Clock())
    await worker.run_once()
    (mail,) = email.sent
    assert mail["Subject"] == "Tocsin: 1 new alert"
