"""A webhook receiver for bench_notifier.py, run in its own process so that it does not share an event loop with
what it measures: `python bench/webhook_sink.py PORT`.

HTTP/1.1 with keep-alive on 127.0.0.1, written on asyncio streams (fast enough that it is not the bottleneck: see the
sink's own rate printed by the bench). It verifies every request's Standard Webhooks signature with the secret
registered for its path and answers 204, or 401 when it fails. Control requests (from the bench):
  PUT /secret/NAME   body: the whsec_ secret of /hook/NAME
  GET /received      JSON {NAME: [[webhook-id, alert id, receipt time (Unix seconds)], ...]} of accepted requests,
                     and "rejected": the number of requests that failed verification
"""

import asyncio
import json
import sys
import time

from standardwebhooks import Webhook, WebhookVerificationError

Received = list[tuple[str, str, float]]


class Sink:
    def __init__(self) -> None:
        self.secrets: dict[str, Webhook] = {}
        self.received: dict[str, Received] = {}
        self.rejected = 0

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *lines = head.decode("latin-1").split("\r\n")
                method, path, _ = request_line.split(" ", 2)
                headers = dict(line.split(": ", 1) for line in lines if ": " in line)
                headers = {k.lower(): v for k, v in headers.items()}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                status, answer = self.answer(method, path, headers, body)
                reply = (
                    f"HTTP/1.1 {status} -\r\ncontent-length: {len(answer)}\r\ncontent-type: application/json\r\n\r\n"
                )
                writer.write(reply.encode() + answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        _, kind, name = [*path.split("/", 2), "", ""][:3]
        if method == "PUT" and kind == "secret":
            self.secrets[name] = Webhook(body.decode())
            self.received.setdefault(name, [])
            return 204, b""
        if method == "GET" and kind == "received":
            return 200, json.dumps({"received": self.received, "rejected": self.rejected}).encode()
        if method == "POST" and kind == "hook" and name in self.secrets:
            try:
                self.secrets[name].verify(body, headers)
            except (WebhookVerificationError, ValueError):
                self.rejected += 1
                return 401, b""
            start = body.find(b'"id":"') + 6  # the structured CloudEvent's own id: the alert's
            alert_id = body[start : body.find(b'"', start)].decode()
            self.received[name].append((headers["webhook-id"], alert_id, time.time()))
            return 204, b""
        return 404, b""


async def main(port: int) -> None:
    server = await asyncio.start_server(Sink().serve, "127.0.0.1", port, backlog=256)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
