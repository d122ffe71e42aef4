"""The central types every check speaks: Severity, Finding, Check and CheckContext.

A check is a pure function of the facts in its context. It never draws anything,
never does I/O and never reads the clock itself (``ctx.now`` is passed in).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from checks.cancel import Cancelled as Cancelled  # re-exported: long work imports both from here
from checks.cancel import CancelToken as CancelToken
from checks.i18n import N_


class Severity(enum.IntEnum):
    """How much a finding matters; higher is worse. Ordered so findings sort by risk."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        """A plain word for the severity, shown next to its icon (never colour alone)."""
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {
    Severity.INFO: N_("For your information"),
    Severity.LOW: N_("Low"),
    Severity.MEDIUM: N_("Medium"),
    Severity.HIGH: N_("High"),
    Severity.CRITICAL: N_("Urgent"),
}


class Subject(str, enum.Enum):
    """What a finding is about."""

    MEMBER = "member"
    ACCOUNT = "account"
    DEVICE = "device"
    NETWORK = "network"
    HOUSEHOLD = "household"


@dataclasses.dataclass(frozen=True)
class Finding:
    """One thing a check noticed, with why it matters and how to fix it.

    Attributes:
        check_id: the id of the check that produced it (stable, used to re-check).
        subject: what it is about.
        severity: how much it matters.
        title: a short plain-language headline.
        why: one or two sentences on the risk, for this person.
        fix: ordered steps a non-expert can follow. Never empty: no alert without a next step.
        evidence: what was observed; never a secret.
        effort_minutes: rough time the fix takes.
        subject_ref: which member/account/device it concerns (a name or domain), if any.
    """

    check_id: str
    subject: Subject
    severity: Severity
    title: str
    why: str
    fix: tuple[str, ...]
    evidence: tuple[str, ...] = ()
    effort_minutes: int = 5
    subject_ref: str = ""

    def __post_init__(self) -> None:
        if not self.check_id:
            raise ValueError("a finding needs the id of its check")
        if not self.title.strip() or not self.why.strip():
            raise ValueError(f"finding {self.check_id!r} needs a title and a reason")
        if isinstance(self.fix, (str, bytes)) or not self.fix or not all(s.strip() for s in self.fix):
            raise ValueError(f"finding {self.check_id!r} has no fix: every alert needs a next step")
        if self.effort_minutes < 0:
            raise ValueError("effort cannot be negative")
        object.__setattr__(self, "fix", tuple(self.fix))
        object.__setattr__(self, "evidence", tuple(self.evidence))
        object.__setattr__(self, "subject", Subject(self.subject))
        object.__setattr__(self, "severity", Severity(self.severity))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape used by the CLI and reports."""
        return {
            "check_id": self.check_id,
            "subject": self.subject.value,
            "subject_ref": self.subject_ref,
            "severity": self.severity.name.lower(),
            "title": self.title,
            "why": self.why,
            "fix": list(self.fix),
            "evidence": list(self.evidence),
            "effort_minutes": self.effort_minutes,
        }


ProgressCallback = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, text: str) -> None:  # noqa: ARG001
    return None


@dataclasses.dataclass(frozen=True)
class MemberFacts:
    """What a check may know about a household member (never a secret)."""

    name: str
    role: str = "adult"
    personal_words: tuple[str, ...] = ()


@dataclasses.dataclass
class CheckContext:
    """Everything a check may look at.

    Attributes:
        now: the time, passed in so checks stay pure and testable.
        member: the member the run is for, if any.
        facts: facts gathered by ``app`` (probe results, service answers), keyed by name.
        cancel: polled by long checks.
        progress: called as ``progress(done, total, text)``.
    """

    now: dt.datetime
    member: MemberFacts | None = None
    facts: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    cancel: CancelToken = dataclasses.field(default_factory=CancelToken)
    progress: ProgressCallback = _no_progress


@runtime_checkable
class Check(Protocol):
    """A check: pure over the facts in ``ctx``.

    The attributes are read-only here, so a check may narrow them (``title`` is a ``Msg``).
    """

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def category(self) -> str: ...

    def run(self, ctx: CheckContext) -> list[Finding]: ...
