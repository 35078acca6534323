"""The public signup page: a civil-society reader subscribes her address from a form in her language, without curl.

It makes the same pending subscription as POST /v1/subscriptions, under the same limits, and sends only the
confirmation mail (in her language); nothing else reaches the address until she confirms.
"""

import html
from urllib.parse import urlencode

from tests.notifier.test_api_abuse import ADMIN, FORM, Api, api  # noqa: F401 (fixture)
from tocsin_notifier.i18n import translator
from tocsin_notifier.pages import FIELD_ERRORS
from tocsin_notifier.signup import REFUSED

GOOD = {
    "address": "linh@example.org",
    "countries": "VNM, KHM",
    "tags": "free-expression",
    "min_severity": "medium",
    "digest": "daily",
    "discreet": "yes",
    "language": "vi",
}


async def _subscriptions(on: Api) -> list[dict[str, object]]:
    listing = await on.client.get("/v1/subscriptions", headers=ADMIN)
    return list(listing.json()["items"])


async def test_the_form_is_shown_in_the_language_asked_for(api: Api) -> None:  # noqa: F811
    english = await api.client.get("/v1/subscribe")
    assert english.status_code == 200
    assert '<html lang="en">' in english.text
    assert 'name="address"' in english.text
    assert '<a href="?lang=vi" lang="vi">Tiếng Việt</a>' in english.text
    vietnamese = await api.client.get("/v1/subscribe?lang=vi")
    assert '<html lang="vi">' in vietnamese.text
    assert translator("vi")("Subscribe to Tocsin alerts") in html.unescape(vietnamese.text)
    assert '<option value="vi" lang="vi" selected>' in vietnamese.text
    unknown = await api.client.get("/v1/subscribe?lang=xx")
    assert '<html lang="en">' in unknown.text


async def test_a_reader_subscribes_and_is_asked_to_confirm_in_her_language(api: Api) -> None:  # noqa: F811
    answered = await api.client.post("/v1/subscribe", content=urlencode(GOOD), headers=FORM)
    assert answered.status_code == 200, answered.text
    t = translator("vi")
    assert t("Check your inbox") in html.unescape(answered.text)
    assert "linh@example.org" in answered.text
    assert "manage_token" not in answered.text
    (made,) = await _subscriptions(api)
    assert made["status"] == "pending"
    assert (made["target"], made["digest"], made["discreet"], made["language"]) == (
        "linh@example.org",
        "daily",
        True,
        "vi",
    )
    assert made["filters"] == {
        "countries": ["KHM", "VNM"],
        "event_types": [],
        "tags": ["free-expression"],
        "min_severity": "medium",
    }
    (confirmation,) = api.email.sent
    assert confirmation["To"] == "linh@example.org"
    assert confirmation["Content-Language"] == "vi"
    assert confirmation["Subject"] == t("Confirm your Tocsin subscription")


async def test_a_wrong_field_shows_the_form_again_and_makes_nothing(api: Api) -> None:  # noqa: F811
    for wrong in (
        {**GOOD, "address": "not an address"},
        {**GOOD, "countries": "XXX"},
        {**GOOD, "language": "de"},
        {key: value for key, value in GOOD.items() if key != "address"},
        {**GOOD, "manage_token": "x"},
    ):
        answered = await api.client.post("/v1/subscribe", content=urlencode(wrong), headers=FORM)
        assert answered.status_code == 422, wrong
        assert 'name="address"' in answered.text
    assert await _subscriptions(api) == []
    assert api.email.sent == []
    not_a_form = await api.client.post("/v1/subscribe", json=GOOD)
    assert not_a_form.status_code == 403


async def test_a_wrong_field_is_said_in_her_language(api: Api) -> None:  # noqa: F811
    answered = await api.client.post("/v1/subscribe", content=urlencode({**GOOD, "countries": "XXX"}), headers=FORM)
    assert answered.status_code == 422
    assert answered.headers["Content-Language"] == "vi"
    said = html.unescape(answered.text)
    assert translator("vi")(FIELD_ERRORS["countries"]) in said
    assert "XXX" in said  # the detail, as the check gave it


async def test_a_form_posted_from_another_site_subscribes_no_one(api: Api) -> None:  # noqa: F811
    """A form on another site could make each of its visitors' browsers subscribe an address: each visitor a client
    of its own to the per-client limit. Browsers say where a form comes from; a text/plain body is no form of ours."""
    body = urlencode(GOOD)
    for headers in (
        {**FORM, "Origin": "https://evil.example"},
        {**FORM, "Sec-Fetch-Site": "cross-site"},
        {**FORM, "Origin": "null"},
        {"Content-Type": "text/plain"},
    ):
        refused = await api.client.post("/v1/subscribe", content=body, headers=headers)
        assert refused.status_code == 403, headers
        assert translator("vi")("Not sent") in html.unescape(refused.text)
    assert await _subscriptions(api) == []
    own = {**FORM, "Origin": "https://tocsin.example", "Sec-Fetch-Site": "same-origin"}
    assert (await api.client.post("/v1/subscribe", content=body, headers=own)).status_code == 200


async def test_whether_an_address_refused_cannot_be_asked_past_the_clients_limit(api: Api) -> None:  # noqa: F811
    """The page said "refused" before counting the request: anyone could ask, without limit, whether an address had
    turned Tocsin down. The client's limit now comes first."""
    await api.client.post("/v1/subscribe", content=urlencode(GOOD), headers=FORM)
    (made,) = await _subscriptions(api)
    token = await api.ctx.subscriptions.unsubscribe_token_for(str(made["id"]))
    await api.client.post(f"/v1/unsubscribe/{token}")  # she refused it
    limit = api.ctx.settings.create_rate_limit
    for n in range(limit - 1):  # the client's allowance, spent on other addresses
        other = {**GOOD, "address": f"reader{n}@example.org"}
        assert (await api.client.post("/v1/subscribe", content=urlencode(other), headers=FORM)).status_code == 200
    asked = await api.client.post("/v1/subscribe", content=urlencode(GOOD), headers=FORM)
    assert asked.status_code == 429
    assert translator("vi")(REFUSED, day="")[:30] not in html.unescape(asked.text)


async def test_what_was_sent_is_shown_back_escaped(api: Api) -> None:  # noqa: F811
    answered = await api.client.post(
        "/v1/subscribe", content=urlencode({**GOOD, "countries": '"><script>alert(1)</script>'}), headers=FORM
    )
    assert answered.status_code == 422
    assert "<script>" not in answered.text


async def test_the_form_keeps_the_apis_limit_on_mails_to_one_mailbox(api: Api) -> None:  # noqa: F811
    """Three confirmation mails an hour to one mailbox (its +tags folded), whoever asks and however."""
    for n in range(3):
        sent = await api.client.post(
            "/v1/subscribe", content=urlencode({**GOOD, "address": f"linh+{n}@example.org"}), headers=FORM
        )
        assert sent.status_code == 200
    refused = await api.client.post("/v1/subscribe", content=urlencode(GOOD), headers=FORM)
    assert refused.status_code == 429
    said = html.unescape(refused.text)
    assert (
        translator("vi")(
            "Too many requests from this connection or to this address: try again in {minutes} minutes.", minutes=60
        )[:20]
        in said
    )
    assert len(api.email.sent) == 3


async def test_an_address_whose_owner_refused_gets_no_mail_and_is_told_until_when(api: Api) -> None:  # noqa: F811
    await api.client.post("/v1/subscribe", content=urlencode(GOOD), headers=FORM)
    (made,) = await _subscriptions(api)
    token = await api.ctx.subscriptions.unsubscribe_token_for(str(made["id"]))
    assert (await api.client.post(f"/v1/unsubscribe/{token}")).status_code == 200  # she refused it
    again = await api.client.post("/v1/subscribe", content=urlencode({**GOOD, "language": "fr"}), headers=FORM)
    assert again.status_code == 409
    assert translator("fr")(REFUSED, day="")[:40] in html.unescape(again.text)
    assert len(api.email.sent) == 1


async def test_a_form_from_a_name_that_merely_points_here_is_refused(api: Api) -> None:  # noqa: F811
    """The request's Host counted as this site: any name pointed at the notifier (DNS rebinding) passed with a matching
    Origin. Only NOTIFIER_PUBLIC_URL's origin counts, its default port written or not."""
    body = urlencode(GOOD)
    rebound = {**FORM, "Host": "evil.example", "Origin": "https://evil.example", "Sec-Fetch-Site": "same-origin"}
    assert (await api.client.post("/v1/subscribe", content=body, headers=rebound)).status_code == 403
    assert await _subscriptions(api) == []
    port_written = {**FORM, "Origin": "https://tocsin.example:443"}
    assert (await api.client.post("/v1/subscribe", content=body, headers=port_written)).status_code == 200
