"""The e-mail domain check: look up a business domain's SPF, DMARC, DKIM, MTA-STS, TLS-RPT and MX records.

DNS goes through dnspython. By default the computer's own resolver is used; ``HEARTH_DNS_SERVER``
(``ip:port``, read through ``app.config``) sends *every* look-up of this check to that server
instead (tests, or a business that wants its own resolver). Each look-up has a timeout
(``timeout``), the whole check a deadline (``deadline``): what is not answered in time is
``unknown``, never ``good``. Every look-up is written to the privacy ledger (service ``dns``,
method = record type, the name asked): only names under the business's own domain, and the
names its SPF record itself points to, are ever sent.

``checks.email_domain`` judges what was found. This module also keeps the domain a business
member checks (migration ``business_email_domains``), stores the last result for the gap report,
and turns the items that need work into checkup findings (source ``business``): checking again
after a fix marks the finding fixed (an item that could not be checked leaves it as it was).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import json
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import dns.exception
import dns.message
import dns.name
import dns.rcode
import dns.rdatatype
import dns.resolver

from app.errors import InvalidInput, NotFound, OfflineError, ServiceError
from checks import email_domain as E
from checks.base import CancelToken
from checks.i18n import N_, from_data, to_data

if TYPE_CHECKING:
    from app.core import Hearth

SERVICE = "dns"
LOOKUP_TIMEOUT = 3.0  # seconds for one look-up (all its tries)
DEADLINE = 15.0  # seconds for the whole check
WORKERS = 8
Progress = Callable[[int, int, str], None]


# ---------------------------------------------------------------------------------------------
# which server


def configured_server() -> str:
    """``HEARTH_DNS_SERVER`` as typed ("" = the computer's own resolver)."""
    from app import config

    return getattr(config.current(), "dns_server", "")


def parse_server(text: str) -> tuple[str, int]:
    """``ip:port`` / ``[v6]:port`` / ``ip`` (port 53) -> (ip, port); a plain error otherwise."""
    raw = text.strip()
    host, port = raw, 53
    if raw.startswith("["):
        host, _, rest = raw[1:].partition("]")
        if rest:
            if not rest.startswith(":") or not rest[1:].isdigit():
                host = ""
            else:
                port = int(rest[1:])
    elif raw.count(":") == 1:
        host, _, p = raw.partition(":")
        port = int(p) if p.isdigit() else -1
    try:
        ipaddress.ip_address(host)
    except ValueError:
        port = -1
    if not 0 < port < 65536:
        raise InvalidInput(
            N_("The name server Hearth was told to use ({value}) is not an address and port.", value=raw[:80]),
            hint=N_("Write it like 127.0.0.1:5353, or remove it to use this computer's own DNS."),
        )
    return host, port


# ---------------------------------------------------------------------------------------------
# look-ups


class DnsLookup:
    """Look-ups for one check: one server, a timeout each, one deadline, each one in the ledger."""

    def __init__(
        self,
        ledger: Any,
        server: str | None = None,
        *,
        timeout: float = LOOKUP_TIMEOUT,
        deadline: float = DEADLINE,
        cancel: CancelToken | None = None,
        purpose: str = "",
    ) -> None:
        self.ledger = ledger
        self.timeout = max(0.05, float(timeout))
        self.deadline_at = time.monotonic() + max(0.1, float(deadline))
        self.cancel = cancel or CancelToken()
        self.purpose = purpose
        server = configured_server() if server is None else server
        if server:
            ip, port = parse_server(server)
            self.nameservers, self.port = [ip], port
        else:
            try:
                system = dns.resolver.Resolver(configure=True)
            except (dns.resolver.NoResolverConfiguration, OSError) as exc:
                raise ServiceError(
                    N_("Hearth could not find this computer's DNS settings, so it cannot look up the domain."),
                    hint=N_("Check that this computer is connected to the internet, then try again."),
                    service=SERVICE,
                ) from exc
            self.nameservers = [str(n) for n in system.nameservers]
            self.port = int(system.port)
            if not self.nameservers:
                raise ServiceError(
                    N_("This computer has no DNS server set, so Hearth cannot look up the domain."),
                    hint=N_("Check that this computer is connected to the internet, then try again."),
                    service=SERVICE,
                )
        self.count = 0

    @property
    def server_label(self) -> str:
        host = self.nameservers[0]
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    def _resolver(self, lifetime: float) -> dns.resolver.Resolver:
        r = dns.resolver.Resolver(configure=False)
        r.nameservers = list(self.nameservers)
        r.port = self.port
        r.timeout = lifetime
        r.lifetime = lifetime
        r.cache = None
        return r

    def lookup(self, name: str, rdtype: str) -> E.DnsAnswer:
        remaining = self.deadline_at - time.monotonic()
        if self.cancel.cancelled:
            return E.DnsAnswer("skipped", reason="cancelled")
        if remaining < 0.05:
            answer = E.DnsAnswer("skipped", reason="time limit for the whole check reached")
            self._ledger(name, rdtype, "not asked: time limit")
            return answer
        lifetime = min(self.timeout, remaining)
        self.count += 1
        try:
            result = self._resolver(lifetime).resolve(
                name, rdtype, raise_on_no_answer=False, search=False, lifetime=lifetime
            )
        except dns.resolver.NXDOMAIN:
            answer = E.DnsAnswer("nxdomain", reason="no such name")
        except dns.resolver.NoAnswer:
            answer = E.DnsAnswer("nodata", reason="no record")
        except dns.exception.Timeout:
            answer = E.DnsAnswer("timeout", reason=f"no answer within {lifetime:.1f} s")
        except dns.resolver.NoNameservers as exc:
            answer = E.DnsAnswer("servfail", reason=_servfail_reason(exc))
        except dns.exception.DNSException as exc:
            answer = E.DnsAnswer("error", reason=type(exc).__name__)
        except OSError as exc:  # unreachable network, refused port
            answer = E.DnsAnswer("error", reason=exc.strerror or type(exc).__name__)
        else:
            records = _records(result.rrset, rdtype) if result.rrset is not None else ()
            answer = E.DnsAnswer("ok", records) if records else E.DnsAnswer("nodata", reason="no record")
        self._ledger(name, rdtype, _outcome(answer))
        return answer

    def lookup_many(self, queries: Iterable[tuple[str, str]]) -> list[E.DnsAnswer]:
        queries = list(queries)
        if len(queries) <= 1:
            return [self.lookup(n, t) for n, t in queries]
        with ThreadPoolExecutor(max_workers=min(WORKERS, len(queries)), thread_name_prefix="hearth-dns") as pool:
            return list(pool.map(lambda q: self.lookup(*q), queries))

    def _ledger(self, name: str, rdtype: str, outcome: str) -> None:
        if self.ledger is None:
            return
        self.ledger.record(
            service=SERVICE,
            method=rdtype,
            url=f"dns://{self.server_label}/{name}",
            purpose=self.purpose or "check the e-mail domain's SPF, DKIM, DMARC and MTA-STS records",
            status=None,
            outcome=outcome,
        )


def _servfail_reason(exc: dns.resolver.NoNameservers) -> str:
    errors = exc.kwargs.get("errors") or []
    for err in errors:
        answer = err[-1] if isinstance(err, tuple) else None
        if isinstance(answer, dns.message.Message):
            return f"the server answered {dns.rcode.to_text(answer.rcode())}"
    return "the server answered SERVFAIL"


def _outcome(answer: E.DnsAnswer) -> str:
    return {
        "ok": "ok", "nxdomain": "no such name", "nodata": "no record", "timeout": "timed out",
        "servfail": "server failure", "skipped": "not asked",
    }.get(answer.status, f"failed ({answer.reason})")


def _records(rrset: Any, rdtype: str) -> tuple[str, ...]:
    out = []
    for rdata in rrset:
        if rdtype == "TXT":
            # RFC 7208 3.3 / RFC 6376 3.6.2.2: the strings of one record are joined with nothing between
            out.append(b"".join(rdata.strings).decode("utf-8", "replace"))
        elif rdtype == "MX":
            out.append(f"{rdata.preference} {rdata.exchange.to_text()}")
        else:
            out.append(rdata.to_text())
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# gathering


def gather(lookup: DnsLookup, domain: str, progress: Progress | None = None) -> E.DomainRecords:
    """Every record the judgement needs, asked in parallel, SPF include/redirect chain followed."""
    report = progress or (lambda done, total, text: None)
    org = E.org_domain(domain) or domain
    first: list[tuple[str, str]] = [
        (domain, "MX"), (domain, "TXT"), (f"_dmarc.{domain}", "TXT"),
        (f"_mta-sts.{domain}", "TXT"), (f"_smtp._tls.{domain}", "TXT"),
    ]
    if org != domain:
        first.append((f"_dmarc.{org}", "TXT"))
    report(0, 3, N_("Looking up the mail servers, SPF and DMARC records…"))
    answers = lookup.lookup_many(first)
    mx, txt, dmarc, sts, rpt = answers[:5]
    org_dmarc = answers[5] if org != domain else None
    if mx.status == "nxdomain" and txt.status == "nxdomain":
        raise NotFound(
            N_("There is no domain called {domain} on the internet.", domain=domain),
            hint=N_("Check the spelling: it is the part after the @ in your business e-mail address."),
        )
    lookup.cancel.raise_if_cancelled()
    provider = E.detect_provider(mx) if mx.ok else E.OTHER
    selectors = E.selectors_to_try(provider)
    report(1, 3, N_("Looking for DKIM keys and following your SPF record…"))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-dkim") as side:
        dkim_future = side.submit(lookup.lookup_many, [(f"{s}._domainkey.{domain}", "TXT") for s in selectors])
        chain = _follow_spf(lookup, domain, txt)
        dkim_answers = dkim_future.result()
    lookup.cancel.raise_if_cancelled()
    report(2, 3, N_("Judging what was found…"))
    return E.DomainRecords(
        domain=domain, mx=mx, txt=txt, dmarc=dmarc, mta_sts=sts, tls_rpt=rpt,
        dkim=dict(zip(selectors, dkim_answers, strict=True)), spf_chain=chain, org_domain=org, org_dmarc=org_dmarc,
    )


def _follow_spf(lookup: DnsLookup, domain: str, txt: E.DnsAnswer) -> dict[str, E.DnsAnswer]:
    """TXT answers of every domain the SPF record includes or redirects to, level by level (loops stop)."""
    chain: dict[str, E.DnsAnswer] = {}
    seen = {domain}
    level = _targets(E.spf_records(txt))
    while level and len(chain) < E.MAX_CHAIN and not lookup.cancel.cancelled:
        todo = [d for d in dict.fromkeys(level) if d not in seen][: E.MAX_CHAIN - len(chain)]
        seen.update(todo)
        answers = lookup.lookup_many([(d, "TXT") for d in todo])
        nxt: list[str] = []
        for d, ans in zip(todo, answers, strict=True):
            chain[d] = ans
            recs = E.spf_records(ans)
            if len(recs) == 1:
                nxt.extend(_targets(recs))
        level = nxt
    return chain


def _targets(texts: Iterable[str]) -> list[str]:
    out = []
    for t in texts:
        out.extend(E.parse_spf(t).targets())
    return out


# ---------------------------------------------------------------------------------------------
# the check


@dataclasses.dataclass(frozen=True)
class DomainReport:
    domain: str
    provider: str  # "" when not recognised
    items: tuple[E.Item, ...]
    checked_at: str
    server: str
    lookups: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        """The ``hearth business email-domain --json`` shape."""
        return {
            "domain": self.domain,
            "provider": self.provider or None,
            "items": [
                {"id": it.id, "status": it.status, "title": it.title, "detail": it.detail, "fix": list(it.fix),
                 "record": it.record or None, "record_name": it.record_name or None}
                for it in self.items
            ],
        }

    def to_data(self) -> dict[str, Any]:
        """JSON-able, keeping every text translatable (``checks.i18n.to_data``)."""
        return {
            "domain": self.domain, "provider": self.provider, "checked_at": self.checked_at, "server": self.server,
            "lookups": self.lookups, "seconds": self.seconds,
            "items": [
                {"id": it.id, "status": it.status, "title": to_data(it.title), "detail": to_data(it.detail),
                 "fix": [to_data(s) for s in it.fix], "record": it.record, "record_name": it.record_name,
                 "needs_it": it.needs_it}
                for it in self.items
            ],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DomainReport:
        items = tuple(
            E.Item(str(i["id"]), str(i["status"]), from_data(i["title"]), from_data(i["detail"]),
                   tuple(from_data(s) for s in i.get("fix", ())), str(i.get("record") or ""),
                   str(i.get("record_name") or ""), bool(i.get("needs_it")))
            for i in data.get("items", ())
        )
        return cls(str(data["domain"]), str(data.get("provider") or ""), items, str(data.get("checked_at", "")),
                   str(data.get("server", "")), int(data.get("lookups", 0)), float(data.get("seconds", 0.0)))


def normalise(text: str) -> str:
    """The ASCII domain for what a person typed, or InvalidInput with a plain message."""
    domain, problem = E.parse_domain(text)
    if problem:
        raise InvalidInput(problem, hint=N_("For the address anna@example.com, the domain is example.com."))
    return domain


def check_domain(
    hearth: Hearth,
    text: str,
    *,
    now: dt.datetime | None = None,
    server: str | None = None,
    timeout: float = LOOKUP_TIMEOUT,
    deadline: float = DEADLINE,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> DomainReport:
    """Look up and judge one e-mail domain (nothing is stored)."""
    domain = normalise(text)
    if hearth is not None and hearth.is_offline():
        raise OfflineError(N_("the e-mail domain check"))
    now = now or dt.datetime.now(dt.UTC)
    started = time.monotonic()
    lookup = DnsLookup(getattr(hearth, "ledger", None), server, timeout=timeout, deadline=deadline, cancel=cancel)
    records = gather(lookup, domain, progress)
    result = E.judge(records, now.date())
    if progress:
        progress(3, 3, N_("Done."))
    return DomainReport(
        domain=domain, provider=result.provider_label, items=result.items,
        checked_at=now.astimezone(dt.UTC).isoformat(timespec="seconds"), server=lookup.server_label,
        lookups=lookup.count, seconds=round(time.monotonic() - started, 3),
    )


def findings(report: DomainReport) -> list[Any]:
    judgement = E.Judgement(report.domain, E.OTHER, report.items)
    return E.to_findings(judgement)


# ---------------------------------------------------------------------------------------------
# a business member's domain (hearth.business_domains, app/storage/business_domains.py)


display_domain = E.display_domain


def member_domain(hearth: Hearth, member_id: int) -> str:
    row = hearth.business_domains.get(member_id)
    return row.domain if row else ""


def _report(text: str) -> DomainReport | None:
    if not text:
        return None
    try:
        return DomainReport.from_data(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return None


def last_report(hearth: Hearth, member_id: int) -> DomainReport | None:
    row = hearth.business_domains.get(member_id)
    return _report(row.result) if row else None


def previous_report(hearth: Hearth, member_id: int) -> DomainReport | None:
    """The check before the last one (same domain), or None."""
    row = hearth.business_domains.get(member_id)
    return _report(row.previous_result) if row else None


def set_member_domain(hearth: Hearth, member_id: int, text: str) -> str:
    """Remember the member's e-mail domain (normalised); a different domain forgets the old results."""
    domain = normalise(text)
    hearth.members.get(member_id)
    hearth.business_domains.set_domain(member_id, domain)
    return domain


def _check_and_keep(
    hearth: Hearth, member_id: int, domain: str | None, *, now: dt.datetime | None, server: str | None,
    timeout: float, deadline: float, cancel: CancelToken | None, progress: Progress | None,
) -> DomainReport:
    from app import checkup as C

    if domain:
        set_member_domain(hearth, member_id, domain)
    saved = member_domain(hearth, member_id)
    if not saved:
        raise InvalidInput(N_("Type your business's e-mail domain first, like example.com."))
    now = now or C.utc_now()
    report = check_domain(hearth, saved, now=now, server=server, timeout=timeout, deadline=deadline,
                          cancel=cancel, progress=progress)
    if cancel is not None:
        cancel.raise_if_cancelled()  # stopped at the very end: keep nothing
    hearth.business_domains.save_result(member_id, saved, report.checked_at,
                                        json.dumps(report.to_data(), ensure_ascii=False))
    return report


def judged_ids(report: DomainReport) -> list[str]:
    """Check ids of the items really judged this time: an item that could not be checked ("unknown")
    must leave its old finding as it was, never mark it fixed."""
    return [E.CHECK_PREFIX + it.id for it in report.items if it.status != E.UNKNOWN]


def check_member(
    hearth: Hearth,
    member_id: int,
    domain: str | None = None,
    *,
    now: dt.datetime | None = None,
    server: str | None = None,
    timeout: float = LOOKUP_TIMEOUT,
    deadline: float = DEADLINE,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> DomainReport:
    """Check the member's domain (``domain`` saves a new one first), keep the result (the one before
    becomes the previous result) and update the to-do list: items that need work become findings
    (source "business"); a finding whose item is now good becomes fixed.
    """
    from app import checkup as C
    from app.business import SOURCE

    now = now or C.utc_now()
    report = _check_and_keep(hearth, member_id, domain, now=now, server=server, timeout=timeout,
                             deadline=deadline, cancel=cancel, progress=progress)
    C.FindingsStore(hearth).record(member_id, None, SOURCE, findings(report), now, only_check_ids=judged_ids(report))
    return report


#: ``findings_for_member`` outcomes (first element of its answer) and what they mean in plain words.
CHECKED, NOT_BUSINESS, NO_DOMAIN = "checked", "not_business", "no_domain"
OUTCOME_WORDS = {
    CHECKED: N_("Hearth looked up the e-mail domain's records."),
    NOT_BUSINESS: N_("Only a small-business member has an e-mail domain to check."),
    NO_DOMAIN: N_("No e-mail domain is saved for this business yet: add it on the Small business page."),
}


def findings_for_member(
    hearth: Hearth,
    member: Any,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    *,
    now: dt.datetime | None = None,
    timeout: float = LOOKUP_TIMEOUT,
    deadline: float = DEADLINE,
) -> tuple[str, list[str], list[Any]]:
    """The checkup's e-mail domain step for one member: ``(outcome, checked, findings)``.

    ``outcome`` is ``"checked"``, ``"not_business"`` (not a small-business member: nothing asked) or
    ``"no_domain"`` (no domain saved yet: nothing asked); ``OUTCOME_WORDS`` says each in plain words.
    ``checked``: the check ids really judged this time (record the findings with
    ``only_check_ids=checked`` so an item that could not be looked up keeps its old finding);
    ``findings``: ``checks.base.Finding`` for each item that needs attention or is risky.

    The result is kept for the gap report and for the next re-check's "fixed since" (the caller
    records the findings; this function does not touch the to-do list). Raises OfflineError,
    ServiceError (no DNS settings), NotFound (the domain does not exist or the member was removed)
    and Cancelled like any checkup step.
    """
    if getattr(member, "role", "") != "business":
        return NOT_BUSINESS, [], []
    if not member_domain(hearth, member.id):
        return NO_DOMAIN, [], []
    report = _check_and_keep(hearth, member.id, None, now=now, server=None, timeout=timeout, deadline=deadline,
                             cancel=cancel, progress=progress)
    return CHECKED, judged_ids(report), findings(report)


def change_line(report: DomainReport, previous: DomainReport | None, item: E.Item) -> str:
    """How ``item`` moved since the check before (``""`` when there is nothing to say)."""
    if previous is None:
        return ""
    change = E.changes(previous.items, [item]).get(item.id, E.SAME)
    day = _day(previous.checked_at)
    was = next((STATUS_WORDS[p.status] for p in previous.items if p.id == item.id), None)
    if change == E.FIXED:
        return N_("✔ Fixed since the check on {date}.", date=day)
    if change == E.BETTER and was is not None:
        return N_("Better than on {date} (it was: {status}).", date=day, status=was)
    if change == E.WORSE and was is not None:
        return N_("Worse than on {date} (it was: {status}).", date=day, status=was)
    if change == E.SAME and item.status in (E.ATTENTION, E.RISKY):
        return N_("Not changed since the check on {date}.", date=day)
    return ""


def fixed_count(report: DomainReport, previous: DomainReport | None) -> int:
    if previous is None:
        return 0
    return sum(1 for c in E.changes(previous.items, report.items).values() if c == E.FIXED)


def _day(stamp: str) -> Any:
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp[:10]


# ---------------------------------------------------------------------------------------------
# words shared by the CLI, the window and the gap report

STATUS_WORDS = {
    E.GOOD: N_("Good"), E.ATTENTION: N_("Needs attention"), E.RISKY: N_("Risky"), E.UNKNOWN: N_("Couldn't check"),
}
STATUS_MARKS = {E.GOOD: "[ok]", E.ATTENTION: "[!]", E.RISKY: "[X]", E.UNKNOWN: "[?]"}
NO_DOMAIN_NOTE = N_(
    "Add your business's e-mail domain on the Small business page ('Check my e-mail domain') and Hearth will look "
    "up its SPF, DKIM, DMARC and MTA-STS records and list here exactly what to change."
)


def report_heading(report: DomainReport) -> str:
    if report.provider:
        return N_("E-mail domain {domain} (mail goes to {provider})", domain=report.domain, provider=report.provider)
    return N_("E-mail domain {domain}", domain=report.domain)


def report_checked(report: DomainReport) -> str:
    return N_("Checked on {date}. Check again after each change: Hearth then marks the fix done.",
              date=_day(report.checked_at))


def recheck_summary(report: DomainReport, previous: DomainReport | None) -> str:
    """"2 items fixed since the check on 1 March." ("" for a first check)."""
    if previous is None:
        return ""
    n = fixed_count(report, previous)
    day = _day(previous.checked_at)
    if n == 0:
        return N_("Compared with the check on {date}: nothing fixed yet.", date=day)
    if n == 1:
        return N_("Compared with the check on {date}: 1 item fixed.", date=day)
    return N_("Compared with the check on {date}: {n} items fixed.", n=n, date=day)


def gap_html(hearth: Hearth, member_id: int, t: Callable[[str], str], esc: Callable[[Any], str]) -> str:
    """The e-mail domain part of the gap report, as HTML (``t`` translates, ``esc`` escapes)."""
    report = last_report(hearth, member_id)
    if report is None:
        return f'<p class="note">{esc(t(NO_DOMAIN_NOTE))}</p>'
    previous = previous_report(hearth, member_id)
    out = [f"<h2>{esc(t(report_heading(report)))}</h2>", f'<p class="meta">{esc(t(report_checked(report)))}</p>']
    summary = recheck_summary(report, previous)
    if summary:
        out.append(f"<p><b>{esc(t(summary))}</b></p>")
    for it in report.items:
        word = f"{STATUS_MARKS[it.status]} {t(STATUS_WORDS[it.status])}"
        out.append('<div class="item">')
        out.append(f"<h3>{esc(t(it.title))} — {esc(word)}</h3>")
        change = change_line(report, previous, it)
        if change:
            out.append(f"<p><i>{esc(t(change))}</i></p>")
        out.append(f"<p>{esc(t(it.detail))}</p>")
        if it.record:
            out.append(f"<p><b>{esc(t(N_('Record to paste:')))}</b> {esc(it.record_name)}</p>"
                       f"<pre>{esc(it.record)}</pre>")
        if it.fix:
            out.append("<ol>" + "".join(f"<li>{esc(t(s))}</li>" for s in it.fix) + "</ol>")
        out.append("</div>")
    return "\n".join(out)


def gap_pdf(pdf: Any, hearth: Hearth, member_id: int, t: Callable[[str], str], para: Callable[..., None]) -> None:
    """The e-mail domain part of the gap report, drawn with ``app.reports._para``."""
    report = last_report(hearth, member_id)
    if report is None:
        para(pdf, t(NO_DOMAIN_NOTE), 9.5)
        return
    previous = previous_report(hearth, member_id)
    para(pdf, t(report_heading(report)), 14, True, 1)
    para(pdf, t(report_checked(report)), 9.5, gap=2)
    summary = recheck_summary(report, previous)
    if summary:
        para(pdf, t(summary), 10, True, 1)
    for it in report.items:
        para(pdf, f"{t(it.title)} — {STATUS_MARKS[it.status]} {t(STATUS_WORDS[it.status])}", 11, True, 0.5)
        change = change_line(report, previous, it)
        if change:
            para(pdf, t(change), 9.5, gap=0.3)
        para(pdf, t(it.detail), 10, gap=0.5)
        if it.record:
            para(pdf, f"{t(N_('Record to paste:'))} {it.record_name}", 10, True, 0.3)
            para(pdf, it.record, 9, gap=0.5)
        for n, step in enumerate(it.fix, 1):
            para(pdf, f"   {n}. {t(step)}", 9.5, gap=0.2)
        pdf.ln(2)
