"""The offline "Is this a scam?" analyser.

Pure code: no network, no disk, no clock. ``analyse(text)`` looks at a pasted text message, chat,
e-mail body, link, phone number or a description of a phone call, and returns a ``ScamReport``
whose score is the sum of named red flags (``Reason.points``), capped at 100.

Scoring (every point comes from a Reason):
 - link signals (``_urls``), phone signals (``_phones``), message signals (``_signals``),
   hidden-character tricks, and e-mail header signals (``_email``);
 - message signals are grouped; a group adds at most ``GROUP_CAPS[group]`` points;
 - combination bonuses, each itself a Reason:
     ``combo_story_and_contact`` (+20) a scam story (prize, parcel, toll, bank alert, job, ...) *and* a
       way to act on it (an unknown link, a number to call, an e-mail address, or a request for a
       code/password/payment);
     ``combo_pressure_and_ask`` (+10) pressure (urgency, threats, secrecy) *and* a request for a
       code, password, remote access or an unusual payment;
     ``combo_many_signs`` (+10) red flags from four or more different groups;
     ``combo_hidden_link_and_lure`` (+15) a disguised or throw-away link (shortener, free host, tunnel,
       raw IP, a brand name in someone else's address, scam words in the address) *and* any story,
       request or pressure;
     ``combo_hidden_link_click`` (+15) such a link on its own, with a request to click or open it;
     ``combo_cold_opener`` (+10) a short message from someone who doesn't say how they know you, made of a
       "wrong number" / "is this ...?" / romance opener and nothing else.
Verdict thresholds: score >= ``SCAM_AT`` (60) -> "scam"; >= ``SUSPICIOUS_AT`` (30) -> "suspicious";
otherwise "likely_safe" (shown as "No red flags found": never "safe"). Empty or unreadable input
-> "unknown" with score 0.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from checks.i18n import N_

from . import _signals
from . import model as _model
from ._data import BRANDS, KNOWN_SITES, OFFICIAL_PHONES
from ._phones import BUSINESS_LINE_TYPES, LOCAL_LINE_TYPES, PhoneHit, find_phones, parse_single, phone_flags, same_home
from ._prefilter import Gate, Gated, has_fold_traps
from ._region import infer_region
from ._text import MAX_CHARS, Prepared, prepare
from ._urls import MAX_URLS, analyse_url, find_urls, official_brand_for, official_email

__all__ = ["analyse", "analyse_email", "ScamReport", "Reason", "Indicators", "SCAM_AT", "SUSPICIOUS_AT", "VERDICTS"]

SCAM_AT = 60
SUSPICIOUS_AT = 30
VERDICTS = ("scam", "suspicious", "likely_safe", "unknown")
KINDS = ("auto", "message", "url", "phone", "email", "call")
URL_POINTS_CAP = 60  # links together add at most this much (many links are not many times worse)
PHONE_POINTS_CAP = 35
OFFICIAL_ONLY_BUDGET = 25  # story + pressure points when the only links are the company's real website


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    evidence: str
    start: int
    end: int
    points: int
    spans: tuple[tuple[int, int], ...] = ()  # more places in the text this reason points to (highlighted phrases)

    def to_dict(self) -> dict:
        out = {"code": self.code, "message": self.message, "evidence": self.evidence,
               "start": self.start, "end": self.end, "points": self.points}
        if self.spans:
            out["spans"] = [list(s) for s in self.spans]
        return out


@dataclass(frozen=True)
class Indicators:
    urls: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"urls": list(self.urls), "domains": list(self.domains), "phones": list(self.phones),
                "emails": list(self.emails)}


@dataclass(frozen=True)
class ScamReport:
    verdict: str
    score: int
    reasons: tuple[Reason, ...]
    advice: tuple[str, ...]
    indicators: Indicators
    kind: str
    # Extra (not in to_dict): the text the offsets refer to. For analyse() it is the input text;
    # for analyse_email() it is the decoded body that was analysed.
    analysed_text: str = field(default="", repr=False, compare=False)
    probability: float | None = None  # the model's calibrated probability of a scam (None: rules only)
    rule_score: int = 0  # the red-flag points alone
    region: str = "US"  # the country the advice is for
    shown_first: int = 0  # reasons[:shown_first] are shown first, the rest behind "Show all"

    @property
    def certainty(self) -> str:
        """How sure Hearth is, in words (never "safe")."""
        return _certainty(self.verdict, self.probability, self.score)

    def first_reasons(self) -> tuple[Reason, ...]:
        return self.reasons[: self.shown_first or SHOWN_FIRST]

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "advice": list(self.advice),
            "indicators": self.indicators.to_dict(),
            "kind": self.kind,
            "certainty": self.certainty,
            "shown_first": self.shown_first,
            "region": self.region,
        }


def _certainty(verdict: str, probability: float | None, score: int) -> str:
    if verdict == "unknown":
        return N_("Hearth could not tell.")
    if verdict == "scam":
        if score >= 85:
            return N_("Hearth is very sure this is a scam.")
        return N_("Hearth thinks this is most likely a scam.")
    if verdict == "suspicious":
        return N_("Hearth sees some signs of a scam, but is not sure.")
    if score >= 15:
        return N_("Hearth found a few weak signs, not enough to call it a scam.")
    return N_("Hearth found no signs of a scam.")


# --------------------------------------------------------------------------------------------
# kind detection

_ONLY_URL = re.compile(r"^\s*\S+\s*$")
_ONLY_PHONE = re.compile(r"^\s*(tel:)?\+?[\d\s().\-/]{5,25}\s*$", re.I)
_HEADER_LINE = re.compile(r"^(received|return-path|from|to|subject|date|message-id|mime-version|reply-to|"
                          r"delivered-to|dkim-signature|authentication-results|content-type|x-[\w-]+):", re.I | re.M)
_CALL_WORDS = re.compile(r"\b(called me|call(ed)? (from|saying|claiming)|calling from|rang me|phoned me|got a (phone )?call|"
                         r"had a (phone )?call|received a (phone )?call|phone call|on the phone|voice ?mail|voice message|"
                         r"the caller|a caller|robo-?call|left (me )?a message|kept calling|hung up|cold call)\b", re.I)


def _detect_kind(text: str) -> str:
    stripped = text.strip()
    if _ONLY_PHONE.match(stripped) and sum(c.isdigit() for c in stripped) >= 5:
        return "phone"
    if _ONLY_URL.match(stripped) and find_urls(stripped):
        hits = find_urls(stripped)
        if hits and hits[0].end - hits[0].start >= len(stripped) - 2:
            return "url"
    head = stripped[:3000]
    if len(_HEADER_LINE.findall(head)) >= 2 and _HEADER_LINE.match(stripped):
        return "email"
    if _CALL_WORDS_G.search(head, head.lower(), has_fold_traps(head)):
        return "call"
    return "message"


# --------------------------------------------------------------------------------------------
# brand mentions (to spot a message naming a company while its link goes elsewhere)

_BRAND_MENTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (brand, re.compile(rx, flags))
    for brand, rx, flags in (
        ("PayPal", r"\bpaypal\b", re.I), ("Apple", r"\b(Apple|APPLE|iCloud|icloud|apple id|Apple ID)\b", 0),
        ("Microsoft", r"\b(microsoft|outlook|office ?365|hotmail|windows defender)\b", re.I),
        ("Google", r"\b(google|gmail)\b", re.I), ("Amazon", r"\b(amazon|amzn)\b", re.I),
        ("Netflix", r"\bnetflix\b", re.I), ("Facebook", r"\b(facebook|meta)\b", re.I),
        ("Instagram", r"\binstagram\b", re.I), ("Coinbase", r"\bcoinbase\b", re.I), ("Binance", r"\bbinance\b", re.I),
        ("Venmo", r"\bvenmo\b", re.I), ("Cash App", r"\bcash ?app\b", re.I), ("eBay", r"\bebay\b", re.I),
        ("Walmart", r"\bwalmart\b", re.I), ("Costco", r"\bcostco\b", re.I), ("Norton", r"\bnorton\b", re.I),
        ("McAfee", r"\bmcafee\b", re.I), ("Geek Squad", r"\bgeek ?squad\b", re.I), ("DocuSign", r"\bdocusign\b", re.I),
        ("USPS", r"\b(usps|u\.s\. postal|us postal|postal service)\b", re.I), ("UPS", r"\bUPS\b", 0),
        ("FedEx", r"\bfed ?ex\b", re.I), ("DHL", r"\bdhl\b", re.I), ("Royal Mail", r"\broyal ?mail\b", re.I),
        ("Evri", r"\b(evri|hermes)\b", re.I), ("DPD", r"\bDPD\b", 0), ("Correos", r"\bcorreos\b", re.I),
        ("Canada Post", r"\bcanada post\b", re.I), ("Australia Post", r"\b(australia post|auspost)\b", re.I),
        ("E-ZPass", r"\be-?z ?pass\b", re.I), ("SunPass", r"\bsun ?pass\b", re.I), ("FasTrak", r"\bfastrak\b", re.I),
        ("TxTag", r"\b(txtag|ntta)\b", re.I), ("EZDriveMA", r"\bez ?drive\b", re.I), ("Peach Pass", r"\bpeach ?pass\b", re.I),
        ("IRS", r"\b(IRS|internal revenue service)\b", 0), ("Social Security", r"\bsocial security\b", re.I),
        ("Medicare", r"\bmedicare\b", re.I), ("DMV", r"\bDMV\b", 0), ("HMRC", r"\bhmrc\b", re.I),
        ("GOV.UK", r"\bgov\.uk\b", re.I), ("DVLA", r"\bdvla\b", re.I), ("NHS", r"\bNHS\b", 0),
        ("Agencia Tributaria", r"\b(agencia tributaria|hacienda)\b", re.I), ("DGT", r"\bDGT\b", 0),
        ("Chase", r"\b(Chase|CHASE)\b", 0), ("Bank of America", r"\b(bank ?of ?america|bofa)\b", re.I),
        ("Wells Fargo", r"\bwells ?fargo\b", re.I), ("Citi", r"\b(citi|citibank)\b", re.I),
        ("Capital One", r"\bcapital ?one\b", re.I), ("US Bank", r"\bus ?bank\b", re.I),
        ("Navy Federal", r"\bnavy federal\b", re.I), ("USAA", r"\busaa\b", re.I),
        ("American Express", r"\b(american express|amex)\b", re.I), ("Barclays", r"\bbarclay(s|card)\b", re.I),
        ("HSBC", r"\bhsbc\b", re.I), ("Lloyds", r"\blloyds\b", re.I), ("NatWest", r"\bnatwest\b", re.I),
        ("Santander", r"\bsantander\b", re.I), ("Halifax", r"\bhalifax\b", re.I), ("Nationwide", r"\bNationwide\b", 0),
        ("Monzo", r"\bmonzo\b", re.I), ("Revolut", r"\brevolut\b", re.I), ("BBVA", r"\bbbva\b", re.I),
        ("CaixaBank", r"\bcaixa ?bank\b", re.I), ("Verizon", r"\bverizon\b", re.I), ("AT&T", r"\bAT&T\b", 0),
        ("T-Mobile", r"\bt-?mobile\b", re.I), ("Comcast/Xfinity", r"\b(xfinity|comcast)\b", re.I),
        ("Vodafone", r"\bvodafone\b", re.I), ("Spotify", r"\bspotify\b", re.I), ("Disney+", r"\bdisney ?\+|disney plus\b", re.I),
    )
)


_BRAND_GATES: tuple[Gate, ...] = ()


def _mentioned_brands(scan: str, low: str | None = None) -> list[tuple[str, int, int]]:
    """``low``: ``scan`` lower-cased with the same length (lets most brand patterns be skipped quickly)."""
    global _BRAND_GATES
    if not _BRAND_GATES:
        _BRAND_GATES = tuple(Gate(rx) for _b, rx in _BRAND_MENTIONS)
    traps = low is None or has_fold_traps(scan)
    out = []
    for (brand, rx), gate in zip(_BRAND_MENTIONS, _BRAND_GATES, strict=True):
        if not gate.may_match(scan, low, traps):
            continue
        m = rx.search(scan)
        if m:
            out.append((brand, m.start(), m.end()))
    return out


# --------------------------------------------------------------------------------------------
# the analysis


_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")
# "Reply STOP to +1 415 ...", "text HELP to ...": a number given only to stop or get help with the texts.
_OPT_OUT_BEFORE = re.compile(r"\b(stop|stop all|unsubscribe|opt[ -]?out|help|baja)\b[^.\n]{0,12}\b(to|at|al)\s*\W*$", re.I)
# The sender's name at the start of a text ("Jiffy Lube: ..."), to recognise a link to that very name (jiffylube.com).
# A name may hold a hyphen ("Tri-County Electric:") or a number sign ("Rural Water District #3:").
_SENDER = re.compile(r"\s*[\[(]?([A-Za-z][A-Za-z0-9&'. #-]{1,44}?)[\])]?\s*:(?!/)")
_SENDER_SPAN = 54  # "Terrebonne Parish School District:" fits
_BRAND_WORDS = frozenset(w for name, (_c, toks, _d) in BRANDS.items() for w in (*toks, re.sub(r"[^a-z0-9]", "", name.lower())))


# A word for the kind of notice after the sender's name ("SDG&E Alert:", "Oakridge HS attendance:"): not part of the name.
_NOTICE_WORDS = re.compile(r"(\s+(fraud |payment |account |service |billing )?(alerts?|notices?|notifications?|reminders?|updates?|"
                           r"news|info|texts?|attendance|aviso|avisos|alerta|alertas|recordatorio))+\s*$")

_GENERIC_NAME_WORDS = frozenset({
    "the", "my", "your", "us", "usa", "uk", "e", "toll", "tolls", "road", "roads", "service", "services", "pay",
    "payment", "payments", "bill", "billing", "account", "accounts", "bank", "banking", "post", "postal", "parcel",
    "parcels", "package", "packages", "delivery", "shipping", "express", "courier", "customs", "tax", "taxes",
    "refund", "refunds", "support", "help", "secure", "security", "verify", "verification", "online", "mobile",
    "center", "centre", "team", "dept", "department", "office", "fine", "fines", "court", "national", "federal",
    "government", "govt", "gov", "claim", "claims", "reward", "rewards", "prize", "prizes", "wallet", "crypto",
    "invest", "card", "cards", "credit", "debit", "loan", "loans", "cash", "money", "fund", "funds", "care",
    "customer", "client", "member", "members", "official", "notice", "alert"
})


# What a bank's own alert is about: the account or card, a charge to dispute.
_BANK_ALERT_LURES = frozenset({"lure_account", "lure_bank", "lure_invoice"})
# A bank or credit union naming itself first ("Blue Ridge Bank:", "Community Bank & Trust:", "Tinker FCU:").
_BANK_NAME = re.compile(r"\b(bank|banco|credit union|cu|fcu|savings|trust|bancorp|b&t)\b")
_BANK_NAME_WORDS = frozenset({"bank", "banco", "credit", "union", "cu", "fcu", "savings", "trust", "bancorp", "b", "t",
                              "of", "and", "the", "y", "de"})
# The names of companies whose sites Hearth knows ('frostbank' for frostbank.com): big and regional banks whose real
# numbers scammers' texts replace.
_KNOWN_NAMES = frozenset(d.split(".", 1)[0].replace("-", "") for d in KNOWN_SITES) | frozenset(
    d.split(".", 1)[0].replace("-", "") for _n, (_c, _t, doms) in BRANDS.items() for d in doms)


def _sender_words(text: str) -> str | None:
    """The lower-cased name a text opens with, without the kind of notice after it ("blue ridge bank" for "Blue Ridge
    Bank Fraud Alert: ..."); None when it opens with none."""
    m = _SENDER.match(text[:_SENDER_SPAN])
    return _NOTICE_WORDS.sub("", m.group(1).lower()) if m else None


def _small_bank_sender(text: str) -> bool:
    """The text opens with the name of a bank or credit union Hearth doesn't know ("Blue Ridge Bank: ..."). Texts
    sent to many people at once borrow big names, whose real numbers are listed, so such a bank's number in its own
    alert is its own line, not a stranger's."""
    words = _sender_words(text)
    if words is None or not _BANK_NAME.search(words):
        return False
    parts = re.findall(r"[a-z0-9]+", words)
    core = [w for w in parts if w not in _BANK_NAME_WORDS]
    if not core or all(w in _GENERIC_NAME_WORDS for w in core) or len("".join(core)) < 3:
        return False  # "National Bank:", "Credit Union:": a description anyone can put on a text, not a name
    names = {"".join(core), "".join(parts), "".join(w for w in parts if w not in ("the", "of", "and"))}
    return not any(n in _BRAND_WORDS or n in _KNOWN_NAMES for n in names) and not any(w in _BRAND_WORDS for w in core)


def _sender_name(text: str) -> str:
    """The squashed sender name a text opens with ("jiffylube"), unless it is a known company's (their real sites
    are listed, so a look-alike ending such as netflix.co is not theirs)."""
    words = _sender_words(text)
    if words is None:
        return ""
    if all(w in _GENERIC_NAME_WORDS for w in re.findall(r"[a-z0-9]+", words)):
        return ""  # "Toll Services:", "Parcel Delivery:": a description anyone can put on a throw-away site, not a name
    name = re.sub(r"[^a-z0-9]", "", words)
    return name if len(name) >= 4 and name not in _BRAND_WORDS else ""


# What a small business adds to the first words of its name for its site ("Paws & Claws Animal Hospital:" ...
# pawsandclawsvet.com; "Smile Bright Family Dentistry:" ... smilebrightdental.com).
_SITE_SUFFIXES = frozenset({"vet", "vets", "animalhospital", "dental", "dentistry", "dds", "clinic", "health", "med",
                            "medical", "pets", "salon", "spa", "auto", "law", "church", "school", "online", "app",
                            "co", "inc", "hq", "usa", "shop", "store"})


def _sender_sites(text: str, name: str) -> frozenset[str]:
    """The site names a sender that Hearth doesn't know may use besides its squashed name: '&' read as 'and', and the
    first words of its name (six letters or more, no known company's name among them) with a word from
    _SITE_SUFFIXES."""
    if not name:
        return frozenset()
    toks = ["and" if t == "&" else t for t in re.findall(r"[a-z0-9]+|&", _sender_words(text) or "")]
    out = {name, "".join(toks)}
    for k in range(1, len(toks)):
        head = "".join(toks[:k])
        if (len(head) >= 6 and head not in _BRAND_WORDS and not any(t in _BRAND_WORDS for t in toks[:k])
                and not all(t in _GENERIC_NAME_WORDS for t in toks[:k])):
            out.update(head + suffix for suffix in _SITE_SUFFIXES)
    return frozenset(out)


_CALL_VERB = re.compile(r"\b(call|calling|dial|ring|phone|contact|text|txt|sms|whatsapp|reach|tel|telephone|hotline|helpline|ph|customer care|support)\b", re.I)
_CTA = re.compile(r"(?<!will )(?<!'ll )\b(call|dial|ring|text|txt|contact|e-?mail|visit|log ?on|click|tap|go to|follow|open|download|install|speak to)\b"
                  r"\W{0,3}(us|now|here|this|the|our|a|an|at|on|today|immediately|free|customer|back|link|\+?\d|http|www)\b"
                  r"|\b(haz|haga|hacer) clic\b|\b(pincha|pulse|pulsa) (aqu[ií]|en)\b|\b(llama|llame|escr[ií]banos|escr[ií]benos|responde|responda) "
                  r"(al|ya|ahora|aqu[ií]|a este)\b", re.I)
# Pointers to the real channel, which is what genuine companies say ("call the number on your card", "in the app").
_REAL_CHANNEL = re.compile(r"\b(number|phone number) on (the back of )?(your|the) (card|statement)\b|\b(in|through|via|using) (the|our|your) "
                           r"(\w+ )?app\b|\bofficial (website|app)\b", re.I)
_REPLY_LURES = frozenset({"lure_prize", "lure_job", "lure_refund", "lure_invest", "lure_loan", "lure_romance"})
_CTA_LURES = frozenset({"lure_bait", "lure_prize", "lure_account", "lure_tech", "lure_toll", "lure_delivery", "lure_invoice", "lure_job",
                        "lure_invest", "lure_refund", "lure_loan"})
_REPLY_ASK = re.compile(r"\b(?i:reply)\b\W+((?i:with)\s+)?((?i:your)\s+)?((?i:yes|y|no|n|1|2|ok|claim|win)|\"?(?!(?:STOP|HELP|END|CANCEL|QUIT|UNSUBSCRIBE|UNSUB|STOPALL|OPTOUT|INFO)\b)[A-Z]{2,}\"?)\b|\b(?i:text|txt|send)\s+[A-Z]{3,}\s+(?i:to)\s+\d{4,6}\b")
_EMAIL_CONTACT = re.compile(r"\b(e-?mail|contact)\b", re.I)
# Link red flags that show a link is disguised or on a throw-away address.
_HIDDEN_LINK_CODES = frozenset({"url_ip_host", "url_free_hosting", "url_login_on_free_host", "url_tunnel", "url_shortener",
                                "url_at_sign", "url_homoglyph", "url_punycode", "url_brand_wrong_domain",
                                "url_brand_in_domain", "url_lookalike", "url_deceptive_subdomain", "url_dangerous_scheme",
                                "url_file_download", "url_scam_words", "url_encoded_host"})
_CLICK = re.compile(r"\b(click|tap|press|open|visit|follow|log ?in|sign ?in|go to|check (it|this) out)\b|\b(haz|haga|hacer) clic\b|"
                    r"\b(pulse|pincha|accede|acceda|entra|entre)\b", re.I)
# Signs that the sender and the reader really know each other (a shared acquaintance named, a family
# tie, a concrete place they met): these keep friendly first messages from counting as "cold" openers.
_SHARED_CONTEXT = re.compile(r"\b(got|have|had|took) (your|ur) (number|no|contact) (from|off) [A-Z][a-z]+\b|\b[A-Z][a-z]+ gave me (your|ur) "
                             r"(number|no)\b|\b[A-Z][a-z]+'s (mum|mom|dad|mother|father|wife|husband|sister|brother|friend|son|daughter)\b|"
                             r"\b(from|at) (work|the office|next door|school|church|the pta|the team)\b|"
                             r"\b(love|lots of love|xx+),? ?(mum|mom|dad|nan|gran|grandma|grandpa)\b|(?:^|\s)[-\u2013~]\s?[A-Z][a-z]{1,15}\s*$")
# The same patterns behind prefilters (speed only: see _prefilter).
_SHARED_CONTEXT_G = Gated(_SHARED_CONTEXT)
_REPLY_ASK_G = Gated(_REPLY_ASK)
_REAL_CHANNEL_G = Gated(_REAL_CHANNEL)
_CALL_WORDS_G = Gated(_CALL_WORDS)
_OPENER_CODES = frozenset({"wrong_number_opener", "stranger_met_claim", "stranger_small_talk", "romance_opener",
                           "reconnect_opener", "named_greeting_plan", "nice_to_meet_stranger", "asks_who_you_are",
                           "self_intro", "stranger_referral"})
# What a scam story gives you to act on (the first two of: link, number, e-mail address, request), as one
# phrase each so that the sentence around it can be translated whole.
_WAYS_TO_ACT = {
    ("link",): N_("a link"),
    ("phone",): N_("a number to call"),
    ("email",): N_("an e-mail address"),
    ("ask",): N_("a request for money or details"),
    ("reply",): N_("a reply"),
    ("link", "phone"): N_("a link and a number to call"),
    ("link", "email"): N_("a link and an e-mail address"),
    ("link", "ask"): N_("a link and a request for money or details"),
    ("phone", "email"): N_("a number to call and an e-mail address"),
    ("phone", "ask"): N_("a number to call and a request for money or details"),
    ("email", "ask"): N_("an e-mail address and a request for money or details"),
}


@dataclass
class _Acc:
    reasons: list[Reason] = field(default_factory=list)
    groups: dict[str, int] = field(default_factory=dict)
    codes: set[str] = field(default_factory=set)

    def add(self, code: str, message: str, evidence: str, start: int, end: int, points: int, group: str | None = None,
            cap: int | None = None) -> None:
        if code in self.codes:
            return
        if group is not None and cap is not None:
            room = cap - self.groups.get(group, 0)
            points = max(0, min(points, room))
            if points <= 0:
                return
            self.groups[group] = self.groups.get(group, 0) + points
        elif group is not None:
            self.groups[group] = self.groups.get(group, 0) + points
        self.codes.add(code)
        self.reasons.append(Reason(code, message, evidence, start, end, points))


def _evidence(prep: Prepared, s: int, e: int) -> tuple[str, int, int]:
    start, end = prep.span(s, e)
    return prep.original[start:end], start, end


def _unknown(kind: str, why: str) -> ScamReport:
    return ScamReport("unknown", 0, (), (why, N_("If you are unsure about a message, don't click links or call numbers in it; "
                                             "contact the company or person using a number or website you already know.")),
                      Indicators(), kind, "")


def analyse(text: str, *, kind: str = "auto", household_names: Sequence[str] = (), region: str | None = None,
            sender: str | None = None, sender_known: bool | None = None) -> ScamReport:
    """Look for scam red flags in ``text``. Never raises for any ``str`` input.

    ``sender_known``: what the person says about the sender (True: someone they know; False: a number or address
    they don't know; None: not said). Only a message's words can't tell a friend's text from a stranger's opener."""
    try:
        return _analyse(text, kind=kind, household_names=household_names, region=region, sender=sender,
                        sender_known=sender_known)
    except Exception:  # noqa: BLE001 - the analyser must always give the user an answer
        return _unknown(kind if kind in KINDS and kind != "auto" else "message",
                        N_("Hearth could not read this text well enough to check it."))


_SIGNAL_GATES: tuple[Gate, ...] = ()


def _signal_gates() -> tuple[Gate, ...]:
    """One prefilter per signal (built on first use: reading ~90 patterns takes a moment)."""
    global _SIGNAL_GATES
    if len(_SIGNAL_GATES) != len(_signals.SIGNALS):
        _SIGNAL_GATES = tuple(Gate(sig.pattern) for sig in _signals.SIGNALS)
    return _SIGNAL_GATES


def _analyse(text, *, kind, household_names, region, sender, extra: Sequence[Reason] = (), analysed_kind=None,
             _capture: list | None = None, sender_known: bool | None = None) -> ScamReport:
    if text is None:
        text = ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not isinstance(text, str):
        text = str(text)
    if isinstance(region, str) and len(region.strip()) == 2 and region.strip().isalpha():
        region = region.strip().upper()
    else:  # no country set: take it from the message itself (a £ Royal Mail text is British), else the US
        region = infer_region(text[:MAX_CHARS] if isinstance(text, str) else "", "US") or "US"
    kind = kind if kind in KINDS else "auto"
    if not text.strip() and not extra:
        return _unknown("message" if kind == "auto" else kind,
                        N_("There was nothing to check. Paste the message, link or phone number you want to check."))
    if kind == "auto":
        kind = _detect_kind(text[:MAX_CHARS])
    if kind == "email" and not extra and _HEADER_LINE.match(text.strip()):
        from ._email import header_reasons, parse_email

        parsed = parse_email(text[:MAX_CHARS * 5].encode("utf-8", "surrogatepass"))
        probe = parsed.body_only.strip()[:200]
        if probe and probe in text:
            # A plain-text e-mail pasted with its headers: analyse the text as given so that every
            # highlight points into what the user pasted.
            return _analyse(text, kind="message", household_names=household_names, region=region,
                            sender=parsed.from_addr or None, extra=header_reasons(parsed), analysed_kind="email")
        return analyse_email(text.encode("utf-8", "surrogatepass"), household_names=household_names, region=region)
    prep = prepare(text)
    scan = prep.scan
    low = prep.low
    traps = has_fold_traps(scan)  # for the prefilters of case-insensitive patterns
    acc = _Acc()
    for r in extra:
        acc.add(r.code, r.message, r.evidence, r.start, r.end, r.points, "email_headers")

    # ---- hidden characters -------------------------------------------------------------------
    if prep.bidi:
        overrides = [i for i in prep.bidi if text[i] in "\u202d\u202e\u2066\u2067\u2068"]
        if overrides:
            i = overrides[0]
            acc.add("text_direction_trick", N_("The text hides characters that reverse the reading direction, a trick to disguise "
                    "links or file names."), text[i:i + 1], i, i + 1, 20, "unicode")
    if prep.invisible:
        inside = [i for i in prep.invisible if 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()]
        if inside:
            i = inside[0]
            acc.add("invisible_characters", N_("Invisible characters are hidden inside words, a trick to get past spam filters."),
                    text[max(0, i - 1):i + 2], max(0, i - 1), min(len(text), i + 2), 15, "unicode")
    if prep.confusable_words:
        s, e = prep.confusable_words[0]
        acc.add("lookalike_letters", N_("Some words mix in letters from another alphabet that look like normal letters, to "
                "copy a real name and get past filters."), text[s:e], s, e, 20, "unicode")

    # ---- links -------------------------------------------------------------------------------
    urls: list[str] = []
    domains: list[str] = []
    unknown_link = False
    hidden_link = False
    chat_link = False
    url_points = 0
    hits = find_urls(scan)
    opener = _sender_name(text) if hits else ""
    opener_sites = _sender_sites(text, opener)
    short_from = _sender_abbreviation(text) if hits else ()
    url_infos: list = []
    official_brands: set[str] = set()
    link_registrables: list[tuple[str, int, int, str]] = []
    for n, hit in enumerate(hits):
        ev, start, end = _evidence(prep, hit.start, hit.end)
        if hit.url not in urls:
            urls.append(hit.url)
        if n >= MAX_URLS:
            continue
        info = analyse_url(hit.url, ev)
        if (not info.official_brand and not info.flags and not info.is_chat_link and info.registrable
                and opener and any(_own_site_label(re.sub(r"[^a-z0-9]", "", info.registrable.split(".", 1)[0]), n)
                                   for n in opener_sites)):
            info = replace(info, official_brand=info.registrable)  # "Jiffy Lube: ... jiffylube.com": the sender's own site
        elif (not info.official_brand and not info.is_chat_link and short_from
              # '.to', '.me', '.ly' only, or a look-alike of another company's name ('tsco' of "Tractor Supply Co." is
              # one letter from Tesco): a label that abbreviates the sender's own name is not copying someone else's
              and all((f.code == "url_risky_tld" and f.points <= 6) or f.code == "url_lookalike" for f in info.flags)
              and info.registrable and info.host.lower() in (info.registrable, "www." + info.registrable)
              and info.registrable.count(".") == 1 and info.registrable.split(".")[1] in _SHORT_LINK_TLDS
              and any(_abbreviates(info.registrable.split(".")[0], n) for n in short_from)):
            # "Walmart: ... w-mt.co/g/9Rk2Ln": the sender's short link
            info = replace(info, official_brand=info.registrable,
                           flags=[f for f in info.flags if f.code != "url_lookalike"])
        url_infos.append(info)
        if info.registrable and info.registrable not in domains:
            domains.append(info.registrable)
        if info.is_chat_link:
            chat_link = True
        if info.official_brand:
            official_brands.add(info.official_brand)
        elif not info.is_chat_link or info.flags:
            unknown_link = True
            link_registrables.append((info.registrable, start, end, ev))
        for f in info.flags:
            if f.code in _HIDDEN_LINK_CODES or (f.code == "url_risky_tld" and f.points >= 15):
                hidden_link = True
            pts = max(0, min(f.points, URL_POINTS_CAP - url_points))
            if f.code in acc.codes or pts <= 0:
                continue
            url_points += pts
            acc.add(f.code, f.message, ev, start, end, pts, "link")
    if len(hits) > MAX_URLS:
        count, first = len(hits), MAX_URLS
        acc.add("many_links", N_("The text holds {count} links; Hearth looked closely at the first {first}.", count=count, first=first),
                "", -1, -1, 0)

    # ---- phone numbers -----------------------------------------------------------------------
    phones: list[str] = []
    phone_points = 0
    phone_to_call = False
    phone_hits = []
    if kind == "phone":
        one = parse_single(text, region)
        if one is None:
            return _unknown("phone", N_("That doesn't look like a phone number. Check the digits, or paste the whole message instead."))
        if one is not None:
            phone_hits = [one]
            if not one.valid:
                acc.add("phone_invalid", N_("This is not a number that can exist. Caller ID can be faked, so a call "
                        "'from' it proves nothing."), text.strip(), text.find(text.strip()),
                        text.find(text.strip()) + len(text.strip()), 10, "phone")
    else:
        phone_hits = find_phones(scan, region, [(h.start, h.end) for h in hits])
    # A small bank's own number in its own alert, with no link or address to go with it (_small_bank_sender).
    bank_own_line = (kind == "message" and bool(phone_hits) and not hits and not _EMAIL_RE.search(scan)
                     and _small_bank_sender(text)
                     and all(ph.valid and ph.ntype in BUSINESS_LINE_TYPES and ph.region is not None
                             and same_home(ph.region, region) for ph in phone_hits))

    bank_line_would_call = False  # what the numbers would have been without that (see the check after the signals)

    def own_line(ph: PhoneHit) -> bool:
        return bank_own_line or _is_official_line(ph)

    for ph in phone_hits:
        label = ph.e164 or ph.raw.strip()
        if label not in phones:
            phones.append(label)
        official_line = own_line(ph)
        if kind == "phone":
            ev, start, end = text.strip(), text.find(text.strip()), text.find(text.strip()) + len(text.strip())
        else:
            ev, start, end = _evidence(prep, ph.start, ph.end)
            before = scan[max(0, ph.start - 50):ph.start]
            if (_CALL_VERB.search(before) or ph.valid) and not _OPT_OUT_BEFORE.search(before):
                if not official_line:
                    phone_to_call = True
                elif not _is_official_line(ph):
                    bank_line_would_call = True
        if official_line and ph.region and same_home(ph.region, region):
            continue  # a company's published line in its own country: its type ("0345 ...") is no red flag
        for code, pts, msg in phone_flags(ph, region):
            pts = max(0, min(pts, PHONE_POINTS_CAP - phone_points))
            if code in acc.codes or pts <= 0:
                continue
            phone_points += pts
            acc.add(code, msg, ev, start, end, pts, "phone")

    # ---- e-mail addresses --------------------------------------------------------------------
    emails: list[str] = []
    for m in _EMAIL_RE.finditer(scan):
        if len(emails) >= 50:
            break
        addr = m.group(0)
        if addr.lower() not in (e.lower() for e in emails):
            emails.append(addr)
    # Addresses at a company's own domain ('from dse@docusign.net') are where its real mail comes from, not a
    # stranger's address to write to.
    other_emails = [e for e in emails if official_email(e) is None]
    email_contact = bool(other_emails) and bool(_EMAIL_CONTACT.search(scan))

    # ---- message signals ---------------------------------------------------------------------
    shared_context = bool(_SHARED_CONTEXT_G.search(prep.raw_scan))
    # Every number in the message is a company's published line and there is no unknown link: the message
    # points to the real channel ("if this wasn't you, call 1-800-...").
    official_lines_only = bool(phone_hits) and not phone_to_call and not unknown_link and any(
        own_line(ph) for ph in phone_hits)
    # The only links go to the named company's real website and there is no other way to act (no unknown
    # number, link or e-mail address): that is what genuine notices look like, so story and pressure words
    # together add at most OFFICIAL_ONLY_BUDGET points. Requests for codes, passwords, access or unusual
    # payments still count in full.
    official_only = (bool(official_brands) and not unknown_link and not phone_to_call and not chat_link
                     and not email_contact)
    budget = OFFICIAL_ONLY_BUDGET
    gates = _signal_gates()
    one_time_code: bool | None = None  # looked up on the first hit that needs it
    for i, sig in enumerate(_signals.SIGNALS):
        if shared_context and sig.code in _OPENER_CODES:
            continue
        if official_lines_only and sig.code == "dispute_by_calling":
            continue
        limited = official_only and (sig.group.startswith(("lure_", "pressure_")) or sig.code == "small_payment")
        if limited and budget <= 0:
            continue
        target = prep.raw_scan if sig.raw else low
        if not gates[i].may_match(target):
            continue  # cannot match (speed only: see _prefilter)
        for m in sig.pattern.finditer(target):
            if sig.negate is not None:
                before = low[max(0, m.start() - 60):m.start()]
                if sig.negate.search(before):
                    continue
            if sig.veto is not None and sig.veto.search(low, max(0, m.start() - sig.veto_reach), m.end() + sig.veto_reach):
                continue
            if sig.not_in_code_text is not None and sig.not_in_code_text.match(m.group(0)):
                if one_time_code is None:
                    one_time_code = bool(_model._OTP_G.search(low))
                if one_time_code:
                    continue
            ev, start, end = _evidence(prep, m.start(), m.end())
            before_n = len(acc.reasons)
            acc.add(sig.code, sig.message, ev, start, end, min(sig.points, budget) if limited else sig.points, sig.group,
                    _signals.GROUP_CAPS.get(sig.group))
            if limited and len(acc.reasons) > before_n:
                budget -= acc.reasons[-1].points
            break

    # ---- the sender --------------------------------------------------------------------------
    mentioned = _mentioned_brands(scan, low)
    if sender and isinstance(sender, str) and sender.strip():
        early = [b for b in mentioned if b[1] < 120]
        has_lure = any(acc.groups.get(g, 0) > 0 for g in _signals.LURE_GROUPS)
        _sender_signals(acc, sender.strip(), early if has_lure else [], region)

    # ---- a named company whose link goes somewhere else ---------------------------------------
    if mentioned and link_registrables:
        for brand, _bs, _be in mentioned:
            if brand in official_brands:
                continue
            reg, start, end, ev = link_registrables[0]
            if not any(c in acc.codes for c in ("url_brand_wrong_domain", "url_brand_in_domain", "url_lookalike",
                                                 "url_deceptive_subdomain")):
                site = reg
                if site:
                    why = N_("The message names {brand}, but its link goes to {site}, which is not {brand}'s website.", brand=brand, site=site)
                else:
                    why = N_("The message names {brand}, but its link goes to another site, which is not {brand}'s "
                             "website.", brand=brand)
                acc.add("link_not_official", why, ev, start, end, 20, "link")
            acc.groups["impersonation"] = 1
            break

    # ---- combinations ------------------------------------------------------------------------
    groups = {g for g, p in acc.groups.items() if p > 0}
    lures = groups & _signals.LURE_GROUPS
    if bank_own_line and lures - _BANK_ALERT_LURES:
        # A prize, a loan, a job or a relative in trouble is not a bank's alert: the number is a stranger's after all.
        bank_own_line = False
        phone_to_call = phone_to_call or bank_line_would_call
        official_lines_only = official_lines_only and not unknown_link and any(_is_official_line(ph) for ph in phone_hits)
    if "impersonation" in groups or any(c in acc.codes for c in ("url_brand_wrong_domain", "url_brand_in_domain",
                                                                  "url_lookalike", "url_deceptive_subdomain",
                                                                  "url_homoglyph", "lookalike_letters",
                                                                  "email_display_name_spoof", "email_link_text_mismatch",
                                                                  "sender_not_official")):
        lures = lures | {"impersonation"}
    asks = groups & _signals.ASK_GROUPS
    pressure = groups & _signals.PRESSURE_GROUPS
    reply_ask = bool(_REPLY_ASK_G.search(scan))
    real_channel = bool(_REAL_CHANNEL_G.search(scan, low, traps))
    if real_channel and not unknown_link:
        phone_to_call = False  # "call the number on the back of your card": the message points to the real channel
    # A small sum named on its own ("your balance is $4.50") is not yet a request to pay someone.
    # ...but a relative "on a new number" asking for money is the request itself.
    acting_asks = asks if ("ask_pay" not in asks or (acc.codes & _signals.ASK_PAY_STRONG) or unknown_link or phone_to_call
                           or "lure_family" in groups) \
        else asks - {"ask_pay"}
    # A bare "call/click/contact" only counts when the message gives no real company link to act on.
    cta = (bool(lures & _CTA_LURES) and bool(_CTA.search(scan)) and not (official_brands and not unknown_link)
           and not real_channel and not official_lines_only)
    contact = (unknown_link or phone_to_call or "style_link_trick" in groups or email_contact or bool(acting_asks) or cta or "style_channel" in groups or chat_link
               or (reply_ask and bool(lures & _REPLY_LURES)))
    if lures and contact:
        ways = tuple(w for w, on in (("link", unknown_link), ("phone", phone_to_call), ("email", email_contact),
                                     ("ask", bool(asks))) if on)[:2] or ("reply",)
        what = _WAYS_TO_ACT[ways]
        acc.add("combo_story_and_contact", N_("It tells a story to worry or tempt you and gives you {what} to act on it right away, "
                                              "which is the shape of most scams.", what=what), "", -1, -1, 20)
    if pressure and asks:
        acc.add("combo_pressure_and_ask", N_("It rushes or threatens you and asks for money, a code or access at the same time."),
                "", -1, -1, 10)
    distinct = {g for g in groups if g not in ("unicode",)}
    if len(distinct) >= 4:
        kinds = len(distinct)
        acc.add("combo_many_signs", N_("It shows red flags of {kinds} different kinds at once.", kinds=kinds), "", -1, -1, 10)
    if hidden_link and (lures or asks or pressure):
        acc.add("combo_hidden_link_and_lure", N_("Its link is disguised or sits on a throw-away address, and the message "
                "pushes you to act on a money, account or prize story: real companies send links to their own website."),
                "", -1, -1, 15)
    elif hidden_link and _CLICK.search(scan):
        acc.add("combo_hidden_link_click", N_("It asks you to open a link that is disguised or sits on a throw-away address."),
                "", -1, -1, 15)
    if (lures == {"lure_romance"} and not asks and not shared_context and len(text.strip()) <= 220
            and any(c in acc.codes for c in _OPENER_CODES)):
        acc.add("combo_cold_opener", N_("It is a short, friendly first message from someone who doesn't say how they know "
                "you, which is how 'wrong number' and romance scams start: don't reply, block the number."), "", -1, -1, 12)

    rule_score = min(100, sum(r.points for r in acc.reasons))
    # A business naming itself first ("Parker Ace Hardware: ...") and giving an ordinary local number, with no story,
    # pressure or request: how shops, clinics and schools sign off ("Questions? 303-841-2280"). Not a toll-free
    # number: callback scams use those, and too many of their stories ("free gold kit", "meter deposit") escape
    # the rules (tried: it lost five held-out scams).
    business_line = (kind == "message" and bool(phone_hits) and _sender_words(text) is not None and not lures
                     and not asks and not pressure and not any(c.startswith("phone_") for c in acc.codes)
                     and all(ph.valid and ph.ntype in LOCAL_LINE_TYPES and ph.region is not None
                             and region is not None and same_home(ph.region, region) for ph in phone_hits))
    context = {"groups": groups, "phone_to_call": phone_to_call, "official_lines_only": official_lines_only,
               "business_line": business_line,
               "official_only": official_only, "real_channel": real_channel,
               "unknown_link": link_registrables[0] if link_registrables else None}
    verdict, score, probability, model_reason = _decide(prep, acc, rule_score, url_infos, bool(phone_hits), bool(other_emails), kind,
                                                        _capture, context)
    personal = (kind == "message" and analysed_kind in (None, "message") and not urls and not phone_hits and not emails
                and not official_brands and lures <= {"lure_romance", "lure_family"} and len(text.strip()) <= 300
                and bool(_PERSONAL.search(prep.low)) and not _model._OTP_G.search(prep.low))
    # From a stranger, a request for money, a code or personal details, or a first text of small talk or a friendly
    # opener, is how 'wrong number', romance, investment and marketplace scams start, whatever the words. A business
    # or tradesperson saying who they are and why they write ("this is Mike from Reliable Plumbing, running late") is
    # not flagged for that alone. Only the person knows who sent it (sender_known).
    asks = acc.codes & _STRANGER_ASKS
    first_text = bool(acc.codes & (_OPENER_CODES - {"self_intro"})
                      or ("self_intro" in acc.codes and not _NOT_SMALL_TALK.search(prep.low)) or _is_small_talk(prep.low))
    who_matters = (verdict == "likely_safe" and kind == "message" and analysed_kind in (None, "message")
                   and bool(asks or (personal and first_text)))
    if who_matters and sender_known is False:
        _add_stranger_reason(acc, text, asks=bool(asks))
        verdict, score = "suspicious", max(score, SUSPICIOUS_AT)
    # A card or bank alert that asks "reply YES or NO": real banks send these, and so do scammers (the most reported
    # text scam in the US, FTC 2023), and the words can't tell them apart. A text that otherwise looks fine says so
    # (a reason with no points: the verdict stays, but it is not shown as "No red flags found") and how to check.
    yes_no = _model._REPLY_YES_NO_G.search(prep.low) if kind == "message" and verdict == "likely_safe" else None
    if yes_no is not None and (_model._MONEY_G.search(prep.low) or _CARD_WORDS.search(prep.low)):
        start, end = prep.span(yes_no.start(), yes_no.end())
        acc.add("yes_no_alert", N_("It reads like a card or bank alert that asks you to reply YES or NO. Real banks send "
                                   "these, and so do scammers, so Hearth can't tell which this is."),
                text[start:end], start, end, 0)
    # The same for a small bank's alert that gives its own number to call: it may be real, but it can't be told from
    # a fake by its words, so it says so and how to check.
    if bank_own_line and verdict == "likely_safe" and "yes_no_alert" not in acc.codes:
        ev, start, end = _evidence(prep, phone_hits[0].start, phone_hits[0].end)
        acc.add("bank_callback", N_("It is a bank's alert with a number to call. Real banks send these, and so do "
                                    "scammers, so Hearth can't tell which this is."), ev, start, end, 0)
    reasons, first_n = _order_reasons(acc.reasons, model_reason, rule_score)
    advice = _advice(verdict, acc.codes, lures, region, prep.truncated, kind, found=bool(reasons),
                     personal=who_matters and sender_known is None)
    indicators = Indicators(tuple(urls[:200]), tuple(domains[:200]), tuple(phones[:100]), tuple(emails[:100]))
    del household_names  # accepted for the API (app uses it for redaction); the analysis needs no names
    return ScamReport(verdict, score, reasons, advice, indicators, analysed_kind or kind, text,
                      probability=probability, rule_score=rule_score, region=region,
                      shown_first=first_n)


def _add_stranger_reason(acc: _Acc, text: str, *, asks: bool) -> None:
    """The reason a text from a sender the person doesn't know is flagged; its evidence is the first sentence."""
    start = len(text) - len(text.lstrip())
    stop = _FIRST_SENTENCE_END.search(text, start)
    end = min(stop.end() if stop else len(text), start + 80, len(text))
    if asks:
        acc.add("stranger_asks", N_("You don't know who sent this, and it asks for money, a code or your details. "
                                    "Don't send anything to someone you can't check."), text[start:end], start, end, 0)
    else:
        acc.add("stranger_first_text", N_("You don't know who sent this, and it reads like a friendly first message. "
                                          "That is how 'wrong number', romance and investment scams start."),
                text[start:end], start, end, 0)


def _is_official_line(ph: PhoneHit) -> bool:
    """A company's or public body's published number (OFFICIAL_PHONES)."""
    return bool(ph.e164 and ph.e164.lstrip("+") in OFFICIAL_PHONES)


# Red flags that are certain on their own: the verdict is "scam" whatever the model says.
HARD_SCAM_CODES = frozenset({"email_link_text_mismatch", "url_at_sign", "url_dangerous_scheme", "url_homoglyph",
                             "code_sent_by_mistake"})
SHOWN_FIRST = 5  # reasons shown before "Show all"
# A text with no way to act and no known opening story is flagged by the model only at this probability or more.
# Set by grouped cross-validation: at 0.75 no real scam is lost and 3 of 8 real legitimate false alarms go.
QUIET_NEEDS = 0.75
QUIET_NEEDS_CODE = 0.9  # the same for a sign-in code text from a named sender with its own local number (_decide)
# Not "reply YES or NO" on its own: that is how real card-fraud alerts ask, and a yes or a no gives nothing away.
# A premium-rate service's text-back keyword is a way in; a price on its own ("roaming costs £2.49 a day") is not.
_MEANS_TO_ACT = frozenset({"x:link", "x:phone", "m:reply_quoted", "m:reply_to_get", "m:reply_confirm", "u:chat", "m:email",
                          "k:move_chat", "m:text_back", "m:pay_handle",
                          # asked for a password, PIN or card or bank details: the reply itself is the way in
                          "s:asks_for_credentials"})
# A link's address looks machine-made ('wQXr2BUNaEJ.media', 'kp7c1.top', '/tJymz54anP'): a bare link like that is not
# "simply a site Hearth does not know".
_MADE_UP_LINK = frozenset({"u:odd_case", "u:random_name", "u:random_path"})
_OPENING_STORIES = frozenset({"k:wrong_number", "k:romance", "s:wrong_number_opener", "s:reconnect_opener", "s:romance_opener", "s:self_intro",
                              "k:invest", "k:job", "k:task_job", "k:sextortion", "k:money_owed", "k:lure_link", "k:airdrop",
                              "k:stuck_abroad", "k:art_or_wrap",
                              # a fee to pay before money can be had: harmful before any link or number is given
                              "s:pay_fee_to_receive", "s:job_deposit",
                              # a share tip to buy ('$NVXT set to explode 400%'): the purchase is the harm
                              "s:profit_promise",
                              # 'your car's extended warranty is about to expire': the robocall's text
                              "s:warranty_expiring",
                              # 'our fraud specialist will call you to reverse it': the scammer's call is the harm
                              "s:fraud_team_will_call"})
RULES_AGREE_AT = 50  # a flagged message with this many red-flag points is called a scam (flags no new message)
# "Sorry, wrong number!" that ends there: an apology that closes the talk, not a scam's opener, which goes on to ask
# something ("... but you seem nice, where are you from?").
_CLOSING_APOLOGY = re.compile(
    r"\b(sorry|oops|my bad|apologies|perd[oó]n|perdona|disculpa|disculpe|lo siento)\b[^?]{0,40}\b(wrong (number|person|"
    r"chat|contact)|n[uú]mero equivocado|me (he )?equivoqu[eé]|me confund[ií])|\b(wrong number|n[uú]mero equivocado)\W{0,3}"
    r"(sorry|perd[oó]n|disculpa)")
_BOOKING = re.compile(r"\b(re-?schedule|to schedule|appointment|appt|citas?|reprogramar|check-?up|(your|a|the) ((annual|yearly|routine|wellness|"
                      r"follow-?up|next) )?(cleaning|exam|visit|physical)|book (a|your) (spot|visit|appointment|table|place))\b")
_GOES_ON = re.compile(r"\b(friends?|nice to meet|get to know|chat|fate|destiny|where are you|from where|nice name|"
                      r"amig[oa]s?|conocer|destino|de d[oó]nde|charlar|hablar contigo)\b")


# Endings under which a name of five letters or fewer is long taken and dear, where companies keep their own short
# links ('w-mt.co', 'hdpt.co'). The cheap endings throw-away sites use are not among them.
_SHORT_LINK_TLDS = frozenset({"com", "co", "to", "me", "ly", "us", "io", "net", "org", "cr", "sh", "tc", "gl"})


# US states' two-letter codes, which small businesses add to their names for a site ('smiledentalnc.com').
_US_STATES = frozenset({"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
                        "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
                        "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
                        "va", "wa", "wv", "wi", "wy", "dc"})


def _own_site_label(label: str, name: str) -> bool:
    """The sender's own site's name: its name ('jiffylube'), 'my' and its name ('mybrightwheel'), or its name and
    its state's code ('smiledentalnc')."""
    return label == name or label == "my" + name or (label[:-2] == name and label[-2:] in _US_STATES)


def _sender_abbreviation(text: str) -> tuple[str, ...]:
    """The squashed name a text opens with, known company or not ("walmart" for "Walmart: ..."; "homedepot" and
    "thehomedepot" for "The Home Depot: ..."), to recognise a short link made from it; () when it opens with none."""
    parts = re.findall(r"[a-z0-9]+", _sender_words(text) or "")
    if not parts or all(w in _GENERIC_NAME_WORDS for w in parts):
        return ()
    if parts[0] == "the" and len(parts) > 1:
        return "".join(parts[1:]), "".join(parts)
    return ("".join(parts),)


_SCHOOL_NAME = re.compile(r"school|academy|district|isd|usd|schools|prep|elementary|middle|high")


def _abbreviates(label: str, name: str) -> bool:
    """'wmt' or 'w-mt' for 'walmart', 'hdpt' for 'homedepot', 'cvs' for 'cvspharmacy', 'qvc' for 'qvc', 'lnscrftr'
    for 'lenscrafters', 'tsco' for 'tractorsupply' and Co: a label of two to eight letters (five for a known company's
    name) that starts with the name's first letter, keeps its letters in order and drops at least two of them. A
    one-letter slip ('usp' for 'usps', 'wellsfrgo') is a look-alike, not an abbreviation, and so is a known company's
    whole name ('d-hl.us' for "DHL Express"): their real sites are listed."""
    label = label.replace("-", "")
    if label.endswith("k12") and len(label) > 5 and _SCHOOL_NAME.search(name):
        label = label[:-3]  # "Chattanooga Christian School: ... ccsk12.com": schools add 'k12' to their initials
    if len(name) == 3 and label == name and name.isalpha() and name not in _BRAND_WORDS:
        return True  # "QVC: ... qvc.co/tk/8RwM2p": a three-letter name is its own abbreviation
    if len(label) >= 4 and label.endswith("co") and not _in_order(label, name) and _shortens(label[:-2], name):
        return True  # "Tractor Supply: ... tsco.co": its initials and 'Co' for Company (not 'tsco' for 'tesco')
    return _shortens(label, name)


def _in_order(label: str, name: str) -> bool:
    rest = iter(name)
    return all(c in rest for c in label)


def _shortens(label: str, name: str) -> bool:
    longest = 5 if name in _BRAND_WORDS else 8
    if not (2 <= len(label) <= longest and label.isalpha() and len(label) <= len(name) - 2 and label[0] == name[0]
            and label not in _BRAND_WORDS):
        return False
    return _in_order(label, name)


def _decide(prep: Prepared, acc: _Acc, rule_score: int, url_infos, has_phone: bool, has_email: bool, kind: str,
            capture: list | None = None, context: dict | None = None):
    """(verdict, score 0-100, calibrated probability or None, the model's phrase Reason or None)."""
    model = _model.get() if capture is None and kind != "phone" else None  # a bare number: the rules alone
    if capture is not None:
        toks = _model.tokens(prep.low)
        meta = _model.meta_features(acc.codes, rule_score, url_infos, len(toks), has_phone, has_email, context, prep.low,
                                    prep.raw_scan)
        capture.append(_model.featurise(toks, meta))
    if model is None:
        verdict = "scam" if rule_score >= SCAM_AT else "suspicious" if rule_score >= SUSPICIOUS_AT else "likely_safe"
        return verdict, rule_score, None, None
    toks = _model.tokens(prep.low)
    meta = _model.meta_features(acc.codes, rule_score, url_infos, len(toks), has_phone, has_email, context, prep.low,
                                    prep.raw_scan)
    vec = _model.featurise(toks, meta)
    margin = model.margin(vec)
    p = model.probability(margin)
    if p >= model.scam_at:
        verdict = "scam"
    elif p >= model.suspicious_at:
        verdict = "suspicious"
    else:
        verdict = "likely_safe"
    no_way_to_act = not _MEANS_TO_ACT.intersection(meta)
    rules_quiet = rule_score < SUSPICIOUS_AT
    # An appointment to book, confirm or move by phone, and nothing else to act on ("Reply C to confirm. Call
    # 480-555-0142 to reschedule."): what dentists, clinics and salons send. A business saying who it is ("This is
    # Desert Sky Dental") and giving its number is no stranger's opener.
    # The same for a business signing off with its own local number ("Questions? 303-841-2280": business_line).
    other_ways = _MEANS_TO_ACT.intersection(meta) - {"x:phone", "m:reply_confirm"}
    booking = "x:phone" in meta and not other_ways and bool(_BOOKING.search(prep.low))
    local_line = not other_ways and bool((context or {}).get("business_line"))
    stories = _OPENING_STORIES.intersection(meta) - ({"s:self_intro"} if booking else set())
    # A shared article, recipe or event page (a title in the path of an ordinary-looking site) with no red flag and
    # no story: what family and friends send most. The model's doubt about an unknown site alone does not flag it,
    # however high (no scam in the training or held-out data has this shape). The link checks run only for a text
    # that would otherwise be flagged.
    # A sign-in code from a named sender with its own local number for "if you did not ask for it" ("Tri-County
    # Electric: Your verification code is 604128. If you did not request this code please contact our office at
    # 580-..."): the words of a code text with a number to call are the model's strongest sign of a callback scam,
    # but those give a toll-free number or a big company's name, so such a text needs more to be flagged.
    quiet_needs = QUIET_NEEDS_CODE if local_line and "m:otp" in meta else QUIET_NEEDS
    if (verdict == "suspicious" and rules_quiet and not stories
            and ((p < quiet_needs and (no_way_to_act or booking or local_line
                                       or _plain_bare_link(prep.original, url_infos, meta)
                                       or _plain_links_only(url_infos, meta)))
                 or _shared_pages_only(url_infos, meta)
                 or _plain_forms_only(url_infos, meta, acc))):
        # No way to act (nothing in _MEANS_TO_ACT: no unknown link, number to call, reply keyword, chat app or
        # address to write to) and none of the known opening stories: such a text cannot hurt yet, so a middling score alone does not flag it
        # ("Please don't tell mom about the surprise party!!"). A link on its own with nothing wrong in its address
        # is the same: the site is simply one Hearth does not know.
        verdict, quiet = "likely_safe", True
    elif (verdict != "likely_safe" and rules_quiet and no_way_to_act and len(prep.low) <= 200 and "?" not in prep.low
          and _CLOSING_APOLOGY.search(prep.low) and not _GOES_ON.search(prep.low)):
        verdict, quiet = "likely_safe", True
    else:
        quiet = False
    if acc.codes & HARD_SCAM_CODES:
        verdict = "scam"
    elif rule_score >= SCAM_AT and verdict == "likely_safe":
        verdict = "suspicious"
    elif verdict == "suspicious" and rule_score >= RULES_AGREE_AT:
        verdict = "scam"  # the model flags it and the red flags are strong too: no need to hedge
    score = _score_for(p, model)
    if verdict == "scam":
        score = max(score, SCAM_AT)
    elif verdict == "suspicious":
        score = max(score, SUSPICIOUS_AT)
    elif quiet:
        score = min(score, SUSPICIOUS_AT - 1)
    reason = None
    if verdict in ("scam", "suspicious") and kind != "phone":
        need = not any(r.start >= 0 for r in acc.reasons)
        reason = _phrase_reason(prep, toks, model, need=False)
        link = (context or {}).get("unknown_link")
        if reason is None and need and link:
            # No telling phrase: the model's push comes from the link's shape (odd letter case, a machine-made
            # name or path ...), so the link is the evidence.
            _reg, start, end, ev = link
            reason = Reason("model_link", N_("This link looks like the throw-away links scams use: real companies "
                                             "send links to their own, well-known website."), ev, start, end, 0)
        if reason is None and need:
            reason = _phrase_reason(prep, toks, model, need=True)
        if reason is None and not acc.reasons:
            # Nothing Hearth can point to or explain: the model alone does not flag a message.
            verdict = "likely_safe"
            score = min(score, SUSPICIOUS_AT - 1)
    return verdict, score, round(p, 4), reason


def _plain_bare_link(original: str, url_infos, meta) -> bool:
    """The text is one link and nothing else, with nothing wrong in its address (no red flag, and no made-up look)."""
    return (len(url_infos or ()) == 1 and not url_infos[0].flags and not _MADE_UP_LINK.intersection(meta)
            and len(original.strip()) <= len(url_infos[0].url) + 2)


# Traits of a link's address that throw-away scam sites have and companies' own sites rarely do.
_THROWAWAY_TRAITS = frozenset({"u:digits", "u:hyphen1", "u:hyphen2", "u:hostlen:l", "u:http", "u:odd_case",
                               "u:random_name", "u:short_name", "u:random_path", "u:longpath"})
# A news story's path: a date, then a title written as words joined by hyphens ('/2025/04/02/route-9-bridge-repairs/').
_NEWS_PATH = re.compile(r"/20\d\d[/-][01]?\d[/-][0-3]?\d/(\w+/)*[a-z]+(-[a-z0-9]+){3,}")
# Endings under which every name of four letters or fewer was registered long ago (a throw-away site can't get one).
_DEAR_TLDS = frozenset({"com", "org", "net"})
_PLAIN_TLDS = frozenset({"com", "org", "net", "uk", "es", "us", "ca", "mx", "ie", "au", "de", "fr", "it", "eu", "edu",
                         "gov", "io"})


def _links_only(url_infos, meta, looks_ordinary) -> bool:
    """Every way to act is one or two links with no red flag in their address, on a common ending, each passing
    ``looks_ordinary(info, feats, tld)`` (``feats``: the link's model features)."""
    if not url_infos or len(url_infos) > 2 or (_MEANS_TO_ACT - {"x:link"}).intersection(meta):
        return False
    for info in url_infos:
        if info.flags or info.is_chat_link:
            return False
        feats = set(_model.url_meta([info]))
        tld = next((f[6:] for f in feats if f.startswith("u:tld:")), "")
        if tld not in _PLAIN_TLDS or not looks_ordinary(info, feats, tld):
            return False
    return True


def _ordinary_site(info, feats: set[str], tld: str) -> bool:
    """None of the traits of throw-away sites (digits or hyphens in the name, a long or made-up name or path, http)."""
    traits = feats & _THROWAWAY_TRAITS
    if "u:random_path" not in feats and not any(c in info.url for c in "?=&#"):
        traits.discard("u:longpath")  # a long path of words and dates, no query: a news story, a recipe
        if _NEWS_PATH.search(info.url):
            traits.discard("u:hostlen:l")  # a local paper's long name ('poughkeepsiejournal.com/story/.../2025/04/02/...')
    if tld in _DEAR_TLDS:
        traits.discard("u:short_name")  # 'zola.com', 'aps.com': such short names are long taken and dear to buy
    return not traits


def _plain_links_only(url_infos, meta) -> bool:
    """Every way to act is a link that looks like an ordinary company's site (_ordinary_site). Such a site is simply
    one Hearth does not know."""
    return _links_only(url_infos, meta, _ordinary_site)


# A title written as words joined by hyphens ('/a-current-snapshot-of-the-medicare-part-d', '/old-odeon-cinema-demolition-
# plans-29485731'): the path of an article, a recipe or an event page that people share.
_WORD = re.compile(r"[a-z]{2,}")
_SLUG_PART = re.compile(r"[a-z0-9]+")
# What makes a site's name look throw-away, as opposed to simply unknown (a long name is a local paper's too).
_MADE_UP_HOST = frozenset({"u:odd_case", "u:random_name", "u:digits", "u:hyphen1", "u:hyphen2", "u:http", "u:random_path"})


def _title_slug(path: str) -> bool:
    """A path piece of four or more parts joined by hyphens, three of them words ('txdot-i-35-183-interchange-...')."""
    for piece in path.split("/"):
        piece = piece.removesuffix(".html").removesuffix(".htm")
        parts = piece.split("-")
        if (len(parts) >= 4 and all(_SLUG_PART.fullmatch(p) for p in parts)
                and sum(bool(_WORD.fullmatch(p)) for p in parts) >= 3):
            return True
    return False


# A TV station's or a paper's name with its channel number ('telemundo51', 'kare11', 'abc7').
_CHANNEL_NAME = re.compile(r"[a-z]{3,}\d{1,2}")
# A US broadcaster's call sign as its .com site ('wcvb.com', 'kstp.com'): it reads as a made-up name, but every
# four-letter .com name was registered long ago, so a throw-away site can't take a fresh one.
_CALL_SIGN = re.compile(r"[kw][a-z]{3}")


def _shared_page(info, feats: set[str], tld: str) -> bool:
    """A page with a title in its path, on a site whose name looks ordinary (a channel's or a call sign's too)."""
    made_up = feats & _MADE_UP_HOST
    name = info.registrable.split(".", 1)[0]
    if ((made_up == {"u:digits"} and _CHANNEL_NAME.fullmatch(name))
            or (made_up == {"u:random_name"} and tld == "com" and _CALL_SIGN.fullmatch(name))):
        made_up = set()
    if made_up:
        return False
    _host, path = _model.link_parts(info.url)
    return _title_slug(path.split("?")[0].split("#")[0].lower())


def _shared_pages_only(url_infos, meta) -> bool:
    """Every way to act is a link to a page someone shares: an article, a recipe, an event or a listing
    ('kff.org/medicare/a-current-snapshot-of-the-...')."""
    return _links_only(url_infos, meta, _shared_page)


# Online-form services: what schools, clubs and families use for sign-ups, order forms and polls.
_FORM_HOSTS = frozenset({"forms.gle", "forms.office.com", "docs.google.com", "jotform.com", "form.jotform.com",
                         "typeform.com", "formstack.com"})


def _plain_forms_only(url_infos, meta, acc: _Acc) -> bool:
    """Every way to act is an online form ('forms.gle/...'), and the text tells no story, makes no request and puts
    on no pressure, nor names a company: a school's order form or a family poll. (The real scams in the training data
    that use forms all do one of these: a locked card, a mystery-shopper job, a relief 'bonus'.)"""
    if not url_infos or (_MEANS_TO_ACT - {"x:link"}).intersection(meta):
        return False
    groups = {g for g, pts in acc.groups.items() if pts > 0}
    if groups & (_signals.LURE_GROUPS | _signals.ASK_GROUPS | _signals.PRESSURE_GROUPS | {"impersonation"}):
        return False
    for info in url_infos:
        host = info.host.lower().removeprefix("www.")
        if host not in _FORM_HOSTS or any(f.code != "url_free_hosting" for f in info.flags):
            return False
        if host == "docs.google.com" and "/forms/" not in info.url.lower():
            return False
    return True


def _score_for(p: float, model) -> int:
    """Map the probability onto 0-100 so that the verdict lines fall on SUSPICIOUS_AT and SCAM_AT."""
    s, c = model.suspicious_at, max(model.scam_at, model.suspicious_at + 1e-6)
    if p < s:
        v = SUSPICIOUS_AT * p / s if s > 0 else 0
    elif p < c:
        v = SUSPICIOUS_AT + (SCAM_AT - SUSPICIOUS_AT) * (p - s) / (c - s)
    else:
        v = SCAM_AT + (100 - SCAM_AT) * (p - c) / (1 - c) if c < 1 else 100
    return max(0, min(100, int(v)))


def _phrase_reason(prep: Prepared, toks, model, *, need: bool) -> Reason | None:
    contrib = model.token_contributions(toks)
    found = _model.phrases(toks, contrib, prep.low)
    if not found and need and toks:
        # Every flag has evidence: fall back to the single word that pushes most towards "scam". Only a word: a
        # number, money sign or bit of a web address explains nothing ("Words often seen in scams: '2291'").
        # A word that says something ('claim') is shown before a bland one ('Hi'), if it pushes towards "scam" at all.
        cands = [i for i in range(len(toks)) if toks[i][0][:1].isalpha() and toks[i][0] not in _model.STOP_WORDS]
        best = max(cands, key=lambda i: (contrib[i] > 0 and toks[i][0] not in _model.BLAND_ALONE, contrib[i]),
                   default=None)
        if best is not None and contrib[best] > 0:
            found = [(toks[best][1], toks[best][2], contrib[best])]
    if not found:
        return None
    shown: list[str] = []
    spans: list[tuple[int, int]] = []
    for s, e, _w in found:
        start, end = prep.span(s, e)
        words = " ".join(prep.original[start:end].split())
        if words and words.lower() not in (w.lower() for w in shown):
            shown.append(words)
            spans.append((start, end))
    if not shown:
        return None
    phrases = ", ".join(f"'{w[:60]}'" for w in shown)
    msg = N_("Words often seen in scams: {phrases}.", phrases=phrases)
    start, end = spans[0]
    return Reason("model_words", msg, prep.original[start:end], start, end, 0, spans=tuple(spans))


def _order_reasons(reasons: list[Reason], model_reason: Reason | None, rule_score: int) -> tuple[tuple[Reason, ...], int]:
    """Strongest first, repeats removed; the first SHOWN_FIRST say different things. A reason that comes from what
    the person said about the sender leads: it is why the text is flagged."""
    ranked = sorted(reasons, key=lambda r: (r.code not in _FROM_THE_SENDER_ANSWER, -r.points,
                                            r.start if r.start >= 0 else 10**9))
    seen_msgs: set[str] = set()
    unique = []
    for r in ranked:
        key = str(r.message)
        if key in seen_msgs:
            continue
        seen_msgs.add(key)
        unique.append(r)
    if model_reason is not None:
        unique.insert(0 if rule_score < SUSPICIOUS_AT else min(2, len(unique)), model_reason)
    first: list[Reason] = []
    rest: list[Reason] = []
    per_span: dict[tuple[int, int], int] = {}
    # A red flag whose words lie inside another's says less about the same words ("fraud team" inside "reply NO and
    # our fraud team will contact you"): the wider one comes first; the other takes a place left over, if any.
    wide = [(q.start, q.end) for q in unique if q.start >= 0 and not q.code.startswith("model_")]

    def inside(r: Reason) -> bool:
        return r.start >= 0 and not r.code.startswith("model_") and any(
            s <= r.start and r.end <= e and (s, e) != (r.start, r.end) for s, e in wide)

    for r in [q for q in unique if not inside(q)] + [q for q in unique if inside(q)]:
        span = (r.start, r.end)
        if len(first) < SHOWN_FIRST and (r.start < 0 or per_span.get(span, 0) < 2) \
                and not (r.start < 0 and r.code.startswith("combo_") and sum(1 for x in first if x.code.startswith("combo_")) >= 1):
            first.append(r)
            if r.start >= 0:
                per_span[span] = per_span.get(span, 0) + 1
        else:
            rest.append(r)
    rest.sort(key=unique.index)  # behind "Show all", strongest first as before
    # Keep at least one reason with evidence in the text among the first ones.
    if first and not any(r.start >= 0 for r in first):
        ev = next((r for r in rest if r.start >= 0), None)
        if ev is not None:
            rest.remove(ev)
            if len(first) >= SHOWN_FIRST:
                rest.insert(0, first.pop())
            first.insert(0, ev)
    return tuple(first + rest), len(first)


def model_features(text: str, *, region: str | None = None) -> dict[int, float]:
    """The model's hashed input for ``text`` (what training uses): rules run, the model itself is not asked."""
    box: list = []
    _analyse(text, kind="message", household_names=(), region=region, sender=None, _capture=box)
    return box[0] if box else {}


def _sender_signals(acc: _Acc, sender: str, mentioned, region: str) -> None:
    if "@" in sender:
        domain = sender.rsplit("@", 1)[-1].strip(" >").lower()
        if mentioned:
            from ._urls import _extractor

            ext = _extractor()(domain)
            reg = ext.top_domain_under_public_suffix if hasattr(ext, "top_domain_under_public_suffix") else ext.registered_domain
            brand = mentioned[0][0]
            if reg and official_brand_for(reg, domain) is None:
                acc.add("sender_not_official", N_("It says it is from {brand}, but it was sent from {domain}, which is not {brand}'s "
                                                  "address.", brand=brand, domain=domain), sender, -1, -1, 20, "sender")
        return
    hit = parse_single(sender, region)
    if hit is None:
        return
    for code, pts, msg in phone_flags(hit, region):
        # Two whole sentences (so that each is translated): "The sender's number:" and the number's own reason.
        acc.add("sender_" + code, N_("The sender's number:") + " " + msg, sender, -1, -1, pts, "sender")


# --------------------------------------------------------------------------------------------
# advice

_REPORTING = {
    "US": (N_("Report it to the FTC at reportfraud.ftc.gov. If money was lost online, also report it to the FBI at ic3.gov."),
           N_("Forward scam texts to 7726 (SPAM) and then delete them.")),
    "GB": (N_("Report it to Action Fraud (actionfraud.police.uk, 0300 123 2040), now called Report Fraud."),
           N_("Forward scam texts to 7726 for free, and scam e-mails to report@phishing.gov.uk.")),
    "ES": (N_("Call INCIBE's free cybersecurity helpline on 017 for advice, and report it to the Policía Nacional or Guardia Civil."),
           N_("Block the sender and delete the message.")),
}
_REPORTING["UK"] = _REPORTING["GB"]


_FIRST_SENTENCE_END = re.compile(r"[.!?\n]")
# Small talk with nothing else in it: how a stranger's 'wrong number' or romance chat opens. A text that says who
# writes and why ("this is Lisa from Pawsome Grooming, Bella is ready for pickup") is not small talk.
_SMALL_TALK = re.compile(
    r"\b(how are you|how r u|how('?s| is| was) (your|ur|it going|life|everything|the)|how have you been|what are you up to|"
    r"what('?s| is) up|long time|been a while|miss(ed)? you|thinking (of|about) you|remember me|is this \w+\b|"
    r"hope you('?re| are) (well|ok|good|doing)|nice to meet|have you (had|eaten)|are you (free|around|busy|there|awake|up)|"
    r"good (morning|afternoon|evening|night),? (dear|my friend|beautiful|handsome|sweetheart)|c[oó]mo est[aá]s|qu[eé] tal|"
    r"cu[aá]nto tiempo|te acuerdas de m[ií]|est[aá]s libre|has (desayunado|comido|cenado))\b")
# Who writes and why: a business, a tradesperson or an errand ("it's Sam from Ace Hardware, the key you ordered came
# in", "Dave the plumber, 20 mins away").
_NOT_SMALL_TALK = re.compile(
    r"\b(this is|it'?s|i'?m|soy|le escribe|te escribe)\s+\w+(\s\w+)?,?\s+((from|at|with|de|del|la|el)\b|w/)"
    r"(?!\s*(the )?(college|uni|university|high school|school|yoga|church|gym|work|group|party|club|reunion|wedding|"
    r"conference|meetup|event|trip|facebook|instagram|tinder|hinge|bumble|el gimnasio|la universidad|el instituto|"
    r"pilates)\b)|"
    r"\b(remind|appointment|order|deliver|pick ?up|parcel|package|card|account|payment|pay|confirm|reply|code|pharmac|"
    r"prescription|school|class|practice|booking|reservation|check-?in|invoice|bill|lease|rent|landlord|plumber|"
    r"electrician|builder|engineer|driver|shopper|host|office|shift|meeting|interview|cita|pedido|paquete|recog|tarjeta|"
    r"cuenta|pago|factura|reserva|colegio|reuni[oó]n|turno|entrevista)|[$£€₹]|\d{3,}")
# Requests that, from a stranger, are the scam itself: the strong payment requests (a pay app only named, "Jake paid
# you on Venmo", asks for nothing; a 'safe account' story is flagged by its own rules) and requests for codes or logins.
_STRANGER_ASKS = ((_signals.ASK_PAY_STRONG - {"pay_app", "safe_account"})
                  | {"asks_for_code", "asked_for_code", "asks_for_credentials"})
_FROM_THE_SENDER_ANSWER = frozenset({"stranger_asks", "stranger_first_text"})


def _is_small_talk(low: str) -> bool:
    return len(low.split()) <= 25 and bool(_SMALL_TALK.search(low)) and not _NOT_SMALL_TALK.search(low)


# A text written like one person to another ("Hey! How was your weekend?"): Hearth can't see who sent it, and that is
# the whole difference between a friend's text and a stranger's 'wrong number' opener.
_PERSONAL = re.compile(r"^\W*(hi|hey|hello|hiya|heya|yo|dear|morning|good (morning|afternoon|evening|night)|hola|buenas|"
                       r"buenos d[ií]as|holi)\b|\?|\b(how are you|how('?s| is| was)|are you|did you|do you|c[oó]mo est[aá]s|"
                       r"qu[eé] tal|est[aá]s)\b")


_CARD_WORDS = re.compile(r"\b(card|purchase|charge|transaction|payment|transfer|withdrawal|account|tarjeta|compra|cargo|"
                         r"operaci[oó]n|pago|transferencia|cuenta)\b")


def _advice(verdict: str, codes: set[str], lures: set[str], region: str, truncated: bool, kind: str, *,
            found: bool = False, personal: bool = False) -> tuple[str, ...]:
    out: list[str] = []
    if verdict == "scam":
        out.append(N_("Don't reply, don't click any link and don't call any number in it."))
    elif verdict == "suspicious":
        out.append(N_("Be careful: don't click links or call numbers in it until you have checked it another way."))
    elif found:
        # Something was found, just not enough to flag the message: never say "no red flags" beside a reason.
        out.append(N_("Hearth found the warning signs above, but not enough to call this a scam. If anything feels off, "
                   "check with the company or person using a number or website you already know."))
    else:
        # The verdict and the red-flags box already say nothing was found: the advice doesn't say it a third time.
        out.append(N_("Scammers change their tricks. If anything feels off, check with the company or person using a "
                   "number or website you already know."))
    if codes & _FROM_THE_SENDER_ANSWER:
        out.append(N_("Don't reply, not even to say 'wrong number': a reply tells them your number is in use."))
    if codes & {"asks_for_code", "asked_for_code", "code_sent_by_mistake"}:
        out.append(N_("Never share a verification code with anyone, even someone who says they are from your bank or a friend."))
    if codes & {"asks_for_credentials"}:
        out.append(N_("Never give a password, PIN or card details to someone who contacted you."))
    if codes & {"remote_access_app", "remote_access_request"}:
        out.append(N_("Don't install any app a caller asks for. If you already did, turn off the internet, uninstall it and "
                   "ask someone you trust to check the device."))
    if codes & {"pay_gift_card", "pay_crypto", "pay_wire", "safe_account", "cash_courier", "pay_app", "pay_fee_to_receive"}:
        out.append(N_("Don't send money, gift cards or crypto. If you already paid, call your bank or card company now using "
                   "the number on your card, and keep any receipts."))
    if (lures & {"lure_bank", "lure_account"} or "safe_account" in codes) and not codes & {"yes_no_alert", "bank_callback"}:
        # (a text that looks fine but can't be told from a fake gets the fuller advice on checking it, below)
        out.append(N_("Real banks never ask you to move money or share a code. Hang up and call the number on the back of your card."))
    if "lure_family" in lures:
        out.append(N_("Call your relative on the number you already have for them before doing anything."))
    if lures & {"lure_delivery", "lure_toll"}:
        out.append(N_("To check a parcel or a toll bill, type the company's real website yourself or use its official app."))
    if "lure_tech" in lures:
        out.append(N_("Microsoft, Apple and other companies never call or pop up to say you have a virus. Close the page or hang up."))
    if "lure_gov" in lures:
        out.append(N_("Government offices don't demand payment by phone or text. Look up their real number yourself."))
    if "lure_romance" in lures or "lure_invest" in lures:
        out.append(N_("Don't send money or crypto to someone you have only met online, and don't use an investment app they suggest."))
    if "lure_job" in lures:
        out.append(N_("Real jobs never ask you to pay to start or to buy things for 'tasks'."))
    if "sextortion" in codes:
        out.append(N_("Don't pay and don't reply. These threats are sent to many people at once; change the password it mentions."))
    if verdict in ("scam", "suspicious"):
        out.append(N_("Block the sender."))
        report = _REPORTING.get(region)
        if report:
            out.extend(report)
        else:
            out.append(N_("Report it to your country's consumer-protection or police fraud service, and warn people you know."))
        if verdict == "scam":
            out.append(N_("If you already clicked, typed a password, paid or gave access: open Hearth's Emergency help page now."))
    if codes & {"yes_no_alert", "bank_callback"}:  # only ever on a text that looks fine
        out.append(N_("To check an alert like this, don't reply and don't call any number in it: open your bank's app or "
                      "call the number on the back of your card. If someone calls you about it, hang up: your bank "
                      "will never ask for a code, your PIN or for you to move money."))
    if personal and verdict == "likely_safe":
        out.append(N_("Hearth can't tell if you know who sent this. If you don't know the number, don't reply and don't "
                      "send anything: texts like this from strangers are how 'wrong number', romance and money scams "
                      "start. Block the number."))
    if kind == "phone" and verdict == "likely_safe":
        out.append(N_("A number alone can't show who is calling: caller ID can be faked. If a caller asks for money or "
                   "codes, hang up and call the company yourself."))
    if truncated:
        limit = MAX_CHARS
        out.append(N_("The text was very long, so Hearth checked only the first {limit} characters.", limit=limit))
    return tuple(out)


# --------------------------------------------------------------------------------------------
# e-mail


def analyse_email(raw: bytes, *, household_names: Sequence[str] = (), region: str | None = None) -> ScamReport:
    """Check a whole .eml file (headers and body). Never raises on malformed input."""
    from ._email import header_reasons, parse_email

    try:
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogatepass")
        if not raw or not bytes(raw).strip():
            return _unknown("email", N_("The e-mail file was empty. Save the whole message (as .eml) and try again."))
        parsed = parse_email(bytes(raw))
        extra = header_reasons(parsed)
        body = parsed.body
        if not body.strip() and not extra:
            return _unknown("email", N_("Hearth could not find any text in this e-mail to check."))
        sender = parsed.from_addr or None
        report = _analyse(body or " ", kind="message", household_names=household_names, region=region,
                          sender=sender, extra=extra, analysed_kind="email")
        # Body links whose visible text names another site (HTML) count too.
        return report
    except Exception:  # noqa: BLE001
        return _unknown("email", N_("Hearth could not read this e-mail file."))
