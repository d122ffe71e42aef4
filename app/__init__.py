"""Hearth's core: everything that does I/O (paths, settings, secrets, storage,
network clients, probes, the checkup runner, reports, the CLI). No QtWidgets."""

__version__ = "0.1.0"
APP_NAME = "Hearth"
