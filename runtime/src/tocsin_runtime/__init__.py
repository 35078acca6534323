"""Runtime glue every Tocsin service uses the same way: logging, Kafka settings and broker, publishing,
decoding, dead letters, health and metrics."""
