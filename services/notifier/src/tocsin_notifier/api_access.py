"""Who may call a route and how often: bearer tokens (401/403/404) and the rate limits (429) of the API.

Owners hold their subscription's manage token, operators NOTIFIER_ADMIN_TOKEN. Clients are counted per
IPv4 address and per IPv6 /64 (guards.client_key); confirmation mails per address, whoever asks. The
counts live in the database (rate_limits.py), so every replica shares one allowance.
"""

import datetime as dt
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tocsin_notifier.api_context import ApiContext
from tocsin_notifier.errors import NotFoundError, RateLimitUnavailableError, RefusedAddressError
from tocsin_notifier.guards import Principal, client_of, is_admin_token
from tocsin_notifier.models import Subscription
from tocsin_notifier.rate_limits import RateLimit
from tocsin_notifier.subscription import mailbox_of

BEARER = HTTPBearer(auto_error=False, description="manage token or admin token")
UNAVAILABLE_RETRY = "30"  # seconds a client is asked to wait when a fail-closed limit cannot be counted (503)


class Access:
    """The API's checks: `principal` is the route dependency, the others are called from route bodies."""

    def __init__(self, ctx: ApiContext) -> None:
        self.ctx = ctx
        self._admin_token = ctx.settings.admin_token.get_secret_value() if ctx.settings.admin_token else None

    async def principal(
        self, request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]
    ) -> Principal:
        """The caller behind the bearer token: the admin or one subscription's owner (401 otherwise).

        A client that sent BAD_TOKEN_LIMIT unknown tokens in the window gets 429 for every token until the
        window lets one more through, a right one included: guessing gains nothing, not even an answer.
        """
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(401, "bearer token required", headers={"WWW-Authenticate": "Bearer"})
        client = client_of(request)
        if (wait := await self.ctx.rate_limits.waiting(self.ctx.bad_tokens, client)) is not None:
            raise too_many(wait)
        if is_admin_token(creds.credentials, self._admin_token):
            return Principal(admin=True)
        owned = await self.ctx.subscriptions.by_manage_token(creds.credentials)
        if owned is None:
            await self._hit(self.ctx.bad_tokens, client)
            raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
        return Principal(admin=False, subscription_id=owned.id)

    async def managed(self, sub_id: str, caller: Principal) -> Subscription:
        """The subscription `caller` may manage: 404 when there is none, 403 when it is someone else's."""
        sub = await self.ctx.subscriptions.get(sub_id)
        if sub is None:
            raise NotFoundError(sub_id)
        if not caller.may_manage(sub_id):
            raise HTTPException(403, "this token does not grant access to this subscription")
        return sub

    async def limit_rate(self, request: Request, action: str = "create", sub_id: str | None = None) -> None:
        """429 when this client did `action` too often, or anyone did it too often to subscription `sub_id`."""
        client = client_of(request)
        key = client if action == "create" else f"{action}\x1f{client}"
        wait = await self._hit(self.ctx.per_client, key)
        if wait is None and sub_id is not None:
            wait = await self._hit(self.ctx.per_subscription, f"{action}\x1f{sub_id}")
        if wait is not None:
            raise too_many(wait)

    async def limit_mail(self, address: str | None) -> None:
        """409 when `address` refused a confirmation request it had not made (for 30 days since); 429 when it was
        sent PER_ADDRESS_LIMIT confirmation mails this window."""
        if address is None:
            return
        until = await self.ctx.subscriptions.refused_until(address, now=self.ctx.clock())
        if until is not None:
            # the day only: the minute would tell anyone asking when its owner read and refused a Tocsin mail
            day = until.date() + dt.timedelta(days=1)
            raise RefusedAddressError(
                "the owner of this address refused a confirmation request they had not made: no confirmation mail "
                f"goes to it before {day.isoformat()}",
                until=day,
            )
        if (wait := await self._hit(self.ctx.per_address, mailbox_of(address))) is not None:
            raise too_many(wait)

    async def _hit(self, limit: RateLimit, subject: str) -> float | None:
        try:
            return await self.ctx.rate_limits.hit(limit, subject)
        except RateLimitUnavailableError:
            raise HTTPException(
                503, "cannot check the rate limit now; try again later", headers={"Retry-After": UNAVAILABLE_RETRY}
            ) from None


def too_many(wait: float) -> HTTPException:
    """A 429 telling the client how many seconds to wait."""
    return HTTPException(429, "too many requests; slow down", headers={"Retry-After": str(int(wait) + 1)})
