"""Run the text-producing tests of one module again, inside a single test.

Some translation tests end with "every marked text was produced": it needs the texts that the
other tests of its file produced. Reading a list those tests fill in made it depend on their
order (and on them running in the same process, which pytest-xdist does not promise). Instead,
that last test calls every other ``test_*`` function of its module itself, each with fresh
fixtures (its own data folder, Hearth and monkeypatch), so it stands alone.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from app.core import Hearth
from app.paths import Paths
from app.secrets import SecretStore
from tests.helpers.memkeyring import MemoryKeyring


def producers(module: ModuleType, *, exclude: str) -> list[Callable[..., Any]]:
    return [
        fn
        for name, fn in vars(module).items()
        if name.startswith("test_") and name != exclude and inspect.isfunction(fn) and fn.__module__ == module.__name__
    ]


def run_producers(module: ModuleType, request: pytest.FixtureRequest, *, exclude: str) -> int:
    """Call every other test function of ``module``; returns how many ran."""
    factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
    ran = 0
    for fn in producers(module, exclude=exclude):
        with pytest.MonkeyPatch.context() as patch:
            opened: list[Hearth] = []
            kwargs: dict[str, Any] = {}
            for param in inspect.signature(fn).parameters:
                if param == "monkeypatch":
                    kwargs[param] = patch
                elif param == "tmp_path":
                    kwargs[param] = factory.mktemp(fn.__name__)
                elif param == "hearth":
                    patch.setenv("HEARTH_DATA_DIR", str(factory.mktemp("hearth-data")))
                    h = Hearth.open(Paths.default(), secrets=SecretStore(MemoryKeyring()))
                    opened.append(h)
                    kwargs[param] = h
                else:
                    kwargs[param] = request.getfixturevalue(param)
            try:
                fn(**kwargs)
            finally:
                for h in opened:
                    h.close()
        ran += 1
    return ran
