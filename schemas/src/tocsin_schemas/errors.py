"""Errors raised by the contract package.

ContractError                 anything that breaks the v1 event contract
├── EventDecodeError          bytes or JSON that are not a valid v1 CloudEvent (permanent: dead-letter it)
└── UnknownEventTypeError     a well-formed CloudEvent whose `type` this version does not know
"""


class ContractError(Exception):
    """Base class: a message does not honour Tocsin's v1 event contract."""


class EventDecodeError(ContractError):
    """A message could not be decoded or validated as a v1 CloudEvent; retrying will not help."""


class UnknownEventTypeError(EventDecodeError):
    """A CloudEvent carries a `type` that this contract version does not define."""
