"""The emails the notifier sends, with the links each one needs (public URL, unsubscribe, confirmation)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from tocsin_notifier.channels.email import (
    compose_alert_email,
    compose_confirmation_email,
    compose_contact_confirmation,
    compose_disabled_notice,
    compose_settings_notice,
)
from tocsin_notifier.unsubscribe_mail import UnsubscribeMailbox
from tocsin_schemas import AlertClassifiedEvent


@dataclass(frozen=True)
class Links:
    """Absolute URLs under NOTIFIER_PUBLIC_URL, and the unsubscribe mailbox's mailto URI when one is read."""

    public_url: str
    unsubscribe_mailbox: UnsubscribeMailbox | None = None

    def unsubscribe(self, token: str) -> str:
        return f"{self.public_url.rstrip('/')}/v1/unsubscribe/{token}"

    def unsubscribe_mailto(self, token: str) -> str | None:
        return self.unsubscribe_mailbox.mailto(token) if self.unsubscribe_mailbox else None

    def settings(self, token: str) -> str:
        """The page where the owner of an email subscription's address changes what it receives (its key is the
        unsubscribe token, which every mail to that address carries)."""
        return f"{self.public_url.rstrip('/')}/v1/settings/{token}"

    def signup(self, language: str) -> str:
        """The public signup page, in `language`."""
        return f"{self.public_url.rstrip('/')}/v1/subscribe?lang={language}"

    def confirm(self, token: str) -> str:
        return f"{self.public_url.rstrip('/')}/v1/confirm/{token}"

    def confirm_contact(self, token: str) -> str:
        return f"{self.public_url.rstrip('/')}/v1/confirm-contact/{token}"

    def refuse_contact(self, token: str) -> str:
        return f"{self.public_url.rstrip('/')}/v1/refuse-contact/{token}"


class Mailer:
    """Composes alert, digest, confirmation and notice emails from `sender`."""

    def __init__(self, *, sender: str, links: Links) -> None:
        self.sender, self.links = sender, links

    def alert(
        self,
        alerts: Sequence[AlertClassifiedEvent],
        *,
        to: str,
        unsubscribe_token: str,
        discreet: bool = False,
        language: str = "en",
    ) -> EmailMessage:
        return compose_alert_email(
            alerts,
            to=to,
            sender=self.sender,
            unsubscribe_url=self.links.unsubscribe(unsubscribe_token),
            unsubscribe_mailto=self.links.unsubscribe_mailto(unsubscribe_token),
            manage_url=self.links.settings(unsubscribe_token),
            discreet=discreet,
            language=language,
        )

    def confirmation(
        self,
        *,
        to: str,
        confirm_token: str,
        unsubscribe_token: str,
        expires: datetime | None = None,
        language: str = "en",
    ) -> EmailMessage:
        return compose_confirmation_email(
            to=to,
            sender=self.sender,
            confirm_page_url=self.links.confirm(confirm_token),
            unsubscribe_url=self.links.unsubscribe(unsubscribe_token),
            unsubscribe_mailto=self.links.unsubscribe_mailto(unsubscribe_token),
            expires=expires,
            language=language,
        )

    def contact_confirmation(self, *, to: str, subscription_id: str, confirm_token: str) -> EmailMessage:
        return compose_contact_confirmation(
            to=to,
            sender=self.sender,
            subscription_id=subscription_id,
            confirm_page_url=self.links.confirm_contact(confirm_token),
            refuse_page_url=self.links.refuse_contact(confirm_token),
        )

    def disabled_notice(
        self,
        *,
        to: str,
        subscription_id: str,
        target: str,
        reason: str,
        unsubscribe_token: str,
        email: bool = False,
        language: str = "en",
    ) -> EmailMessage:
        return compose_disabled_notice(
            to=to,
            sender=self.sender,
            subscription_id=subscription_id,
            target=target,
            reason=reason,
            unsubscribe_url=self.links.unsubscribe(unsubscribe_token),
            unsubscribe_mailto=self.links.unsubscribe_mailto(unsubscribe_token),
            signup_url=self.links.signup(language) if email else None,
            language=language if email else "en",
        )

    def settings_notice(
        self, *, to: str, subscription_id: str, settings: str, unsubscribe_token: str, language: str = "en"
    ) -> EmailMessage:
        return compose_settings_notice(
            to=to,
            sender=self.sender,
            subscription_id=subscription_id,
            settings=settings,
            unsubscribe_url=self.links.unsubscribe(unsubscribe_token),
            unsubscribe_mailto=self.links.unsubscribe_mailto(unsubscribe_token),
            settings_url=self.links.settings(unsubscribe_token),
            language=language,
        )
