"""Where Hearth keeps its files.

All paths come from here. ``HEARTH_DATA_DIR`` overrides everything: the data,
cache and log folders then all live under it, so one variable isolates a whole
installation (tests, portable use).
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from app import config
from app.errors import StorageError
from checks.i18n import N_

ENV_DATA_DIR = config.DATA_DIR


@dataclasses.dataclass(frozen=True)
class Paths:
    data: Path
    cache: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "hearth.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.logs / "hearth.log"

    @classmethod
    def default(cls) -> Paths:
        root = config.current().data_dir
        if root is not None:
            return cls(data=root, cache=root / "cache", logs=root / "logs")
        import platformdirs  # only when needed: HEARTH_DATA_DIR makes it unnecessary

        return cls(
            data=Path(platformdirs.user_data_dir("hearth", appauthor=False)),
            cache=Path(platformdirs.user_cache_dir("hearth", appauthor=False)),
            logs=Path(platformdirs.user_log_dir("hearth", appauthor=False)),
        )

    def ensure(self) -> Paths:
        """Create the folders (private to this user). Raises StorageError when that is impossible."""
        for folder in (self.data, self.cache, self.logs):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                reason = exc.strerror or exc
                raise StorageError(
                    N_("Hearth cannot create its folder {folder} ({reason}).", folder=folder, reason=reason),
                    hint=N_("Check that you can write there, or start Hearth with its data in a folder you own (see the README)."),
                ) from exc
            if not os.access(folder, os.W_OK | os.X_OK):
                raise StorageError(
                    N_("Hearth cannot write to its folder {folder}.", folder=folder),
                    hint=N_("Check the folder's permissions, or start Hearth with its data in a folder you own (see the README)."),
                )
        return self
