"""Against a real HTTP server on 127.0.0.1: a request body that never finishes is answered 408 and closed."""

import asyncio
import socket

import uvicorn
from starlette.types import Receive, Scope, Send

from tests.notifier.fakes import free_port
from tocsin_notifier.guards import BodyLimit


async def _ok(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


async def _exchange(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), timeout=10)  # read() returns once the server closes
    writer.close()
    return answer


async def test_a_body_that_never_finishes_is_408_and_the_connection_closed() -> None:
    """Five connections sending `{` of a declared 16,000 bytes were all still open after 330 s (a tester); a whole
    body still goes through."""
    port = free_port()
    app = BodyLimit(_ok, max_bytes=64_000, timeout=0.5)
    # no log_config, no log_level: uvicorn would set its loggers' handlers and levels for the rest of the run
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, log_level=None)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    try:
        for _ in range(1000):  # at most 10 s to bind
            if server.started:
                break
            await asyncio.sleep(0.01)
        slow = b"POST /v1/subscriptions HTTP/1.1\r\nHost: x\r\nContent-Length: 16000\r\n\r\n{"
        answer = await _exchange(port, slow)
        assert answer.startswith(b"HTTP/1.1 408 ")
        assert b"not received whole within 0.5 s" in answer
        whole = b"POST /v1/subscriptions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
        assert (await _exchange(port, whole)).startswith(b"HTTP/1.1 200 ")
    finally:
        server.should_exit = True
        await serving
    with socket.socket() as probe:  # the server is gone: nothing of it is left listening
        assert probe.connect_ex(("127.0.0.1", port)) != 0
