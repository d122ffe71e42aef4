"""Shared test helpers: fake servers on loopback, an in-memory keyring, fixtures."""
