"""A consumer that processes one message and is killed (SIGKILL) before its offset is committed.

Run as: python crashing_consumer.py BOOTSTRAP IN_TOPIC OUT_TOPIC GROUP
"""

import asyncio
import os
import signal
import sys

from faststream import AckPolicy
from faststream.kafka import KafkaMessage

from tocsin_runtime.broker import make_broker
from tocsin_runtime.settings import KafkaSettings


async def main(bootstrap: str, in_topic: str, out_topic: str, group: str) -> None:
    broker = make_broker(KafkaSettings(bootstrap_servers=bootstrap), service="crash-test")

    @broker.subscriber(
        in_topic,
        group_id=group,
        ack_policy=AckPolicy.ACK,
        auto_offset_reset="earliest",
        session_timeout_ms=6000,
    )
    async def on_message(body: bytes, msg: KafkaMessage) -> None:
        await broker.publish(body, out_topic)  # the output is durable (acks=all) ...
        os.kill(os.getpid(), signal.SIGKILL)  # ... and the process dies before the offset commit.

    await broker.start()
    await asyncio.sleep(120)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
