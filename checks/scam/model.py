"""The learned part of the scam analyser: a calibrated linear model over hashed features.

Pure Python at run time (no numpy/scipy/scikit-learn). The weights come from
``resources/scam/model.json`` (written by ``packaging/train_scam_model.py``): a read-only data
file that ships with Hearth, read once, lazily, the first time a message is scored (like the
public-suffix snapshot tldextract reads). ``install(data)`` lets a caller supply the weights
instead (tests, or an app that loads resources itself).

Features (the same code builds them for training and for scoring, so they always agree):
 - word unigrams and bigrams of the normalised text (digits collapsed to their length class),
 - character 3-5-grams inside each word (catches misspellings, "NETFLX", "Wind0ws"),
 - every signal code the rules found (``s:<code>``) and the rules' score band,
 - lexical link features: ending (TLD), shortener, brand in a foreign name, digits and hyphens,
   length, whether the link is the named company's real site, and "no link at all".
Each feature name is hashed with CRC-32 into ``2**20`` buckets; word and character blocks are
scaled by ``1/sqrt(count)`` so long texts do not dominate. ``score`` returns the calibrated
probability (Platt scaling fitted on grouped cross-validation) and each word's share of the sum,
which the analyser turns into highlighted phrases.
"""

from __future__ import annotations

import base64
import json
import math
import operator
import re
import sys
import threading
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ._prefilter import Gate, Gated

BUCKETS = 1 << 20
MASK = BUCKETS - 1
MODEL_CHARS = 3000  # the model reads at most this much of a message (the rules read more)
MAX_TOKENS = 600
META_VALUE = 1.0  # rule and link features (binary) beside the scaled word n-grams

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[$£€₹]")
_STOP = frozenset(["a", "an", "the", "to", "of", "and", "or", "in", "on", "at", "for", "is", "are", "be", "it", "this", "that", "you", "your", "i", "me", "my", "we", "our", "us"])


STOP_WORDS = _STOP
# Words that say nothing to a reader when shown alone as "words often seen in scams" ('Hi', 'hola', 'said'): a
# phrase of one such word is not shown (in a longer phrase they stay).
BLAND_ALONE = frozenset([
    "hi", "hey", "hiya", "hello", "dear", "morning", "good", "afternoon", "evening", "night", "hola", "buenos",
    "buenas", "dias", "días", "tardes", "noches", "ok", "okay", "yes", "no", "please", "thanks", "thank", "today",
    "now", "just", "can", "will", "have", "has", "had", "was", "were", "not", "all", "get", "got", "so", "if",
    "with", "from", "by", "as", "up", "out", "what", "when", "how", "who", "there", "here", "he", "she", "they",
    "them", "his", "her", "its", "do", "did", "am", "been", "also", "one", "said", "still", "yesterday", "sir",
    "madam", "mr", "mrs", "ms", "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para",
    "con", "tu", "su", "te", "se", "lo", "le", "mi", "es",
])


def _h(name: str) -> int:
    return zlib.crc32(name.encode("utf-8", "surrogatepass")) & MASK


def _norm_token(tok: str) -> str:
    if tok[0].isdigit():
        n = len(tok)
        return "<d1>" if n == 1 else "<d2>" if n == 2 else "<d4>" if n <= 4 else "<d6>" if n <= 6 else "<dL>"
    return tok


@lru_cache(maxsize=8192)
def _char_buckets(tok: str) -> tuple[int, ...]:
    if len(tok) < 2 or not tok[0].isalpha():
        return ()
    w = " " + tok[:24] + " "
    out = []
    for n in (3, 4, 5):
        for i in range(len(w) - n + 1):
            out.append(_h("c:" + w[i:i + n]))
    return tuple(out)


@lru_cache(maxsize=8192)
def _word_bucket(tok: str) -> int:
    return _h("w:" + tok)


@lru_cache(maxsize=16384)
def _pair_bucket(a: str, b: str) -> int:
    return _h("b:" + a + " " + b)


def tokens(low: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) in ``low`` (the analyser's lower-cased scan string)."""
    out = []
    for m in _TOKEN.finditer(low, 0, min(len(low), MODEL_CHARS)):
        out.append((_norm_token(m.group(0)), m.start(), m.end()))
        if len(out) >= MAX_TOKENS:
            break
    return out


_VOWELS = frozenset("aeiouy")
# A path piece that looks machine-made: mixed upper and lower case with digits or several case changes
# ("tJymz54anP", "eZXKcEdF"), the way throw-away scam links and their shorteners are written.
_RANDOM_PIECE = re.compile(r"(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{6,}")


def _random_piece(piece: str) -> bool:
    if not _RANDOM_PIECE.fullmatch(piece):
        return False
    switches = sum(1 for a, b in zip(piece, piece[1:], strict=False) if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
    return any(c.isdigit() for c in piece) or switches >= 3


def _random_label(label: str) -> bool:
    """A site name that is no word: no vowels, or letters and digits mixed in a short name ("kp7c1", "sqanzq")."""
    letters = [c for c in label if c.isalpha()]
    if not letters:
        return False
    vowels = sum(1 for c in letters if c in _VOWELS)
    if len(letters) >= 4 and vowels / len(letters) < 0.2:
        return True
    return len(label) <= 7 and any(c.isdigit() for c in label) and len(letters) >= 2


def link_parts(url: str) -> tuple[str, str]:
    """A link as written, split into its host and its path with any query ('x.com/a/b?c=1': 'x.com', 'a/b?c=1')."""
    after = url.split("//", 1)[1] if "//" in url[:12] else url
    host, _, path = after.partition("/")
    return host, path


def url_meta(infos) -> list[str]:
    """Lexical link features from the analyser's UrlInfo objects."""
    if not infos:
        return ["m:no_link"]
    out = ["m:has_link"]
    for info in infos[:5]:
        host = info.host or ""
        reg = info.registrable or ""
        official = bool(info.official_brand)
        out.append("m:link_official" if official else "m:link_unknown")
        tld = reg.rsplit(".", 1)[-1] if "." in reg else "none"
        out.append("u:tld:" + tld[:12])
        label = reg.split(".", 1)[0] if reg else ""
        if any(c.isdigit() for c in label):
            out.append("u:digits")
        hy = label.count("-")
        if hy:
            out.append("u:hyphen" + ("2" if hy >= 2 else "1"))
        n = len(host)
        out.append("u:hostlen:" + ("s" if n < 12 else "m" if n < 24 else "l"))
        sub = host[: max(0, len(host) - len(reg))].strip(".")
        if sub and sub != "www":
            out.append("u:sub")
        url = info.url
        written_host, path = link_parts(url)
        if len(path) > 30:
            out.append("u:longpath")
        if url.lower().startswith("http:"):
            out.append("u:http")
        for f in info.flags:
            out.append("u:" + f.code)
        if info.is_chat_link:
            out.append("u:chat")
        if official:
            continue
        # Only for links that are not the named company's real site:
        if any(c.isupper() for c in written_host[1:]) and not written_host.isupper():
            out.append("u:odd_case")
        if label and _random_label(label):
            out.append("u:random_name")
        if 0 < len(label) <= 4:
            out.append("u:short_name")
        if any(_random_piece(p) for p in re.split(r"[/?=&#._-]", path) if p):
            out.append("u:random_path")
        if not sub and not path:
            out.append("u:bare")
    return out


# Ways a message points to the real channel, or is a genuine notice (these keep modern legitimate texts apart).
_REPLY_YES_NO = re.compile(r"\breply\s+(\W?yes\W?\s*(or|/)\s*\W?no|y\s*(or|/)\s*n|1\s+(for|=)\s+yes)\b|\bresponde\s+s[ií]\s+o\s+no\b")
_OTP = re.compile(r"\b(code|c[oó]digo|pin|otp|passcode)\b[^.\n]{0,30}?\b\d{4,8}\b|\b\d{4,8}\b[^.\n]{0,10}\b(is your|es tu)\b")
_DONT_SHARE = re.compile(r"\b(don'?t|do not|never|no)\s+(share|compartas|lo compartas|give)\b")
_NOT_YOU = re.compile(r"\b(not you|wasn'?t you|if (this|it) was not you|if you did ?n[o']t (make|request|authori[sz]e)|"
                      r"not authori[sz]ed by you|to cancel|no fuiste t[uú]|si no (has sido|fuiste) t[uú])\b")
_MONEY = re.compile(r"[$£€₹]\s?\d|\d\s?(€|eur|usd|dollars?|pounds?|euros?)\b")
# "Reply C to confirm" (appointments, bookings) versus a quoted keyword to send back ('Reply <<ok>>', 'Type "A" to ...').
_REPLY_CONFIRM = re.compile(r"\b(reply|text|responde|responda|conteste)\s+\W?\w{1,3}\W?\s+(to|para)\s+(confirm|cancel|reschedule|change|confirmar|cancelar)")
_REPLY_QUOTED = re.compile(r"\b(reply|type|text|send|txt|responde|escribe)\s*[\"'<«“(\[]+\s*(?!(stop|yes|no|help|si|sí)\b)[a-z0-9]{1,8}\s*[\"'>»”)\]]+")
# A keyword to send back to take up an offer ("Reply YES to get $800 today", "Text INFO for details", "Text SHOP to
# join", "Responde SI para continuar", or a bare "Responda SI" to end the text): a way to act, unlike "reply C to
# confirm", "reply STOP" or "reply YES or NO".
# Not a menu's second or third choice ("USPS: ... Text 2 for more info, 3 for all options"): scams ask for a 1.
_REPLY_TO_GET = re.compile(r"\b(reply|text|txt|send|responde|responda|env[ií]a|escribe)\s+\W?(?!(stop|help|end|cancel|quit)\b)"
                           r"(?![2-9]\W?\s+for\s+(more|all)\b)"
                           r"[a-z0-9]{1,10}\W?\s+(to|for|para|y)\s+(get|receive|claim|continue|start|apply|learn|find out|see|"
                           r"check|details|more|info|qualify|unlock|activate|redeem|collect|join|sign up|enrol+|register|"
                           r"participate|continuar|recibir|m[aá]s|saber|obtener|solicitar|reclamar|cobrar)\b|"
                           r"\b(reply|text|txt|responde|responda)\s+(yes|si|sí|info|more|details)\W*(now\W*)?$")
# A keyword to text to a short code ("Text MTALK to 69866", "send WIN to 80082"): a premium-rate service's way in.
_TEXT_BACK = re.compile(r"\b(txt|text|texting|txting|send|reply|sms)\s+(the (password|word|keyword|code) )?([a-z]{2,}\d*|(?!(stop|help|end|cancel|quit|unsubscribe)\b)[a-z]{2,}\d* [a-z]{2,}\d*|(ur|your) "
                        r"(answer|name|reply))\s+(to|2)\s+\d{4,6}\b|\b(txt|text)\s+(me\s+)?back\s+(on|to|2)\s+\d{4,6}\b|"
                        # a number to dial at a price per minute or per message ("Dial 56780123 now. Rs 12/min only")
                        r"\b(dial|call)\b[^.\n]{0,25}\b\d{5,9}\b[^\n]{0,30}(rs\.?\s?\d+|£\s?\d+(\.\d+)?|\d+p)\s?/\s?(min|minute|"
                        r"msg|call|\d+\s?days?)\b")
# A pay-app handle to send money to ("Donate via CashApp $ReliefNowUSA", "send $400 on cash app $joshtravels22"): a way
# to act, like a link or a number ("You received $50 from $jordanlee" has no verb of paying before the handle).
_PAY_HANDLE = re.compile(r"\b(send|sending|donate|donating|donation|pay|give|chip in|contribute)\b[^.!?\n]{0,40}(?<![\w$])\$[a-z][a-z0-9_]{2,}")
# The same in India's payment system: an account handle to send money to ("send to this UPI id").
_UPI_HANDLE = re.compile(r"\b(send|pay|transfer|deposit)\b[^.!?\n]{0,40}(\b(this|my|the following|below|given) upi( id)?\b|"
                         r"\b[a-z0-9._-]{3,}@(ybl|okaxis|okhdfcbank|oksbi|okicici|paytm|upi|apl|ibl|axl)\b)")
_OBFUSCATED = re.compile(r"[A-Za-z][#^*|~][A-Za-z]|(?<![\w./])[a-z]{1,5}\.[a-z]{1,3}\s[a-z]{1,5}\.[a-z]{1,4}\b")


# Story words pooled into one feature each (model input only, never shown): many rare phrasings of the same
# scam story then share one weight, which carries over to wordings the training data lacks.
_STORIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("bill_fail", r"\b(failed to (extend|renew|process|charge|bill)|(payment|billing|bill|renewal) (has )?(failed|was declined|"
                  r"declined|was unsuccessful|problem|issue|did not (go through|process))|fix (your|the) (bill|billing|payment)|"
                  r"update (your )?(billing|payment) (info|information|details|method)|(pago|cobro|recibo) (rechazado|fallido|"
                  r"devuelto))\b"),
    ("invest", r"((?<!\d)(?<!loses )(?<!lose )(?<!minus )(?<!off )\d+\s?%\s?(daily|a day|per day|weekly|diario|al d[ií]a)|\bmake \d+\s?%|\bguaranteed (returns?|profits?)|"
               r"\btrading (platform|signals?|app)|\b(crypto|bitcoin|btc|eth|usdt) (pool|mining|investment|trading|group)|"
               r"\bplataforma de inversi[oó]n|\bmy (uncle|aunt|cousin) (works|is) (at|an?)|\binternal discussion group|"
               r"\b\d+x (returns?|profits?|gains?)|\b(returns?|profits?) (are |is )?guaranteed|\bipo (allocation|shares)|"
               r"\bthe platform i (told|showed) you|\bmade me \$\d[\d,.]*k\b)"),
    ("wrong_number", r"(\bis this (the number for|the right number)|\bwrong number|\bme equivoqu[eé] de n[uú]mero|\bn[uú]mero "
                     r"equivocado|\blost (all )?my contacts|\bgot (this|your) number (from|in)|\bcame across your number|"
                     r"\bare you \w+'s friend|¿eres \w+\?|\bis this \w+\?|\bare you (mr|mrs|ms)\.? \w+|\bi(?:'m| am) \w+'s friend|"
                     r"\b\w+ recommended (you|your number) to me|\bthat \w+ recommended to me|\bsoy (amig[oa]|la amiga|el amigo) de \w+)"),
    ("move_chat", r"\b(chat|talk|message me|add me|hablamos|escr[ií]beme|contact me) (on|por|en|via) (telegram|whatsapp|signal|"
                  r"line|wechat|kakao|viber)\b|\b(telegram|whatsapp) me\b|\binterview\w*\b[^.!?\n]{0,20}\b(via|on|over|through|by) "
                  r"(microsoft )?(teams|telegram|whatsapp|signal|skype|wire|wickr)\b|\b(download|install) (the )?(telegram|whatsapp|"
                  r"signal|wire|wickr|skype)( app)?\b[^.!?\n]{0,40}\binterview"),
    ("romance", r"\b(army doctor|peace mission|deployed (in|to|overseas)|dating (site|app)|(are|r) (you|u) lonely|new in town|saw you on (instagram|facebook|tiktok|ig|fb)|"
                r"(can'?t|couldn'?t) stop thinking about you|sugar (baby|daddy|mommy|mama)|find you (really |very )?(attractive|beautiful|handsome)|(saw|seen|love) your "
                r"(profile|pictures?|photos?)|he visto tu perfil|working overseas|oil rig|plataforma petrol[ií]fera|"
                r"peacekeeping|(lonely|single) (and|looking)|dinner tonight\?|\bhave you (had|eaten) (your )?(dinner|lunch|breakfast)|"
                r"\b(love|like|saw|came across) your (instagram|facebook|tiktok|linkedin) (profile|page|account|photos?|pictures?)|"
                r"\bare you still busy|\bya (cenaste|comiste)\b)"),
    ("attachment", r"\.(pdf|docx?|xlsx?|zip|html?|apk)\b.{0,25}\b(pdf|document|kb|mb)\b"),
    ("broken_scheme", r"(?<![a-z])://|\bhttps?:/(?!/)|\bh\W+t\W*t\W*p|\bhtt\W+ps?:|[a-z0-9]\.-(com|net|org|info|co|us|xyz|top|"
                      r"shop|site|online|app)\b|[a-z0-9]\s?\.\s?\ufffd\s?\.\s?[a-z]|\b[a-z0-9-]+\.(com|net|org)\.(?!(uk|au|br|mx|ar|"
                      r"co|sg|in|my|tr|cn|hk|tw|es|pe|ve|ec|uy|py|bo|do|gt|sv|pa|ni|cu|pr|ph|ng|za|pk|np|eg|sa|bd)\b)[a-z0-9-]+"
                      r"\.[a-z0-9-]+\.[a-z0-9-]+|\b[a-z]+\s?\d*\s@\s(gmail|yahoo|hotmail|outlook|aol)\b"),
    ("money_owed", r"\b(tax (refund|credit|rebate)|stimulus|grant of|unclaimed (funds|money|property)|refund (of|for) [$£€]|"
                   r"(may have been|might have been|have been|were|was|been) over-?charged|possible cash ?back|"
                   r"(may|might|could) be entitled to (a |an |up to |receive )?(compensation|payout|[$£€]\s?\d)|"
                   r"(you are|you're|u r|ur) owed (a (refund|rebate) of )?[$£€]\s?\d|"
                   r"(qualify|qualified|eligible|approved|selected) for (a |an )?([$£€]\s?[\d,.]+k? )?(business |government |federal )?grant|"
                   r"grant[^.\n]{0,40}\bno (repayment|need to (re)?pay)|"
                   r"government (credit|grant|funding|relief)|employee retention (credit|tax credit)|"
                   r"devoluci[oó]n (de|del) (hacienda|impuestos|irpf)|(assigned|allocated|approved) (\$|£|€|funds|amount|"
                   r"balance|bonus)|bonus (is )?(ready|waiting|available))"),
    ("loyalty_gift", r"\b(gift|present|reward|surprise) (to|for) (express|thank|convey|show|reward)|\bloyalty (gift|reward|"
                     r"present|bonus)|\b(paying|payments?) on time\b|\bpayment (record|history)\b"),
    ("job", r"(\$\d+\s?(per|an|/|a|every|each)\s?(hour|hr|day|week|wk)|\bwork(ing)? from home|\bpart[- ]time (job|work|position)|"
            r"\bremote (job|position|work)|\bdaily (pay|income|salary)|\bextra income|\btrabajo desde casa|\bsalary of\b)"),
    ("lawsuit", r"\b(class action|classsuit|settlement|lawsuit|compensation (payout|claim)|you (may )?(be )?(qualify|"
                r"eligible)|indemnizaci[oó]n)"),
    ("charge_not_you", r"\b(a (deduction|charge|debit|payment|withdrawal|transaction|purchase) of|(has been|was|is) (charged|"
                       r"debited|deducted|initiated|approved)|order (id|#|number)|se ha (cargado|realizado un cargo))"),
    ("lure_link", r"\b(sent you a (video|photo|file|document|invite|message)|look who (died|passed)|is this you in (this|the) "
                  r"(video|photo|picture)|(iphone|phone|device) (has been |was )?(found|located)|shared (a|an) (file|document)"
                  r" with you)"),
    ("locked", r"\b(locked|suspended|disabled|deactivated|restricted|on hold|frozen|blocked|bloquead[oa]|suspendid[oa])\b"),
    # Known shapes from consumer-protection warnings (FTC, Action Fraud, INCIBE): task jobs, sextortion, fake
    # airdrops, a new friend stuck abroad who needs a fee paid.
    ("task_job", r"(\b\d+\s?tasks? (a|per|each) day|\b(like|rate|review|rating|boost|optimi[sz]e) (videos|posts|products|apps|"
                 r"hotels|orders)|\bdata optimi[sz]ation|\bapp (ratings|reviews)|\b(dar|dando) ['\"]?me gusta|\bvalorar "
                 r"(productos|hoteles|v[ií]deos)|\bcomisi[oó]n por (tarea|pedido))"),
    ("sextortion", r"\b((your|tus|sus) (nudes|intimate|private|explicit) (photos|pictures|videos|images)|ruin your (life|"
                   r"reputation)|(send|share|post|leak) (them|it|the video|the photos) to (all )?(your )?(friends|family|"
                   r"followers|contacts|colleagues)|recorded you|(hacked|accessed) your (webcam|camera)|tus fotos [ií]ntimas|"
                   r"arruinar tu vida|v[ií]deo [ií]ntimo)"),
    ("airdrop", r"\b(airdrop|claim (your )?(free )?(tokens?|eth|btc|usdt|crypto|coins?)|(tokens?|eth|btc|usdt) (have been|"
                r"has been|were) (allocated|credited|reserved)|wallet (connect|validation|sync))\b"),
    # The 'artist wants your photo' and 'car wrap' shapes (FTC warnings): a stranger pays you for a picture of yours or
    # for a sticker on your car, then overpays by cheque.
    ("art_or_wrap", r"\b(your (picture|photo|pic|posts?|profile|selfie)s?\b.{0,60}\b(inspiring muse|my muse|art project|mural|"
                    r"painting|portrait)|(art project|inspiring muse|mural)\b.{0,80}\byour (picture|photo|pic|posts?|profile)|"
                    r"(sticker|decal|wrap|advert|logo)s? on (your|ur) (car|vehicle|truck)|(car|vehicle) wrap(ping)? (ad|advert|"
                    r"program|campaign|job)|will pay you \$?\d+\s?(a|per|every) week)"),
    ("stuck_abroad", r"\b(stuck (at|in) (the )?(port|airport|customs|border)|(wallet|passport|purse) (got |was |has been )?stolen|customs (need|want|charge|fee|clearance fee)|"
                     r"release (my|the) (equipment|consignment|package|parcel|goods|luggage)|retenid[oa] en (la )?aduana)"),
    # "I'll pay you back": family and friends say it too, so it is not an opening story (_OPENING_STORIES).
    ("pay_back", r"\b(i'?ll (pay|refund) you back|te lo (devuelvo|pago) (mañana|el|en cuanto|cuando|la semana|esta|hoy))"),
))


# The same patterns behind prefilters (speed only: see _prefilter).
_MONEY_G = Gated(_MONEY)
_NOT_YOU_G = Gated(_NOT_YOU)
_REPLY_YES_NO_G = Gated(_REPLY_YES_NO)
_OTP_G = Gated(_OTP)
_REPLY_CONFIRM_G = Gated(_REPLY_CONFIRM)
_REPLY_QUOTED_G = Gated(_REPLY_QUOTED)
_REPLY_TO_GET_G = Gated(_REPLY_TO_GET)
_TEXT_BACK_G = Gated(_TEXT_BACK)
_STORY_GATES: tuple = ()


def _story_gates() -> tuple:
    """A prefilter per story pattern (speed only: a pattern whose words are absent is not run)."""
    global _STORY_GATES
    if not _STORY_GATES:
        _STORY_GATES = tuple(Gate(rx) for _n, rx in _STORIES)
    return _STORY_GATES


def meta_features(codes, rule_score: int, url_infos, n_tokens: int, has_phone: bool, has_email: bool,
                  context=None, low: str = "", scan: str = "") -> list[str]:
    """The rules' findings and link/message shape as feature names.

    ``context`` (optional) holds what the analyser knows about the ways to act: ``groups`` (signal groups with
    points), ``phone_to_call``, ``official_lines_only``, ``official_only``, ``real_channel``."""
    out = ["s:" + c for c in sorted(codes)]
    band = 0 if rule_score <= 0 else 1 if rule_score < 15 else 2 if rule_score < 30 else 3 if rule_score < 45 else 4 if rule_score < 60 else 5
    out.append(f"m:rule_band{band}")
    out.extend(url_meta(url_infos))
    out.append("m:len:" + ("xs" if n_tokens < 6 else "s" if n_tokens < 15 else "m" if n_tokens < 40 else "l"))
    if has_phone:
        out.append("m:phone")
    if has_email:
        out.append("m:email")
    ctx = context or {}
    groups = sorted(g for g in ctx.get("groups", ()) if g.startswith(("lure_", "ask_", "pressure_")))
    unknown_link = any(not i.official_brand and not i.is_chat_link for i in url_infos or ())
    text = low[:MODEL_CHARS]
    money = bool(_MONEY_G.search(text))
    not_you = bool(_NOT_YOU_G.search(text))
    if ctx.get("phone_to_call"):
        out.append("m:phone_to_call")
    if ctx.get("official_lines_only"):
        out.append("m:official_lines_only")
    if ctx.get("official_only"):
        out.append("m:official_only")
    if ctx.get("real_channel"):
        out.append("m:real_channel")
    if _REPLY_YES_NO_G.search(text):
        out.append("m:reply_yes_no")
    if _OTP_G.search(text):
        out.append("m:otp" + ("_dont_share" if _DONT_SHARE.search(text) else ""))
    if money:
        out.append("m:money")
    if not_you:
        out.append("m:not_you")
    if _REPLY_CONFIRM_G.search(text):
        out.append("m:reply_confirm")
    if _REPLY_QUOTED_G.search(text):
        out.append("m:reply_quoted")
    if _REPLY_TO_GET_G.search(text):
        out.append("m:reply_to_get")
    if _TEXT_BACK_G.search(text):
        out.append("m:text_back")
    if ("$" in text and _PAY_HANDLE.search(text)) or (("upi" in text or "@" in text) and _UPI_HANDLE.search(text)):
        out.append("m:pay_handle")
    if _OBFUSCATED.search(scan[:MODEL_CHARS] or text):
        out.append("m:obfuscated")
    # Combinations: a way to act that is not the real company's, together with a story.
    for way, on in (("link", unknown_link), ("phone", bool(ctx.get("phone_to_call")))):
        if not on:
            continue
        out.append("x:" + way)
        for g in groups:
            out.append("x:" + way + ":" + g)
        if money:
            out.append("x:" + way + ":money")
        if not_you:
            out.append("x:" + way + ":not_you")
    stories = [name for (name, rx), gate in zip(_STORIES, _story_gates(), strict=True) if gate.may_match(text) and rx.search(text)]
    for name in stories:
        out.append("k:" + name)
        if unknown_link:
            out.append("x:link:k:" + name)
        if ctx.get("phone_to_call"):
            out.append("x:phone:k:" + name)
    if not groups and not stories:
        out.append("m:no_story")
    return out


def featurise(toks: list[tuple[str, int, int]], meta: list[str]) -> dict[int, float]:
    """Hashed feature vector (bucket -> value). Same function for training and scoring."""
    vec: dict[int, float] = {}
    words = [t for t, _, _ in toks]
    nw = len(words)
    if nw:
        sw = 1.0 / math.sqrt(nw)
        for i, t in enumerate(words):
            vec[_word_bucket(t)] = sw
            if i + 1 < nw:
                vec[_pair_bucket(t, words[i + 1])] = sw
        chars: set[int] = set()
        for t in words:
            chars.update(_char_buckets(t))
        if chars:
            sc = 1.0 / math.sqrt(len(chars))
            for b in chars:
                vec[b] = vec.get(b, 0.0) + sc
    for name in meta:
        vec[_h(name)] = META_VALUE
    return vec


# --------------------------------------------------------------------------------------------
# the weights


@dataclass(frozen=True)
class Model:
    weights: dict[int, int]  # bucket -> quantised weight (multiply by ``scale``): fast to load
    bias: float
    platt_a: float
    platt_b: float
    scam_at: float  # calibrated probability at or above which the verdict is "scam"
    suspicious_at: float
    meta: dict
    scale: float = 1.0

    @classmethod
    def from_json(cls, data: bytes | str) -> Model:
        doc = json.loads(data)
        idx = array("i")
        idx.frombytes(base64.b64decode(doc["index"]))
        q = array("h")
        q.frombytes(base64.b64decode(doc["weight_q"]))
        if sys.byteorder != "little":
            idx.byteswap()
            q.byteswap()
        scale = float(doc["weight_scale"])
        weights = dict(zip(idx.tolist(), q.tolist(), strict=True))
        return cls(weights, float(doc["bias"]), float(doc["platt_a"]), float(doc["platt_b"]), float(doc["scam_at"]),
                   float(doc["suspicious_at"]), doc.get("meta", {}), scale)

    def weight(self, bucket: int) -> float:
        return self.weights.get(bucket, 0) * self.scale

    def margin(self, vec: dict[int, float]) -> float:
        w = self.weights
        # Same products in the same order as sum(w.get(b, 0) * v for b, v in vec.items()), at C speed.
        return self.bias + self.scale * sum(map(operator.mul, map(w.get, vec, repeat(0)), vec.values()))

    def probability(self, margin: float) -> float:
        z = self.platt_a * margin + self.platt_b
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def token_contributions(self, toks: list[tuple[str, int, int]]) -> list[float]:
        """Each token's share of the margin (its word, half of each bigram it is in, its character n-grams)."""
        w = self.weights
        words = [t for t, _, _ in toks]
        nw = len(words)
        if not nw:
            return []
        sw = 1.0 / math.sqrt(nw)
        chars: set[int] = set()
        for t in words:
            chars.update(_char_buckets(t))
        sc = 1.0 / math.sqrt(len(chars)) if chars else 0.0
        counts: dict[str, int] = {}
        for t in words:
            counts[t] = counts.get(t, 0) + 1
        pair = [w.get(_pair_bucket(words[i], words[i + 1]), 0) for i in range(nw - 1)]  # each bigram once
        char_sum: dict[str, float] = {}
        out = []
        for i, t in enumerate(words):
            c = w.get(_word_bucket(t), 0) * sw
            if i + 1 < nw:
                c += 0.5 * pair[i] * sw
            if i > 0:
                c += 0.5 * pair[i - 1] * sw
            cs = char_sum.get(t)
            if cs is None:
                cs = char_sum[t] = sum(map(w.get, _char_buckets(t), repeat(0))) * sc / counts[t]
            c += cs
            out.append(c * self.scale)
        return out


_MODEL: Model | None = None
_LOADED = False
_LOCK = threading.Lock()


def weights_path() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "scam" / "model.json"


def install(data: bytes | str | None) -> None:
    """Use these weights (the JSON text of model.json), or none (``None``: rules only)."""
    global _MODEL, _LOADED
    with _LOCK:
        _MODEL = Model.from_json(data) if data is not None else None
        _LOADED = True


def reset() -> None:
    """Forget installed weights: the next ``get()`` loads the shipped file again."""
    global _MODEL, _LOADED
    with _LOCK:
        _MODEL, _LOADED = None, False


def get() -> Model | None:
    """The model, loaded on first use; None when the weights file is missing or unreadable."""
    global _MODEL, _LOADED
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                try:
                    _MODEL = Model.from_json(weights_path().read_bytes())
                except (OSError, ValueError, KeyError, TypeError):
                    _MODEL = None
                _LOADED = True
    return _MODEL


def phrases(toks: list[tuple[str, int, int]], contrib: list[float], low: str, *, limit: int = 3,
            min_token: float = 0.08, min_phrase: float = 0.2) -> list[tuple[int, int, float]]:
    """The strongest runs of scam-leaning words: (start, end, weight) in ``low`` offsets, best first.

    A run is consecutive tokens each pushing towards "scam" (short function words may sit inside a
    run); runs are ranked by their summed push and at most ``limit`` are returned, without overlaps.
    """
    runs: list[tuple[int, int, float]] = []
    i, n = 0, len(toks)

    def linkish(k: int) -> bool:  # a piece of a web address or a number: links have their own reasons
        t, a, b = toks[k]
        if t.startswith("<d") or t in "$£€₹":
            return True
        before = low[a - 1:a]
        after = low[b:b + 2]
        return before in ("/", ".", ":", "@") and a > 0 or after[:1] in ("/", ":", "@") or (after[:1] in (".", "-") and after[1:2].isalnum() and "." in low[b:b + 40].split(" ")[0])

    while i < n:
        if contrib[i] < min_token or toks[i][0] in _STOP or linkish(i):
            i += 1
            continue
        j = i
        total = contrib[i]
        k = i + 1
        while k < n and k - i < 6:
            # stay within one sentence
            gap = low[toks[k - 1][2]:toks[k][1]]
            if any(c in gap for c in ".!?\n") or len(gap) > 3:
                break
            if linkish(k):
                break
            if contrib[k] >= min_token:
                j = k
                total += contrib[k]
            elif toks[k][0] in _STOP and k + 1 < n and contrib[k + 1] >= min_token:
                total += max(0.0, contrib[k])
            else:
                break
            k += 1
        if j > i or toks[i][0] not in BLAND_ALONE:
            runs.append((toks[i][1], toks[j][2], total))
        i = j + 1
    runs = [r for r in runs if r[2] >= min_phrase]
    runs.sort(key=lambda r: (-r[2], r[0]))
    return runs[:limit]
