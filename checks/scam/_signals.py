"""Message signals: the words and requests scammers use, each with its points and a plain reason.

Every pattern is matched against the normalised, lower-cased *scan* string (see ``_text``). A signal belongs to a *group*; the points of one group are capped (``GROUP_CAPS``) so one
theme repeated many times cannot alone make a verdict. Groups are also sorted into
 - LURES: a story that gets you to act (a prize, a parcel, a toll, a bank alert, a job, ...),
 - ASKS: what the scammer wants (a code, a password, remote access, a payment method),
 - PRESSURE: urgency, threats, secrecy,
so that the combination rule in ``__init__`` can add a bonus when a lure meets an ask or a link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.i18n import N_


@dataclass(frozen=True)
class Signal:
    code: str
    group: str
    points: int
    message: str
    pattern: re.Pattern[str]
    negate: re.Pattern[str] | None = None  # if this matches just before the hit, ignore the hit
    veto: re.Pattern[str] | None = None  # if this matches near the hit (veto_reach chars either side, or in it), ignore the hit
    veto_reach: int = 60
    raw: bool = False  # match the text before digits-for-letters are undone (to see the trick itself)
    # in a text that carries a one-time code, ignore a hit this matches (a code's lifetime is not pressure)
    not_in_code_text: re.Pattern[str] | None = None


def _p(rx: str) -> re.Pattern[str]:
    # Patterns are written in lower case and matched against a lower-cased copy of the text
    # (``Prepared.low``): much faster than re.IGNORECASE.
    return re.compile(rx)


# "Never share it", "don't give this code": the text warns against passing the code on. Not "if you didn't request it,
# reply with the code": that 'not' belongs to another verb.
_NEG_SHARE = _p(r"(\bnever\W+(\w+\W+){0,7}|(n't|not|no one|nobody|no-one|won't|will not|nor|don't|do not|dont)(?!\W+(request|"
                r"ask|make|try|attempt|recogni[sz]e|initiate|authori[sz]e|sign|worry|you\b|me\b))\W+(\w+\W+){0,4})$")

W = r"(?:[^.!?\n]|[.,](?=\d)|\.(?=[a-z]{2,6}\b)){0,40}?"  # a few words within one sentence
W80 = r"(?:[^.!?\n]|[.,](?=\d)|\.(?=[a-z]{2,6}\b)){0,80}?"
CODEW = r"(?:verification|security|confirmation|one[- ]?time|login|log-in|sign[- ]?in|access|auth(?:entication)?|otp|6[- ]digit|pin|whatsapp|google|google voice|2fa|two[- ]factor|passcode)"
BIG_MONEY = r"(?:(?:us)?[$£€₹]\s?\d{1,3}(?:,\d{3}){1,}(?:\.\d{2})?(?!\d)|(?:us)?[$£€₹]\s?\d{1,3}(?:\.\d{3}){2,}|(?:us)?[$£€₹]\s?\d{5,}|\d{1,3}(?:,\d{3})+\s?(?:usd|gbp|eur|dollars|pounds|euros|rupees))"
MONEY = r"(?:[$£€₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|gbp|eur|dollars|pounds|euros)\b|\brs\.?\s?\d|\binr\s?\d)"

SIGNALS: tuple[Signal, ...] = (
    # ---- ASKS: codes, passwords, remote access, payment methods --------------------------------
    Signal("asks_for_code", "ask_code", 40,
           N_("It asks you to pass on a verification code, which is the key to your account and which real companies never ask for."),
           _p(r"\b(env[ií]a(me|nos)?|env[ií]e(me|nos)?|m[aá]nde(me|nos)?|manda(me|nos)?|d[ií]me|p[aá]same|reenv[ií]a(me)?|"
              r"reenv[ií]e(nos)?|responda con|responde con)\s+(el\s+)?c[oó]digo\b|\b(send|give|tell|read|share|forward|text|"
              r"reply with|provide|confirm|verify|enter (it|the code) here|pass)\b" + W + r"\b(the |that |this |your |my |a )?(" +
              CODEW + r"\s)?(code|otp|passcode|one[- ]time password|pin number|pin)s?\b(?! is\b)|\bcodes?\b" + W +
              r"\b(text|send|read|give|forward)\s+it\s+(back|to me|to us)\b|\bcodes?\b" + W + r"\b(tell|text|send) me what (it says|it is|the code is|you got)\b|\bcodes?\b[^\n]{0,60}?\b(send|text|forward|give)\s+it\s+(back\s+)?to\s+me\b"),
           _NEG_SHARE),
    Signal("asked_for_code", "ask_code", 40,
           N_("Someone asked for a code sent to your phone, and that code would let them into your account."),
           _p(r"\b(asked|asking|wants?|wanted|needs?|needed)\s+(me|you|us|him|her)?\s*(to\s+(read|give|send|share|tell)\s+\w*\s*)?(for\s+)?(the|a|my|your|that)?\s*(" + CODEW + r"\s)?(code|otp|pin)\b")),
    Signal("code_sent_by_mistake", "ask_code", 60,
           N_("The 'I sent my code to you by mistake' story is a trick to take over your account with the code."),
           _p(r"\b(sent|texted|got)\b" + W + r"\b(code|otp)\b" + W + r"\b(by mistake|accident|wrong number|to your (number|phone))|\b(accidentally|mistakenly)\b" + W + r"\b(code|otp)\b"
              # Spanish: "te he enviado un código por error", "por error te llegó mi código"
              r"|\b(enviado|mandado|envi[eé]|mand[eé]|llegado|lleg[oó])\b" + W + r"\bc[oó]digo\b" + W + r"\b(por error|por equivocaci[oó]n|sin querer)\b"
              r"|\b(por error|por equivocaci[oó]n|sin querer)\b" + W + r"\b(enviado|mandado|envi[eé]|mand[eé]|llegado|lleg[oó])\b" + W + r"\bc[oó]digo\b")),
    Signal("asks_for_credentials", "ask_secret", 30,
           N_("It asks for a password, PIN or card or bank details, which real companies never ask for by message or phone."),
           _p(r"\b(send|give|tell|provide|confirm|verify|update|enter|re-?enter|share|submit|read (out|back)|reply with|respond with|re-?sync|sync|validate|restore|import)\b" + W + r"\b(your |ur )((online|bank|banking|account|email|e-mail|apple id|icloud|paypal|netflix|amazon) ){0,2}(password|passcode|pin\b|login details|log-?in (info|details|credentials)|credentials|card (number|details)|cvv|cvc|security code|bank (details|account number|login)|account number|routing number|social security number|\bssn\b|medicare (number|card number|id)|driver'?s licen[cs]e number|passport number|national insurance number|sort code|mother'?s maiden name|seed phrase|recovery phrase|private key)|\b(reply|send|sms|text)\b[^.!?\n]{0,40}\bnumber (on|at) (the )?back of (your|ur) sim\b"
              r"|\b(send|give|provide|submit|reply with|share)\s+(your|ur)\s+(\w+\s+){1,3}(and|&)\s+(your |ur )?(bank (details|account number|account details|login)|card (number|details)|pin)\b"),
           _NEG_SHARE),
    Signal("asked_for_credentials", "ask_secret", 30,
           N_("Someone asked for a PIN, password or card details, which real banks and companies never ask for."),
           _p(r"\b(asked|wanted|told)\s+(me\s+)?(to\s+)?(confirm|give|read|tell|share|provide|verify|send|enter|type)\s+(them\s+|him\s+|her\s+)?(my|the)\s+(\w+\s+)?(pin|password|passcode|card number|card details|cvv|security code|bank details|login|social security number|ssn|account number)\b")),
    Signal("credentials_ready", "ask_secret", 25,
           N_("It asks you to have your card, PIN or password ready for a call, but real banks never ask for your PIN."),
           _p(r"\bhave (your|ur) (\w+ )?(card|pin|password|passcode|online banking|login|account number|card number)\b" + W + r"\bready\b")),
    Signal("remote_access_app", "ask_remote", 40,
           N_("It involves a remote-control app, which would let a stranger see and control your device and your bank."),
           _p(r"\b(any ?desk|team ?viewer|ultra ?viewer|rust ?desk|quick ?support|quick ?assist|screen ?connect|logmein|log me in|supremo|splashtop|connectwise|zoho assist|ammyy|aeroadmin|remote ?pc|airdroid)\b")),
    Signal("remote_access_request", "ask_remote", 35,
           N_("It asks you to let someone connect to or control your computer or phone."),
           _p(r"\b(remote (access|control|desktop|session|connection)|share (your )?screen|screen ?shar(e|ing)|(give|let|allow)\b" + W + r"\b(access|control)\b" + W + r"\b(computer|pc|laptop|phone|device|screen))")),
    Signal("pay_gift_card", "ask_pay", 35,
           N_("It asks for payment in gift cards, which only scammers ask for."),
           _p(r"\b(pay|paid|payment|buy|purchase|get|pick up|send|bought|load|donate|donation|donations)\b" + W80 + r"\b(gift ?cards?|itunes cards?|google ?play cards?|steam cards?|apple gift cards?|vanilla (visa|cards?)|ebay cards?|razer gold|green ?dot( card)?|moneypak|prepaid (debit |visa )?cards?|reloadable cards?|paysafecards?)\b|\b(gift ?cards?|itunes cards?|google ?play cards?|steam cards?)\b" + W80 + r"\b(scratch|back of|codes?|photos?|pictures?|pics?|claim numbers?|send (me|them|us))\b"),
           _p(r"(won|win|winner|free|reward|bonus|earn|receive|get a|claim|selected)\W+(\w+\W+){0,6}$")),
    Signal("pay_crypto", "ask_pay", 25,
           N_("It asks for payment in cryptocurrency or at a bitcoin machine, which can't be undone or traced."),
           _p(r"\b(pay|paid|payment|send|sent|deposit|transfer|buy|purchase|convert|withdraw|fee)\b" + W80 + r"\b(bitcoin|btc|crypto(currency)?|usdt|tether|ethereum|eth\b|litecoin|wallet address|crypto ?atm|bitcoin ?atm|coin ?atm)|\b(bitcoin|crypto|btc) (atm|machine|kiosk)\b|\b(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b|\b0x[a-f0-9]{40}\b")),
    Signal("pay_wire", "ask_pay", 25,
           N_("It asks for a wire transfer or money-transfer service, which is hard to get back."),
           _p(r"\b(western union|moneygram|money ?gram|wire (transfer|the money|money|funds)|wire it|remitly|worldremit|ria money|bank transfer to)\b")),
    Signal("safe_account", "ask_pay", 40,
           N_("It asks you to move money to a 'safe' or new account, which real banks never ask you to do."),
           _p(r"\b(safe|secure|safety|protected|new|holding)\s+(bank\s+)?account\b" + W80 + r"\b(move|transfer|send|deposit)\b|\b(move|transfer|send|deposit)\b" + W80 + r"\b(safe|secure|safety|protected|holding)\s+(bank\s+)?(account|wallet)\b|\b(move|transfer|send|deposit)\b" + W80 + r"\b(new|different|another)\s+(bank\s+)?account\b" + W + r"\b(safe|secure|protect\w*|fraud|hack\w*)\b|\b(move|transfer)\b\s+(all\s+)?(your|my|the)\s+(money|savings|funds)\b" + W80 + r"\bkeep (it|them|your money|the money|my money) (safe|secure)\b"),
           _p(r"\b(never|will not|won't|would never|do not|don't)\W+(ask|tell|request|call|text)\W+(\w+\W+){0,3}$")),
    Signal("cash_courier", "ask_pay", 35,
           N_("A courier coming to collect cash, cards or gold is a known scam; banks and police never do this."),
           _p(r"\b(courier|driver|agent|officer|someone)\b" + W80 + r"\b(collect|pick up|pickup|come (by|to) (your|the) (house|home|door))\b" + W80 + r"\b(cash|money|card|cards|gold|package)\b|\b(cash|money|gold)\b" + W80 + r"\b(courier|driver|someone)\b" + W + r"\b(pick(ed)? (it |them )?up|collect)|\b(withdraw|take out)\b" + W + r"\b(cash|money)\b" + W80 + r"\b(courier|driver|someone will|hand (it )?(over|to))\b")),
    Signal("bank_details_changed", "ask_pay", 30,
           N_("It says a supplier's or person's bank details have changed and asks you to pay the new account, the most common invoice fraud, so confirm by phone on a number you already have."),
           _p(r"\b(bank|banking|account|payment|remittance|wire) (details|information|info|instructions)\b" + W + r"\b(have|has|were|was)\s+(been\s+)?(changed|updated|modified)\b|\b(we'?re|we are|are|is) (switching|changing|moving) (banks|bank accounts?)\b|\b(to|into) (the|our|my) new (bank )?account (details|below|number)\b|\b(datos|cuenta|n[uú]mero de cuenta) bancari[oa]s?\b" + W + r"\b(han cambiado|ha cambiado|hemos cambiado|cambia)\b|\b(a|en) (la|nuestra) nueva cuenta\b|\b(new|updated|changed) (bank|banking|payment|remittance) (details|account|information|instructions)\b|\b(remit|send|make|transfer) (the |all )?(payments?|funds|invoice amount)\b" + W + r"\b(to (the|our) new|new account)\b")),
    Signal("pay_app", "ask_pay", 15,
           N_("It asks for money through a payment app (Zelle, Venmo, Cash App...), where payments are like cash and can't be taken back."),
           _p(r"\b(send|pay|transfer|refund|return)\b" + W80 + r"\b(zelle|venmo|cash ?app|cashapp|paypal friends|apple cash|bizum)\b|\b(on|via|through|by|with|using) (zelle|venmo|cash ?app|cashapp|bizum)\b"
              r"|\b(haz|hazme|hacer|hacerme|hagas|m[aá]ndame|mandar|env[ií]ame|enviar|p[aá]same|pasar)\b" + W + r"\bbizum\b|\bpor bizum\b")),
    Signal("send_money_back", "ask_pay", 20,
           N_("It asks you to send money back, but money that 'arrived by mistake' is usually stolen or fake and you would lose what you send."),
           _p(r"\b(send|give|transfer|refund|return|wire)\b\s+(it|them|the money|the difference|the rest|the extra|the excess|the balance)\s+back\b|\bsend back the\b|\breturn the (money|difference|extra|excess|balance)\b|\brefund (me )?the (difference|extra|excess|balance)\b")),
    Signal("pay_to_account", "ask_pay", 15,
           N_("It gives bank details to pay into. Before you pay anyone new, check it is really them: call them on a "
              "number you already have."),
           _p(r"\bsort(\s?code)?\W{0,3}\d{2}[- ]?\d{2}[- ]?\d{2}\b|\b(acc|acct|account)(\s?(no|number|num))?\.?\W{0,3}\d{8}\b"
              r"|\b(iban\W{0,3})?(es|gb)\d{2} ?([a-z0-9]{4} ?){4,5}[a-z0-9]{0,4}\b")),
    Signal("asks_money", "ask_pay", 15,
           N_("It asks you to send money."),
           _p(r"\b(can|could|would) (you|u)\b" + W + r"\b(send|transfer|wire|lend|loan|pay)\b" + W + MONEY + r"|\b(send|transfer|wire|lend)\s+(me\s+)?" + MONEY + r"|\b(send|transfer|wire) (it|the money|money) to (this|my new|the following|my friend'?s) account\b|\bto this account\b|\bhelp me (to )?(pay|with) (a|an|the|my|this) (\w+ )?(bill|payment|rent|invoice|fee)\b"
              r"|\b(pay|cover|settle|sort)\s+(a|an|the|this|my)\s+(\w+\s+)?(bill|invoice|payment|fee)\s+for\s+me\b"
              r"|\b(send|transfer|lend)\s+me\s+\d{2,6}\b|\bi('ll| will| can)\s+pay\s+(you|u)\s+back\b"
              # Spanish: "hazme una transferencia", "¿me puedes mandar 300 euros?", "¿me pasas 50 €? te lo devuelvo mañana"
              # ...but not "te acabo de hacer un Bizum" (I have just sent you one)
              r"|\b(?<!acabo de )(hac(er|erme)|hazme|hagas|me haces|mand(ar|arme)|m[aá]ndame|env(iar|iarme)|env[ií]ame|pas(ar|arme)|p[aá]same"
              r"|prest(ar|arme)|pr[eé]stame|dej(ar|arme)|d[eé]jame|ingres(ar|arme)|ingr[eé]same|transfer(ir|irme)|transfi[eé]reme)\b"
              + W + r"\b(una transferencia|un bizum|dinero|pasta|\d[\d.,]*\s?(euros|€|d[oó]lares|pesos)\b)"
              r"|\bte (devuelvo|regreso) (el dinero|la pasta|los \d+)|(\b(bizum|transferencia|dinero|euros|pasta)\b|€)[^.?!]{0,60}[.?!]?\s*te lo (devuelvo|pago|regreso)\b")),
    Signal("small_payment", "ask_pay", 12,
           N_("It asks for a small payment, the way fake parcel and toll texts steal card details with tiny sums."),
           _p(r"\b(pay|paying|fee|charge|cost|duty|owe|due|balance)\b" + W + r"[$£€]\s?[0-9](\.\d\d)\b|\b[0-9][.,]\d\d\s?(usd|gbp|eur|€)(?!\w)")),
    Signal("pay_fee_to_receive", "ask_pay", 20,
           N_("It asks you to pay a fee before you can receive money or a prize, which is how advance-fee scams work."),
           _p(r"\b(verification|withdrawal|unlock(ing)?|activation|release|clearance|unfreeze|unfreezing) deposit\b|\b(fee|tax|taxes|charge|commission)\b[^.!?\n]{0,20}\b(must|needs? to|has to|have to) be paid\b[^.!?\n]{0,20}\b(before|to|prior to|for)\s+(the\s+|your\s+)?((funds|money|balance|payout|winnings)\s+(can|will)\s+be\s+)?(release|released|releasing|withdraw|withdrawn|withdrawal|withdrawing|receiv\w*|claim\w*|unlock\w*|deliver\w*|transfer\w*)\b|\b(deposit|fee|tax|payment)\b[^.!?\n]{0,40}\b(is\s+)?(required|needed|necessary)\s+(to|before|in order to)\s+(unfreeze|unlock|release|withdraw|activate|restore|reactivate)\b|\bto (withdraw|release|receive|claim|unlock|cash out)\b[^.!?\n]{0,40}\b(must|need to|have to|will need to|required to)\s+(first\s+)?(pay|deposit|send)\b|\b(fee|charge|tax|payment)s?\s+(to|for)\s+(release|releasing|clear|clearing|unlock|unlocking|receive|receiving|claim|claiming|withdraw|withdrawing|deliver|delivering|activate|activating)\b|\b(small|processing|release|clearance|handling|delivery|shipping|redelivery|customs|transfer|activation|registration|admin(istration)?|insurance|verification|unlock|unlocking|upgrade|withdrawal|settlement|tax|training|onboarding) (fee|charge|payment|cost)\b|\b(pay|paying)\s+(the\s+|a\s+)?(\d{1,2}([.,]\d+)?\s?%\s+)?(taxes|tax|fees?|charges?|commission)\s+(first|before|upfront|up front|in advance)\b|\b(pay|paying)\b" + W + r"\b(tax|taxes|fee|fees|charge)\s+(to|before you can|so we can|in order to) (release|receive|unlock|withdraw|claim|get|collect)\b")),

    # ---- LURES ---------------------------------------------------------------------------------
    Signal("prize_won", "lure_prize", 25,
           N_("It says you have won a prize or been picked for a reward, but you can't win a draw you never entered."),
           _p(r"\b(you'?re|you are|u r|ur)\s+(one of (the |our )?(\d+|three|five|ten|a few|our|the) |among (the |our )?)[^.!?\n]{0,20}winners?\b|\b(you|u|(your|ur|this) (number|mobile|mobile number|mobile no|no|phone|phone number|email|e-mail|name|sim))\s*('ve|'re|\s)?\s*(have\s+|has\s+|are\s+|r\s+|been\s+)*(won(?!')|w[o0]n(?!')|gained|awarded|the winner|a winner|(\w+ly\s+)?(selected|chosen|picked)\b[^.!?\n]{0,25}\b(receive|win|get|stay|claim|winner|for a|as a))\b|\b(we|we've|we have|we are|we're)\s+(tried|been trying|trying|are trying|attempted)\s+to\s+(contact|reach|call)\s+(you|u)\b|\b(your|ur)\b[^.!?\n]{0,30}\b(number|no|ticket|coupon|entry)\b[^.!?\n]{0,15}\bhas (been )?won\b|\bkbc\b[^.!?\n]{0,40}\b(lottery|lucky draw|winner|prize)\b|\b(2nd|second|final|last) attempt to (contact|reach)\b|\byour lucky day\b|\b(your\s+)?(prize|reward|award|winnings|cash)\s+(will|may|could)\s+(go|be given|be transferred|be passed)\s+to\s+(another|someone)\b|\b(said|saying|told me|claimed|claiming)\b\s+(that\s+)?(i|we|my \w+)\s+(had\s+|have\s+|has\s+)?(won|been selected)\b|\b(are|is|have been|has been|was|were)\s+(\w+ly\s+)?(selected|chosen|picked)\s+(to (receive|win|get|claim)|as (a|the) winners?|for (a|the|our) (prize|award|reward|cash))\b|\b(claim|collect|redeem)\b\s+(ur |your |the |a |this |my )?(\w+ )?(prize|reward|award|cash|bonus|winnings|jackpot|voucher|gift)\b|\bwinner!|\bwinning (number|ticket|notification)\b|\b(claim|collect|get) (your|ur|a) (free|complimentary)\b|\bhas (sido )?(ganado|seleccionad[oa]|elegid[oa]|premiad[oa])\b|\b(reclama|reclamar|cobra|cobrar|canjea|canjear)(lo|la)?\b" + W + r"\b(premio|regalo|recompensa)\b|\bpremio\b" + W + r"\b(reclamar|reclamarlo|cobrar|canjear)\b|\b(claim|collect|redeem)\b\s+(ur |your |the |a |this |my )?[^.!?\n]{0,25}\b(prize|reward|award|winnings|jackpot)\b")),
    Signal("large_sum_offer", "lure_prize", 20,
           N_("It offers you a large sum of money out of the blue (a prize, inheritance or fund to 'transfer'), which is an advance-fee scam."),
           _p(r"\b\d+([.,]\d+)?\s?(million|milion|millions|mil|m)\b\s*(dollars?|usd|pounds|gbp|euros?|eur)\b|\b(sum|fund|funds|inheritance|donation|grant|compensation)( of)?\s+" + BIG_MONEY + r"|\b(transfer|donate|give|share|send)\b" + W + r"\b(million|milion|millions)\b")),
    Signal("lottery_words", "lure_prize", 12,
           N_("It talks about a lottery, draw or sweepstakes, a common scam story."),
           _p(r"\b(lottery|lotto|sweepstakes?|lucky draw|prize draw|grand prize|cash prize|jackpot|giveaway|inheritance|unclaimed (funds|money|prize)|compensation fund)\b")),
    Signal("prize_guaranteed", "lure_prize", 10,
           N_("It promises a 'guaranteed' or free reward, which real offers rarely do."),
           _p(r"\b(guaranteed|guarantee)\b" + W + r"\b(prize|cash|award|reward|win)|\bfree (gift|iphone|ipad|samsung|laptop|holiday|vacation|cruise|money)\b|\bcomplimentary (trip|holiday|cruise|vacation)\b")),
    Signal("delivery_problem", "lure_delivery", 22,
           N_("It says a parcel could not be delivered or is on hold, the story of the most common scam text of all."),
           _p(r"\b(package|parcel|shipment|delivery|item|order|mail|courier|postal)s?\b" + W80 + r"\b(on hold|held|could ?n[o']t be delivered|can ?n[o']t be delivered|unable to (be )?deliver|was not delivered|not delivered|failed|undeliverable|returned to|awaiting (payment|confirmation)|reschedul\w*|incomplete address|address (is )?(incomplete|incorrect|invalid|missing|wrong)|insufficient address)|\b(update|confirm|verify|correct)\b" + W + r"\b(your )?(delivery |shipping |home )?address\b|\bre-?delivery\b|\b(paquete|env[ií]o|pedido)\b" + W + r"\b(retenido|pendiente|no (ha podido|pudo) ser entregado|en espera)|\b(tasas? de aduana|gastos de env[ií]o)\b|\b(package|parcel|delivery|shipment)\b\s+(is\s+)?(waiting|awaiting)\s+(for\s+)?(you|collection)\b|\barrange\s+(a\s+)?(re-?)?delivery\b|\bmissed (a |the |your )?delivery( attempt)?\b|\bdelivery attempt (was )?(missed|unsuccessful)\b|\b(we )?(could ?n[o']t|were unable to|failed to|tried to|attempted to) deliver\b|\b(returned|sent back) to (the )?sender\b|\b(customs|import) (duty|duties|charge|fee|tax)")),
    Signal("toll_unpaid", "lure_toll", 28,
           N_("It says you owe a toll or road fee, a very common scam right now because toll agencies don't text links to pay."),
           _p(r"\b(owe|owed|owing)\b" + W + r"\b(toll|tolls|road fee|parking)\b|\b(unpaid|outstanding|overdue|pending|unsettled|due)\b" + W + r"\b(toll|tolls|road (fee|charge|usage)|highway|turnpike|parking (fee|fine|ticket|charge)|congestion charge|tollway)\b|\b(toll|tolls|toll road|tollway|turnpike)\b" + W + r"\b(balance|bill|invoice|payment|charge|fee|violation|notice|due|unpaid|outstanding|owed?)\b|\bpeajes?\b" + W + r"\b(pendiente|sin (abonar|pagar)|impagad[oa]s?|deuda|saldo|recargo)|\b(pendiente|impagad[oa]|deuda)\b" + W + r"\bpeajes?\b")),
    Signal("toll_brand", "lure_toll", 10,
           N_("It names a toll-road service, whose name fake toll texts copy, so check your balance only in the agency's own app or site."),
           _p(r"\b(e-?z ?pass|sunpass|fastrak|txtag|ez ?tag|peach ?pass|i-?pass|good to go|the toll roads|ez ?drive|nc quick ?pass|pikepass|k-?tag|dart charge|toll services?)\b")),
    Signal("bank_alert", "lure_bank", 14,
           N_("It is written like a bank fraud alert, which scammers copy to get you to call them or click."),
           _p(r"\bdid you (attempt|authori[sz]e|make|try|initiate|request|approve|just (make|try|attempt|use))\b|\b(unusual|suspicious|unauthori[sz]ed|fraudulent|irregular|strange|new) (activity|transaction|log[- ]?in|sign[- ]?in|charge|purchase|payment|access|attempt|device|withdrawal|transfer|withdrawal request)\b|\bfraud (department|dept|team|alert|prevention|protection|unit)\b|\b(bank|card|account) (security|verification|fraud) (alert|notice|team|department)")),
    # The fake fraud department's set-up: after "reply NO", the scammer calls, 'from the bank', to "reverse" the charge.
    Signal("fraud_team_will_call", "lure_bank", 16,
           N_("It says the bank's fraud team will call you. Scammers send this so that you trust their call: hang up and "
              "call the number on the back of your card."),
           _p(r"\b(fraud|security|bank|banking|card|zelle)\s+(specialist|agent|investigator|representative|officer|team|"
              r"department|dept|analyst|unit)\b[^.!?\n]{0,30}\bwill (call|contact|phone|ring|reach out to) (you|u)\b"
              r"|\b(specialist|agent|representative|investigator)\b[^.!?\n]{0,30}\bwill (call|contact|phone|ring) (you|u)\b"
              r"[^.!?\n]{0,60}\b(reverse|cancel|stop|block|secure|refund|recover)\b"
              r"|\b(reply|text|respond)\s+\W?(no|stop|n|2)\W?\s+(and|&)\s+(a|an|our|the)\s+(\w+\s+){0,2}(specialist|agent|"
              r"representative|investigator|officer|team)\b[^.!?\n]{0,20}\bwill (call|contact) (you|u)\b")),
    Signal("account_problem", "lure_account", 18,
           N_("It says there is a problem with your account or payment that you must fix, a common trick to steal logins."),
           _p(r"\b(account|acct|a/c|card|atm card|debit card|credit card|subscription|membership|payment( method)?|billing (info|information|details)|mailbox|e-?mail (account|box)|apple id|icloud|(iphone|icloud|apple|microsoft|google|outlook|netflix|amazon|paypal) (id|account)|password|wallet|kyc|bvn|profile|access|benefits|coverage|policy|license|licence|domain|(business|store|shop) (listing|profile|page))\b" + W + r"\b(has been|have been|was|is|will be|are|got|being|temporarily|been|is about to be|is going to be)?\s*(suspended|removed|locked|blocked|bl[o0]cked|frozen|restricted|disabled|de-?activated|deactivated|terminated|limited|on hold|expired|expiring|expires? (today|tonight|in \d+ ?(hours?|hrs?|h|minutes?|mins?))|about to expire|due to expire|declined|unsuccessful|failed|closed|compromised|hacked|full|cancell?ed)\b|\b(suspend|lock|block|close|deactivate|disable|terminate|freeze|restrict|hold)\s+(your|ur)\s+(\w+\s+)?(account|card|service|access|profile|wallet|amount|funds)\b|\b(will|shall|would)\s+be\s+(permanently\s+)?(blocked|suspended|deactivated|terminated|locked|frozen|disabled)\b|\b(cuenta|tarjeta|acceso)\b" + W + r"\b(ha sido|est[aá]|fue|será|sera|quedar[aá])\s+(temporalmente\s+)?(bloquead[ao]|suspendid[ao]|desactivad[ao]|restringid[ao]|cancelad[ao])\b|\bkeep (your |ur )?(current|same|existing|old) password\b|\b(storage|mailbox|inbox|cloud)\b" + W + r"\b(is|are)?\s*(full|almost full|exceeded|over (the )?limit)\b|\b(messages|emails|e-mails|photos|files|data|videos)\b" + W + r"\bwill be (permanently )?(deleted|lost|removed|erased)\b")),
    Signal("shared_document_lure", "lure_account", 12,
           N_("It says a document, file or secure message is waiting for you behind a link, a common way to send a fake sign-in page."),
           _p(r"\b(shared|sent)\s+(a |an |the )?(\w+ )?(file|document|doc|pdf|invoice|spreadsheet|folder)s?\b" + W + r"\bwith you\b|\b(has|have) been shared with you\b|\byou have (received|been sent|got) (a |an )?(new )?(\w+ )?(document|file|fax|secure message|encrypted message|e-?fax|invoice)\b|\breview (and sign )?(the |this )?(document|file|invoice)\b")),
    Signal("verify_account", "lure_account", 15,
           N_("It asks you to 'verify' or 'confirm' your account or details, which is how fake sign-in pages are sent."),
           _p(r"\b(verifique|confirme|actualice|verifica|confirma|actualiza)\s+(su|sus|tu|tus)\s+(identidad|cuenta|datos)\b|\b(verify|confirm|validate|update|upgrade|re-?activate|restore|unlock|secure|complete)\b\s+(your |ur |the )?(mailbox|(\w+\s+)?(account|kyc)|identity|information|details|personal (info|information|details)|profile|billing|payment (info|information|details|method)|bank (info|information|details)|card|apple id|login|log-?in|access|business( listing| profile)?)\b"),
           _p(r"((app|application|help you|you can|you may|we'll|we will|want to)\W+(\w+\W+){0,3}|how to\W+)$"),
           # "Use code 385910 to confirm your identity": what the code is for, not a request
           not_in_code_text=_p(r"(verify|confirm|validate)\s+(your |ur )?identity\b")),
    Signal("government_impersonation", "lure_gov", 16,
           N_("It says it comes from a government office. Agencies like the tax office or Social Security don't threaten you or ask for payment by text or phone, so check anything like that on the agency's own website."),
           _p(r"\b(irs|internal revenue|hmrc|h\.m\.r\.c|u\.?s\.? customs|customs (office|department|officer|agency)|(call|contact) (officer|agent|detective|deputy|sergeant) [a-z]+|social security( administration)?|\bssa\b|medicare|medicaid|dmv|dvla|department of (motor vehicles|revenue|labor|justice|transportation)|us marshals?|federal agent|fbi|sheriff'?s? (office|department)|customs and border|immigration (office|services|department)|uscis|homeland security|council tax|national insurance|agencia tributaria|hacienda|seguridad social|\bdgt\b|gov\.uk alert|ukgov|court (notice|summons|order|date)|jury duty|magistrates? court|police (department|officer|force)|ministry of (manpower|health|home affairs|finance))\b|\b(an |a )?officer (from|with|of) (the )?[a-z ]{0,30}\b(police|ministry|department|agency|customs|immigration)\b|\bthis is (detective|officer|agent|sergeant|inspector|deputy|special agent|lieutenant|captain)\b|\byour (identity|social security number|ssn|name|bank account)\b" + W + r"\b(was|has been|is being)\s+(used|involved|linked)\b" + W + r"\b(crime|fraud|money laundering|drug|investigation|illegal)")),
    Signal("tax_refund", "lure_refund", 18,
           N_("It offers a tax refund, rebate or government payment, which tax offices never send by text or e-mail with a link."),
           _p(r"\b(tax|vat|council tax|energy|stimulus|covid|cost of living|benefit|government|fuel|rebate|compensation)\s+(refund|rebate|grant|payment|relief|reimbursement)\b|\b(eligible|entitled|qualified|approved|due)\b" + W + r"\b(refund|rebate|grant|compensation|reimbursement|payout|stimulus)\b")),
    Signal("refund_overpayment", "lure_refund", 20,
           N_("It says you were paid too much and must send money back, which is a known overpayment scam."),
           _p(r"\b(overpa(id|yment)|over-?paid|paid (you )?too much|sent (you )?too much|extra (money|amount)|excess (amount|payment|funds)|send back the (difference|extra|rest)|refund the (difference|extra|excess)|by mistake\b" + W + r"\b(sent|transferred|paid|deposited))")),
    Signal("tech_support", "lure_tech", 30,
           N_("It says your device has a virus or that tech support is contacting you, but Microsoft, Apple and others never contact you about viruses."),
           _p(r"\b(computer|pc|laptop|device|phone|iphone|mac|windows|system|router|ip address|network|icloud|apple id|microsoft account)\b" + W + r"\b(has been|is|was|are|got|been|being)?\s*(infected|hacked|compromised|at risk|under attack|breached)\b|\bvirus(es)?\b" + W + r"\b(detected|found|on (your|my|his|her)|infect)|\b(microsoft|windows|apple|norton|mcafee|geek squad|amazon|paypal|google|meta|facebook|coinbase)\s+(technical\s+)?(support|technician|security|help ?desk|tech|fraud)\s*(team|department|center|centre|line|agent)?\b|\b(call|contact|dial|ring)\b" + W + r"\btech(nical)? support\b|\b(firewall|license|licence|subscription)\b" + W + r"\b(expired|has expired|expiring)\b"),
           # "Never share this code, not even with Coinbase support": a real code text naming the company's support
           veto=_p(r"\bnot even (with|to)\b|\b(never|don'?t|do not) (share|give|tell)\b")),
    Signal("dispute_by_calling", "lure_invoice", 20,
           N_("It tells you to call or click if you 'didn't authorize' a charge, a way to get you onto a scammer's phone line or fake page."),
           _p(r"\bnot (you|your (order|purchase|transaction|payment))\s?\?\s*(please\s+)?(call|contact|click|tap|visit|dial|ring)\b|\bif (not|un)\s?(authori[sz]ed|recogni[sz]ed)\b,?\s*(please\s+)?(\w+\s+){0,3}(call|contact|dial|ring)\b|\bif (not|not you|this was not you|this wasn't you|unauthori[sz]ed)\b,?\s*(please\s+)?(\w+\s+)?(call|contact|click|tap|visit|follow|dial|ring|log ?in)\b|\b(if (you|u) (did ?n[o']?t|did not|do not|don't|dont)|not you\?|not (your|ur) (order|purchase|transaction|payment)\?|wasn't you|not authori[sz]ed by you)\b" + W80 + r"\b(authori[sz]e|make|place|order|purchase|recogni[sz]e|request|initiate|this|it)\b" + W80 + r"\b(call|contact|click|tap|visit|dial|ring|reach)\b|\bto (cancel|dispute|stop|reverse)\b\s+(this|the|your)\s+(\w+\s+)?(order|payment|charge|subscription|renewal|transaction|plan|purchase)\b|\bto (cancel|dispute|get a refund|request a refund),?\s+(please\s+)?(call|contact|dial|ring)\b|\b(call|contact|dial|ring)\b" + W + r"\b(if|for|with) (you have )?(any )?(questions|queries|concerns|disputes?)\b\s+(about|regarding|on) (this|the|your) (transaction|payment|charge|order|invoice|purchase|renewal)\b|\bdid ?n[o']?t (order|make|authori[sz]e|place|request|buy|purchase) (this|it)\W{0,3}\s*(please\s+)?(call|contact|click|tap|visit|dial|ring)\b|\b(wish|want|like) to (cancel|dispute|get a refund|request a refund)\b[^.!?\n]{0,40}?\b(call|contact|dial|ring)\b|\b(call|contact|dial|ring)\b" + W + r"\b(for|to request|to get|to process)\s+(a\s+|the\s+|your\s+)?(cancell?ation|refund|dispute)\b|\b(questions|queries|concerns|disputes?|refunds?|cancel\w*)\s*(or|and|/|&)\s*(to\s+)?(cancel\w*|refunds?|disputes?|questions|queries)\W{0,3}\s*(please\s+)?(call|contact|dial|ring)\b"
              # Spanish: "Si no reconoce esta operación llame al ..."
              r"|\bsi no (reconoce|ha realizado|realiz[oó]|autoriz[oó]|fue usted|has sido t[uú]|fuiste t[uú])\b[^.!?\n]{0,60}?\b(llame|llama|contacte|contacta|marque|pulse|haga clic|entre|acceda)\b"),
           veto=_p(r"\b(appointments?|appts?|reservation|visit|consultation|class|lesson|session|check-?up|therapy|cleaning|exam|(code|passcode|otp)\W+(is\W+)?\d{4,8}|\d{4,8} is your|number on (the back of )?(your|the) card|we('ll| will) (contact|call|reach out to|text) (you|u))\b"),
           veto_reach=160),  # "Reminder of your appt Wed 4/2 at ... Reply C to confirm. To cancel call ...": a booking
    Signal("unexpected_charge", "lure_invoice", 15,
           N_("It reports a charge, renewal or order you may not have made, to alarm you."),
           _p(r"\b(purchase|order|payment|charge|transaction|withdrawal)\b" + W + r"\b(was|has been|have been)\s+(made|placed|charged|processed|approved|debited|initiated)\b" + W + r"\b(on|from|to) (your|ur) (account|card)\b|\b(will be|has been|was|is being)\s+(auto-?|automatically )?renewed\b|\b(will be|has been|is being) (debited|deducted|withdrawn)\b|\binvoice\b" + W + r"\b(has been|was|is) (paid|processed|approved|charged|settled)\b|\b(auto-?renew\w*|has been renewed|renewal (of|for)|successfully renewed|will be charged|has been charged|been debited|order (has been )?(placed|confirmed))\b")),
    Signal("family_new_number", "lure_family", 40,
           N_("A 'new number' message from a child or relative is a known scam, so call them on the number you already have."),
           _p(r"^\W{0,3}(mum|mom|mummy|mommy|mam|dad|daddy|grandma|grandpa|granny|nan|nana|gran)\b" + W80 + r"\b((i'?ve |i have )?(lost|broke|broken|smashed|cracked|dropped) my phone|using (a|my) (mate|friend)'?s( (phone|mobile))?|(this is|it'?s) my new (number|phone|mobile))|"
              r"\b(hi|hey|hello|hiya|dear)\s+(mum|mom|mummy|mommy|mam|ma|dad|daddy|papa|mama|grandma|grandpa|granny|nan|nana|gran|auntie|aunty|uncle)\b" + W80 + r"\b(new (number|phone|mobile|cell)|lost my phone|phone (broke|is broken|died|fell|got (stolen|broken|damaged))|(broke|broken|smashed|cracked) my phone|dropped my phone|using (a|my) (mate|friend)'?s( (phone|mobile))?|(temporary|temp) (number|phone))(?![^\n]{0,60}\bsame (number|no)\b)|\b(this is|it'?s) (your|ur) (son|daughter|grandson|granddaughter|child|kid|boy|girl)\b|^\W{0,3}(hola\s+)?(mam[aá]|pap[aá]|abuel[ao]|abuelit[ao]|mami|papi)\b[^\n]{0,80}?(nuevo n[uú]mero|n[uú]mero nuevo|(roto|perdido|perd[ií]) (el|mi) (m[oó]vil|celular|tel[eé]fono)|se me (ha )?(roto|rompi[oó]|ca[ií]do|cay[oó]) (el|mi) (m[oó]vil|celular|tel[eé]fono))|\b(nuevo n[uú]mero|n[uú]mero nuevo)\b[^\n]{0,100}?\b(favor|ay[uú]dame|transferencia|bizum|pagar|dinero|urgente)\b|\b(new|changed my|temporary|temp|different) (number|phone)\b[^\n]{0,100}?\b(favou?r|help me|pay|bill|transfer|send me|money|urgent\w*)\b|^\W*(mum|mom|mam|dad|mama|papa|grandma|grandpa|nan|gran)\b[^\n]{0,30}?\b((this is |it'?s |here'?s )?my new (number|phone|mobile|cell)|it'?s me\W+new (number|phone|mobile|cell)|lost my phone|(my )?phone (broke|is broken|died|is dead|got stolen|was stolen))\b|\b(phone'?s|phone is|phone got|phone was) (smashed|broken|cracked|dead|stolen|lost|water damaged)\b[^\n]{0,60}?\b(new (one|number|phone)|this number)\b"),
           veto=_p(r"\bsame (number|no)\b|\b(old|other|usual) (number|one|phone) (still )?works\b|\b(el de siempre|el m[ií]o de siempre|mi n[uú]mero de siempre) sigue\b")),
    Signal("new_number", "lure_family", 10,
           N_("It says the sender has a new number, so check it is really them by calling the number you already have."),
           _p(r"\b(my|this is my|it'?s my|i have a|got a|using a|texting from a)\s+(new|temporary|temp|friend'?s|different)\s+(number|phone|mobile|cell)\b|\bchanged my (number|phone)\b|\bsave (this|my new) (number|no)\b|\b(on|from|using|texting from) (a|my) friend'?s( (phone|mobile|cell))?\b|\b(mine|my phone|my cell) (broke|is broken|died|got stolen)\b|\b(mi )?(nuevo n[uú]mero|n[uú]mero nuevo)\b|\b(lost|broke|broken|dropped|smashed|cracked) my phone\b|\busing (a|my) mate'?s( (phone|mobile))?\b|\bphone'?s (smashed|broken|dead)\b|\busing a new (one|phone)\b"),
           veto=_p(r"\bsame (number|no)\b|\b(old|other|usual) (number|one|phone) (still )?works\b|\b(el de siempre|el m[ií]o de siempre|mi n[uú]mero de siempre) sigue\b")),
    Signal("family_emergency", "lure_family", 30,
           N_("A relative in trouble who needs money fast (jail, hospital, accident) is a classic scam, now with cloned voices, so call them back on a number you know."),
           _p(r"\b(i'?m|i am|he'?s|she'?s|he is|she is|they are|grandson|granddaughter|son|daughter|nephew|niece)\b" + W + r"\b(in (the )?(jail|prison|custody|hospital|trouble|police station)|arrested|been arrested|had an accident|been in an accident|in a car accident|stuck abroad|stuck (at|in) (the )?airport|stranded|kidnapped)\b[^\n]{0,120}?\b(money|bail|pay|send|wire|cash|gift cards?|transfer|lawyer|fee|fees|bitcoin|zelle|venmo)\b|\b(bail|lawyer'?s fee|legal fees|hospital bill|bail money)\b" + W80 + r"\b(money|pay|send|cash|need)\b|\b(need|send|pay)\b" + W + MONEY + r"\s*(for|to pay|to cover)\s+(the\s+|my\s+)?(bail|lawyer|fine|hospital|bond)\b|\b(got into|was in|been in|had) an? (car |bad )?(accident|crash)\b[^\n]{0,120}?\b(police|jail|hospital|bail|money|pay|send)\b|\b(lost|stole|stolen|forgot) (my|his|her) (wallet|purse|passport|bag|cards?)\b[^\n]{0,120}?\b(send|money|cash|pay|transfer|wire|cash ?app|venmo|zelle|[$£€]\s?\d)")),
    Signal("boss_unavailable", "lure_boss", 15,
           N_("'I'm in a meeting, can't talk, I need a favour' is how fake-boss and fake-friend scams start."),
           _p(r"\b(urgent|quick|small|confidential) (task|favou?r|errand|assignment)\b|\bi need you to (handle|do|take care of|complete|run) (a|an|this|one|something)( quick| small| urgent)? (task|favou?r|errand|assignment)\b|\b(i'?m|i am|am)\s+(in a (meeting|conference|call)|busy|tied up|on a flight|travel+ing)\b" + W80 + r"\b(can'?t|cannot|unable to)\s+(talk|call|take (calls|your call)|speak|answer)\b|\b(can'?t|cannot) (talk|call) (now|right now)\b" + W80 + r"\b(favou?r|gift cards?|buy|purchase|pay|transfer|urgent\w*)\b|\bare you (available|free|around)\b\W{0,3}(\w+\W+){0,6}?(quick|favou?r|task|errand|help)\b|\b(handle|do|take care of) (something|this|a task|a matter) (discreetly|quietly|confidentially|for me)\b|\bneed (you|u) to (handle|get|buy|purchase|run|do) (something|some|a few|this)\b|\bare you (at|on) your desk\b")),
    Signal("boss_intro", "lure_boss", 15,
           N_("A message 'from your boss' or a leader on a new number is how gift-card and payment scams start, so check with them in person."),
           _p(r"\b(this is|it'?s) (your|ur) (ceo|boss|manager|director|president|supervisor|pastor|principal|bishop|priest)\b|\b(this is|it'?s) (pastor|father|reverend|rev\.?|bishop|deacon|elder) [a-z]+\b|^\W*(pastor|father|reverend|rev\.?|bishop|deacon|elder) [a-z]+ here\b|\([ ]?(ceo|cfo|president|director)[ ]?\)|\b(sent from my (iphone|ipad|mobile))\b" + W80 + r"\b(task|favou?r|available|gift cards?|urgent)\b|\b(task|favou?r|available|gift cards?|urgent\w*|discreet\w*|confidential\w*)\b[^\n]{0,120}?\bsent from my (iphone|ipad|mobile)\b")),
    Signal("wrong_number_opener", "lure_romance", 22,
           N_("A friendly 'wrong number' message from a stranger is how romance and investment scams often begin."),
           _p(r"^\W{0,8}((hi|hey|hello|excuse me|sorry)\W{1,5})?(is this|this is not|isn't this)\s+(?!(ok|okay|true|real|right|yours|mine|it|this|that|you|safe|free|legit|serious|necessary|correct|normal|allowed|possible|good|bad|fine|new|open|closed|available|real|actually|still|for|a|the|taken|done|working|broken|included)\b)[a-z]+\s*(\?|'s number)|\b(sorry|oh sorry|oops)\b" + W + r"\b(wrong number|wrong person|got the wrong|texted the wrong|saved (your|the) number wrong)\b|^\W{0,3}((oops|oh|sorry|so sorry|apologies)\W{1,4}){1,2}wrong (number|person|contact)\b|\bi (think i |must )?(have|got|saved|'ve got|'ve saved) the wrong (contact|number|person)\b"),
           veto=_p(r"\b(meant|supposed|intended) ((it|that|this) )?(for|to go to|to send|to be for|to text|to message)\b|\bignore\W*$|\bme equivoqu[eé]\b|\bignore (that|this|it|my last)\b|\bwas for my\b|\bhave a (good|nice|great|lovely) (one|day|night|evening|weekend)\b|\bdisregard\b|\bmy mistake\b|^\W*((oops|oh|sorry|so sorry|apologies|my bad)\W{1,4}){0,2}(sorry\W{1,4})?wrong (number|person|contact)\W*((sorry|oops|my bad)\W*)?$")),
    Signal("stranger_met_claim", "lure_romance", 20,
           N_("A stranger claims you met or says how they 'found' your number, which is how friendly scam chats are started."),
           _p(r"\b(my (assistant|secretary|friend) (gave|sent) me (this|your) number)\b|\b(got|found|saw|picked) your (number|contact|profile)\b" + W + r"\b(from|in|on)\b|\b(we met|we talked|we spoke|we chatted|nice (meeting|to meet) you|remember me)\b" + W + r"\b(at the|last (week|night|month)|on linkedin|at (a|the) (party|conference|event|golf|gym|wine))\b")),
    Signal("stranger_small_talk", "lure_romance", 12,
           N_("A stranger making friendly small talk and asking about you is how 'pig-butchering' romance and investment scams start."),
           _p(r"^\W{0,3}(hello|hi|hey) dear\b|\bsorry to (bother|disturb) you\b|\b(you seem (like )?(a )?(very |so |really )?(nice|kind|lovely|friendly|interesting|polite|sweet|genuine)|where are you from|where do you live|can we be friends|let'?s be friends|what do you do for (a living|work)|how old are you|it'?s (fate|destiny)|nice to meet you by chance|are you single|maybe we can be friends|(just|recently) moved (here|to [a-z]+( [a-z]+)?) (and|&) (i )?(don'?t|do not|dont) know (anyone|anybody|many people)( here)?)\b")),
    Signal("curiosity_bait", "lure_bait", 15,
           N_("It teases a message, admirer or surprise you can only see by calling, texting or clicking, a classic bait for costly numbers and fake sites."),
           _p(r"\bsecret admirer\b|\bsomeone (you know )?(has |is )?(asked|looking|trying|wants?) (to |for )?(contact|meet|date|find|reach) (with )?(you|u)\b|\b(find out|reveal|see) who\b" + W + r"\b(call|text|txt|click|reply|visit|log ?on)\b|\byou have (a |an |one |1 |\d+ )?(new |unread |missed )?(voice ?mail|voice message|message|msg)s?\b[^\n]{0,60}?\b(call|dial|click|tap|listen|visit|log ?on)\b|\b(live local|local (girls|singles|women|ladies)|(bored|lonely|horny) (housewives|wives|girls|singles)|adult chat)\b")),
    Signal("romance_money", "lure_romance", 25,
           N_("Someone you know only online who asks for money, gift cards or crypto is almost always a scammer."),
           _p(r"\b(my love|my dear|darling|sweetheart|my heart|babe|baby|honey|my queen|my king)\b" + W80 + r"\b(send|need|money|transfer|gift card|plane ticket|flight|visa|customs|hospital|fees?|stuck|stranded|invest)\b|\b(engineer|doctor|soldier|contractor|sailor|officer)\b" + W + r"\b(oil rig|offshore|peacekeeping|deployed|un mission|on a ship)\b")),
    Signal("sextortion", "lure_threat", 35,
           N_("It threatens to share private videos or pictures unless you pay, a bluff mailed to many people at once."),
           _p(r"\b(recorded|recording|video of|filmed|captured|webcam|camera)\b" + W80 + r"\b(you|your)\b" + W80 + r"\b(adult|porn|xxx|masturbat\w*|naked|nude|intimate|explicit|watching)\b|\b(intimate|explicit|private|nude|naked|compromising)\s+(photos?|videos?|pictures?|images?|pics)\b" + W80 + r"\b(send|share|leak|post|release|publish|contacts|friends|family|unless|pay)\b|\b(hacked|access to|infected)\b" + W + r"\b(your (device|computer|webcam|camera|phone|email|account))\b" + W80 + r"\b(pay|bitcoin|btc|unless|contacts)\b")),
    Signal("job_offer", "lure_job", 22,
           N_("It offers easy, well-paid work out of the blue, and job or 'task' scams make you pay before you are ever paid."),
           _p(r"\bmystery shopp(er|ers|ing)\b|\b(re-?shipping|package forwarding|parcel forwarding) (coordinator|agent|manager|assistant|specialist|job|position)s?\b|\breceive (parcels|packages) at (your |ur )?home\b[^.!?\n]{0,30}\b(forward|re-?ship|re-?send)\b|\b(evaluate|test|review) (a|the) (money transfer|wire transfer|western union|moneygram) (service|company)\b|\b(part[- ]?time|full[- ]?time|remote|work from home|online|flexible|home[- ]based|simple|easy)\s+(job|jobs|work|workers|employees|staff|position|positions|opportunit(y|ies)|role|vacanc(y|ies)|income|earning|helpers?|assistants?)\b|\b(is|are|we'?re|now) hiring\b" + W + r"\b(online|remote|part[- ]?time|from home|flexible)\b|\bwork (from|at) home\b|\b(part[- ]?time|remote|work from home)\b[, ]+(remote|online|flexible|part[- ]?time|from home)\b|\b(recruit(ing|er|ment)|hiring|hr)\s+(team|manager|department|specialist|assistant)\b|\bno experience (needed|required|necessary)\b|\b(your|ur) (resume|cv|profile) (has been|was|is) (reviewed|selected|shortlisted|recommended)\b|\b(like|rate|review|boost|optimi[sz]e|rating|liking)\s+(products|videos|apps|hotels|orders|youtube|tiktok|movies|data|restaurants|places|businesses|locations|songs)\b|\b(task|tasks)\b" + W + r"\b(commission|earn|paid|salary|complete)\b")),
    Signal("job_pay_promise", "lure_job", 18,
           N_("It promises high pay for little work, which real employers don't text to strangers."),
           _p(r"\b(earn|make|making|earning|income( of| is)?|salary( of| is)?|get paid|pay( is| of| rate)?|paid|gana[r]?)\b" + W + MONEY + r"\s?(\+|-|to|~)?\s?(" + MONEY + r")?\s*(/|per|a|an|each|every)\s*(day|hour|hr|week|wk|daily|task|order)\b|\b(daily|weekly) (pay|salary|income|earnings|commission)\b|\b(get |be )?paid (daily|weekly|every day|same day)\b|\b(commission|paid|earn\w*|get|receive|make)\b" + W + MONEY + r"\s*(each|every|per|a|for each) (task|order|review|rating|like|video|follow)\b|\b(commission|paid|earn\w*)\b" + W + r"\b(each|every|per) (task|order|review|rating|like)\b|\bup to\s*" + MONEY + r"\s*(/|per|a|an|each)\s*(day|hour|week)\b|\b\d+\s*(minutes?|mins?|hours?|hrs?)\s*(a |per |/\s?)day\b|\b\d+k?\s?(-|to)\s?\d+k\s*(/|per|a)\s*(month|week)\b|\b\d+\s?€ al d[ií]a\b")),
    Signal("investment_pitch", "lure_invest", 22,
           N_("It pitches an investment platform, group or mentor, the way crypto and investment scams begin."),
           _p(r"\bpre-?ipo\b|\b(stock|stocks|investment|investing|trading|wealth|crypto) (club|community)\b|\b(grupo|canal|comunidad) de (se[ñn]ales|inversi[oó]n|inversores|trading|criptomonedas)\b|\b(investment|trading|crypto|forex|bitcoin|stock|usdt|mining) (platform|opportunit(y|ies)|mentor|coach|group|signals?|expert|account|app|plan|strategy|package)\b|\b(forex|crypto|bitcoin|btc|usdt|stock) (trading|investment|investing|mining|arbitrage)\b|\bfinancial freedom\b|\binsider (info|information|tips?|knowledge|picks?)\b|\bpassive income\b|\b(ai|quant\w*|arbitrage|auto-?)\s?(trading )?(bot|robot)s?\b|\b(recover|retrieve|get back)\b" + W + r"\b(lost|stolen|scammed)\s+(funds|money|crypto|bitcoin|investment|assets)\b|\b(free )?(stock|trading|investment|crypto) (picks|tips|signals|advice)\b|\b(financial|investment) (analyst|advisor|adviser|mentor|teacher)\b" + W80 + r"\b(group|whatsapp|telegram|join|free|members)\b")),
    Signal("profit_promise", "lure_invest", 20,
           N_("It promises sure or very high profits, which no real investment can promise."),
           _p(r"\bguaranteed (\d{1,3}([.,]\d+)?\s?% )?((monthly|weekly|daily|annual|yearly) )?(returns?|profits?|income|earnings|gains?)\b|\b\d{1,3}([.,]\d+)?\s?% (monthly|weekly|daily) (returns?|profits?|interest|gains?)\b|\b\d{1,4}\s?% (returns?|profits?|roi|gains?|interest|a (day|week|month))\b|\b(returns?|profits?) of \d{1,4}\s?%|\b\d{2,4}\s?% (upside|potential (upside|gains?|returns?))\b|\b\d{1,3}([.,]\d+)?\s?% (daily|weekly|per day|per week|a day|a week|every day|each day)\b|\b(earned|made|gained|profited|returns? of)\s+\d{2,4}\s?%|\b(pick|stock|share|coin|token|account|portfolio|investment|position|crypto|bitcoin|btc|eth|trade|signal)s?\b[^.!?\n]{0,25}\bup\s+\d{2,4}\s?%|\b(receive|get|send (you|u) back|return)\s+(it\s+)?(double|twice|2x|x2|two times|triple|3x)\b|\b(?<=\$)[a-z]{2,5}\s(is\s)?(set|about|going|ready|poised) to (run|soar|explode|moon|rocket|skyrocket|surge|rip|squeeze)\b|\b(double|triple) (your|ur) (money|investment|bitcoin|crypto|deposit)\b|\binvest(ing)?\s+[$£€]\s?\d[\d,.]*k?\b[^.!?\n]{0,30}\b(get|receive|earn|make|withdraw)\s+[$£€]\s?\d|\b(i|we|she|he) (made|earned|profited|gained)\b\s+" + MONEY + r"|\b(made|earned|got) (me|us|him|her)\s+" + MONEY + r"|\b(i|we) (made|earned|profited)\b" + W + r"\b(trading|investing|crypto|bitcoin|platform)\b"
              r"|\b(skyrocket|soar|explode|moon|rocket|surge)\w*\W+(\w+\W+){0,2}\d{2,4}\s?%"
              r"|\b(stock|share|coin|token|crypto|penny stock)s?\b[^.!?\n]{0,25}\b(will|gonna|going to|set to|about to|is going to)\s+(double|triple|quadruple|\d{1,2}x)\b"
              # a share tip's push to buy ('$QNRX about to 10x ... Buy before open')
              r"|\b(about|set|going|ready|poised) to \d{1,3}x\b|\bbuy (it |now |in )?before (the |tomorrow'?s? |(mon|tues|wednes|thurs|fri)day'?s? )?(market )?(open|opens|bell)\b"),
           # "Late work loses 10% per day": a penalty, not a profit
           _p(r"\b(lose|loses|losing|lost|deduct\w*|minus|penalty|late fee of|off)\W+$")),
    Signal("utility_shutoff", "lure_utility", 25,
           N_("It threatens to cut off your power, gas, water or phone right away, but utility companies give written notice first."),
           _p(r"\b(power|electricity|electric|gas|water|service|phone line|internet|utilities|utility)\b" + W + r"\b(will be|is scheduled to be|going to be|set to be|are going to be)?\s*(disconnected|shut ?off|cut ?off|turned off|terminated|suspended|disconnection)\b|\b(or|otherwise|else)\s+(your\s+)?(power|electricity|electric|gas|water|service|utilities|utility)\b\s+(will|is going to) be (interrupted|stopped)\b|\b(power|electricity|electric|gas|water|service|utilities|utility)\b\s+(will|is going to|is scheduled to) be (interrupted|stopped)\b[^.!?\n]{0,40}\b(unpaid|non-?payment|past due|overdue|outstanding|balance)\b"
              r"|\b(avoid|prevent)\b\s+(an?\s+|any\s+)?(service\s+)?(interruption|disconnection|suspension|shut ?off|cut ?off)\b"
              r"|\bfinal (disconnect(ion)?|shut ?off) notice\b"),
           veto=_p(r"\b(maintenance|repairs?|works|upgrade|planned|outage|scheduled work)\b")),
    Signal("claims_from_company", "lure_claim", 12,
           N_("Someone claimed to be from a company or agency, which anyone can say, so hang up and call the real number yourself."),
           _p(r"\b(called|calling|rang|phoned)( me)? from (my|the|your|a|his|her) (bank|credit card company|card company|phone company|internet provider|electric company|utility)\b|\b(said|claimed|claiming|saying|says|told me|pretending)\b\s+(he|she|they|it|that he|that she|that they)?\s*('s|'re|was|were|is|are|were)?\s*(from|with|calling from|an? )\b" + W + r"\b(bank|microsoft|apple|amazon|irs|hmrc|police|fbi|social security|medicare|government|court|support|paypal|fraud|security|tax|customs|utility|electric|power company|insurance|post office|usps|fedex|ups|dhl|royal mail|netflix|visa|mastercard|[a-z]+ bank)\b"
              r"|\b(this is|it'?s|my name is|i'?m) [a-z]+ (from|with|at|in) ([a-z&]+ ){1,3}(fraud|security|risk|dispute)( prevention| protection)? (department|dept|team|unit|division|center|centre|prevention|protection)\b")),

    Signal("asks_personal_details", "ask_secret", 18,
           N_("It asks you to send personal details (name, address, date of birth, bank) to a stranger."),
           _p(r"\b(pic|pics|photo|photos|picture|pictures|image|scan|selfie)\s+(of\s+)?(your|ur)\s+(credit |debit |bank )?(card|id|license|licence|passport|ssn|social security card)\b|\bwhat'?s (your|ur) full (name|address)\b|\b(reply|respond|text|send)\s+(back\s+)?with\s+(full\s+)?name\s*(&|and|,|\+)\s*(full\s+)?(home\s+|mailing\s+)?(address|dob|date of birth|age)\b|\b(send|give|provide|reply(\s+\W?[a-z0-9]{2,10}\W?)?\s+with|submit|text|email|e-mail)\b\s+(us\s+|me\s+)?((your|ur)\s+(full\s+)?|full\s+)(name|((mailing|home|postal|shipping|street|residential)\s+)?address|nric|aadhaar( number| card)?|pan (card|number)|post ?code|zip ?code|date of birth|dob|bank (details|account)|account details|personal (details|information|info)|details|id|passport|photo id|age|\$?cashtag|cash ?app (tag|name|handle)|venmo (handle|username))\b(\s*(,|and|&|\+)\s*(\w+\s+){0,2}(name|address|number|age|phone|date of birth|dob|occupation))*")),
    Signal("loan_offer", "lure_loan", 18,
           N_("It offers a loan or debt help out of the blue, and loan scams take an upfront fee and never pay out."),
           _p(r"\b(remove|delete|erase|wipe( out)?)\b" + W + r"\b(late payments?|collections?|bankruptc(y|ies)|charge-?offs?|negative (items|marks|accounts))\b|\b(loans?|credit|cash advance|financing)\b" + W + r"\b(for any purpose|guaranteed|pre-?approved|approved instantly|no credit check|bad credit)\b|\bpreviously (been )?refused\b|\b(fast|quick|instant|same[- ]day) approval\b|\bwrite (off|down) (up to )?\d{1,3}\s?% of (your|ur) debts?\b|\bapproval (in|within) (\d+|one|an?) (hours?|hrs?|minutes?|mins?)\b|\b(licen[cs]ed )?money ?lender\b|\bblacklist(ed)? (also |oso )?(can|ok|okay|welcome)\b|\b(bad|poor) credit (ok|okay|welcome|accepted|no problem)\b|\bdebt (relief|forgiveness|write-?off)\b|\b(student )?loan forgiveness\b|\bno credit check\b|\blow[- ]interest (loans?|rates?)\b|\b(do you|need a|need) (need )?(a )?(quick |fast |personal |cash )?loan\?|\bfresh start (program|initiative)s?\b|\b(eliminat\w+|eras\w+|wip\w+ out|reduc\w+|cut\w*|lower\w*) (up to |about |around |nearly )?(\d+\s?(%|percent)? ?(to|-) ?)?(\d+\s?(%|percent) )?(of )?(your|all your|the) (current |total |credit card |unsecured )?(debts?|debt amount)\b|\b(cancela|elimina|reduce|borra)\w* (hasta )?(el )?(\d+\s?% )?(de )?(tus|sus|todas tus|todas sus) deudas\b|\bley de (la )?segunda oportunidad\b|\bpr[eé]stamos? (pre-?aprobados?|aprobados?|concedidos?|sin aval|urgentes?|r[aá]pidos? sin)\b|\bsin (revisar|consultar|verificar|mirar) (su|tu) (cr[eé]dito|historial)\b|\b(lower|reduce|cut|drop)\w* your (credit card |card )?interest rates?\b|\b(lower|reduce|cut|drop)\w* (the )?(credit card |card )?interest rates? to \d")),

    # ---- modern families (added for generalisation to recent scams) ------------------------------
    Signal("traffic_ticket", "lure_gov", 20,
           N_("It says you have an unpaid traffic or parking ticket to pay through a link or number, but real fines come by post with a way to check them yourself."),
           _p(r"\b(traffic|parking|speeding|camera|red[- ]light|driving) (ticket|violation|fine|citation|offen[cs]e|penalty|infraction)s?\b|\b(unpaid|outstanding|overdue|pending|unsettled) (traffic |parking |speeding )?(ticket|citation|fine|violation)s?\b|\bmultas?\b" + W + r"\b(tr[aá]fico|pendiente|sin pagar|impagada|recargo)\b")),
    Signal("points_expiring", "lure_prize", 15,
           N_("It says your reward points, miles or cashback are about to expire so that you click in a hurry, a common trick to steal card details."),
           _p(r"\b(your|ur|\d[\d,.]*|\(\d[\d,.]*\))\s+((reward|loyalty|bonus|membership|card|credit card) )?(points?|miles|rewards?|cashback|cash back|credits?)\b" + W + r"\b(expire|expires|expiring|about to expire|will expire|are expiring|lapse|ready to (claim|redeem))\b|\b(redeem|claim)\b\s+(your |them |the |ur )?(\w+ )?(points|miles|cashback|cash back|credits)\b|\bpuntos\b" + W + r"\b(caducan|expiran|canjea)")),
    Signal("kyc_update", "lure_account", 18,
           N_("It says your 'KYC' or ID documents must be updated or your account will be blocked, which banks never ask through a text link."),
           _p(r"\b(kyc|know your customer|pan card|aadhaa?r|bvn|nin|e-?kyc)\b" + W + r"\b(update|updated|pending|expired?|expiring|verify|verification|suspend\w*|block\w*|incomplete|required|link|details)\b")),
    Signal("health_alert_lure", "lure_gov", 18,
           N_("It uses a health scare (a COVID contact, a test kit, a vaccine pass) to get you to click or give details, which health services don't do by text link."),
           _p(r"\b(contact tracing|close contact (with|of)|exposed to (covid|coronavirus|the virus)|tested positive|(covid|coronavirus)(-?19)? (test|vaccine|relief|grant|fund|payment|kit|pass|certificate)|test kit|vaccine passport|vaccination (certificate|pass|record))\b")),
    Signal("receive_to_accept", "lure_refund", 20,
           N_("It says money is waiting for you but you must confirm, upgrade or pay first to accept it, a payment-app trick to steal logins or fees."),
           _p(r"\b(to (accept|receive|claim|release|unlock|collect))\b\s+(the |this |your |these )?(payment|funds|money|transfer|deposit|transaction)\b|\b(funds|payment|money|deposit|transfer)\b\s+(is|are)\s+(currently\s+)?(on hold|pending|held|frozen)\b" + W80 + r"\b(until|unless|verify|confirm|fee|upgrade|release)\b|\b(upgrade|upgraded|upgrading) (your account )?to a (business|premium|merchant) account\b|\bpending (deposit|payment|transfer) of\b|\b(received|sent you)\b[^\n]{0,60}?\b(funds|payment|money)\b\s+(is|are)\s+(currently\s+)?(on hold|pending|held|frozen)\b|\bpara (aceptar|recibir|cobrar) (el|la|los) (pago|transferencia|dinero|importe)\b")),
    Signal("job_deposit", "ask_pay", 25,
           N_("It asks you to pay or deposit money to start or unlock work, and real employers never make you pay to get paid."),
           _p(r"\b(deposit|recharge|top ?up|pay|prepay|transfer)\b" + W + r"\b(to (activate|unlock|start|open|upgrade|begin)|for (your|the) (work|training|starter|equipment) (account|kit|package|tasks?))\b|\b(unlock|activate)\b" + W + r"\b(premium|vip|higher|more) (tasks|orders|levels?|commission)\b|\b(work|task|job) account\b" + W + r"\b(deposit|recharge|top ?up|activate|negative balance)\b")),
    Signal("job_selected", "lure_job", 18,
           N_("It says you were picked for a job you may never have applied for, which is how job scams reach strangers."),
           _p(r"\b(application|applicant|resume|cv|profile)\b" + W + r"\b(approved|accepted|shortlisted|matches|matched|passed|selected|qualified)\b|\bpassed the (screening|interview|assessment)\b|\b(you have|you've|you) been (shortlisted|selected|pre-?selected|chosen) for (an|the|a|our) ((online|remote|virtual) )?(interview|position|role|job)\b|\b(data|order|product|app|review|rating) (optimi[sz]ation|boosting|submission) (job|work|task|position)s?\b|\btrabajo\b" + W + r"\b(tiempo parcial|desde casa|online|remoto|f[aá]cil)\b|\b(follow|like|subscribe to) (accounts|pages|channels|videos)\b" + W + r"\b(earn|paid|\$)"),
           veto=_p(r"\b(loan|mortgage|credit|card|visa|passport|permit|rental|lease|tenancy|planning|membership|insurance|claim|benefits?|grant|school|college|university|admission)s? application\b")),
    Signal("investment_invite", "lure_invest", 18,
           N_("Someone offers to show you how they or a relative make big money trading, the usual opening of 'pig-butchering' investment scams."),
           _p(r"\b(my|our) (uncle|aunt|auntie|mentor|teacher|cousin|tutor|professor|brother|sister|father|friend)\b" + W80 + r"\b(trading|invest\w*|crypto|profits?|markets?|gold|stocks?|forex|contracts?|returns?)\b[^\n]{0,80}?\b(show|teach|introduce|share|help|guide) (you|u)\b|\b(want|would you like|shall i|can i|let me)\b\s+(me\s+)?(to\s+)?(show|teach|introduce|guide|help) (you|u)\b" + W + r"\b(trad\w*|invest\w*|earn|profit|make money)|\b(gold|oil|forex|crypto|usdt|option|futures?) (contracts?|trading|arbitrage)\b|\b(rentabilidad|ganancias|beneficios) garantizad[oa]s?\b|\bgana(r)? dinero con (bitcoin|cripto\w*|trading|inversiones)\b")),
    Signal("fund_recovery", "lure_invest", 25,
           N_("It offers to recover money you lost to a scam, but 'recovery' services are a second scam aimed at past victims."),
           _p(r"\b(asset|fund|funds|crypto|bitcoin|money|scam) recovery\b|\brecovery (agents?|experts?|specialists?|unit|team|services?)\b|\b(located|found|traced|tracked|recovered|retrieved)\b" + W + r"\byour (lost|stolen|missing) (funds|money|investment|crypto|bitcoin|assets)\b|\b(recover|get back|retrieve)\b" + W + r"\b(100%|all|your) (of )?(your |the )?(lost|stolen|scammed) (money|funds)?|\b(recover|retriev|reclaim)\w*\b" + W + r"\b(lost|stolen|scammed)\b|\b(scammed|defrauded|cheated) by (a |an )?(fake |bogus )?(broker|platform|exchange|investment|trading)")),
    Signal("hacker_threat", "lure_threat", 25,
           N_("Someone claims to have hacked your device or to know your password and demands payment, a bluff sent to many people at once."),
           _p(r"\bi (have )?(hacked|infected|gained access to|have access to|installed (a )?(malware|virus|trojan|spyware) on) (your|ur) (computer|device|phone|email|webcam|camera|accounts?|pc|system)\b|\bi know (your|ur) password\b|\bi have (your|ur) (browsing history|contacts|passwords?)\b|\bi have (a |the )?videos? of (you|u)\b|\bhello,? pervert\b")),
    Signal("security_software_bill", "lure_invoice", 20,
           N_("It is an 'invoice' for antivirus or tech-support renewal (Norton, McAfee, Geek Squad...), the most common fake bill designed to make you call a scammer."),
           _p(r"\b(norton|mcafee|geek ?squad|lifelock|avast|kaspersky|bitdefender|windows defender|total protection|antivirus|anti-virus|tech support plan)\b" + W80 + r"\b(renewed|renewal|auto-?renew\w*|subscription|charged|debited|deducted|invoice|order|purchase|receipt)\b|\b(thank you for (your )?(purchase|order|payment|renewal))\b" + W80 + r"\b(norton|mcafee|geek ?squad|lifelock|antivirus|protection)\b")),
    Signal("romance_opener", "lure_romance", 20,
           N_("A stranger saying your profile caught their eye or that they want to get to know you is how romance scams begin."),
           _p(r"\b(your|ur) (profile|photo|picture|pic|smile|pictures) (caught my (eye|attention)|is (so )?(beautiful|lovely|cute|stunning|amazing))\b|\b(saw|found|came across|noticed|liked) (your|ur) (profile|photo|picture|pic)\b|\bget to know (you|u)( better)?\b|\b(love|like) to be (your )?friends\b|\b(can|could|shall) we be friends\b|\blet'?s be friends\b|\bdon'?t know anyone\b" + W80 + r"\bfriends?\b|\blooking for (a )?(serious|long[- ]term|true|real|honest) (relationship|love|partner|man|woman)\b|\b(i'?m|i am) (so |very )?lonely (and|here|in this|widow\w*|since)\b")),
    Signal("reconnect_opener", "lure_romance", 15,
           N_("'Long time no see, how have you been?' from a number you don't know is a common way for scammers to start a chat."),
           _p(r"\b(long time no (see|talk|chat|hear)|it'?s been (a while|ages|so long|forever)|how have (you|u) been|are (you|u) still (living|in|at|working)|do (you|u) still (live|work))\b|^\W{0,4}((hey|hi|hello|hiya)\W{1,3})?(do (you|u) )?remember me\b")),
    Signal("nice_to_meet_stranger", "lure_romance", 12,
           N_("A stranger saying 'nice to meet you' without any reason to be writing is how friendly scam chats start."),
           _p(r"\bnice to meet (you|u)\b(?!\s*(too|tonight|today|yesterday|earlier|again|in person|at |this|last|on))")),
    Signal("asks_who_you_are", "lure_romance", 22,
           N_("It asks whether you are someone else ('Is this Jessica?'), the opening line of many 'wrong number' scams."),
           re.compile(r"\b(?:[Ii]s this|[Aa]re you|[Ii]s that|[Aa]m [Ii] (?:speaking|talking) (?:to|with)|[Tt]his is(?:n't| not))\s+"
                      r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?!(?:Ok|Okay|Sure|Serious|There|Free|Home|Kidding|Coming|Going|Alright|Awake|Up|Busy|In|Out|Real|Right|Mad|Done|Still|Available|Around|Ready|Back|Here|Able|It|This|That|The|A|An|My|Your|Me|You|Him|Her)\b)"
                      r"[A-Z][a-z]{1,15}(?:'s (?:number|phone|office|mobile|cell))?\s*\?|^\W{0,4}(?:[Aa]re you|[Ii]s this) the (?:one|person|lady|guy|man|woman) who\b"), raw=True),
    Signal("named_greeting_plan", "lure_romance", 18,
           N_("It greets someone by a first name and talks about plans as if you know each other, a 'wrong number' opener when it comes from a number you don't know."),
           re.compile(r"^\W{0,4}(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Gg]ood (?:morning|afternoon|evening))\W{1,3}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                      r"(?!(?:Mum|Mom|Mam|Dad|Mummy|Mommy|Daddy|Grandma|Grandpa|Gran|Nan|Nana|Granny|Auntie|Aunty|Uncle|Dear|There|Everyone|All|Team|Guys|Folks|Friend|Sweetie|Honey|Babe)\b)"
                      r"[A-Z][a-z]{1,15}\b[^\n]{0,80}?\b(?i:are we still|are (?:you|u) (?:still )?(?:coming|free|around|available|going|up for|joining|there)|"
                      r"did (?:you|u) (?:get|receive|see) (?:the|my)|the meeting|(?:is|are) (?:it|they|the \w+) still (?:available|for sale|for rent|on offer)|(?:do|are) (?:you|u) still (?:live|living|work|working|have)|please confirm|have (?:you|u) (?:arrived|left))"), raw=True),
    Signal("self_intro", "style_intro", 10,
           N_("The writer introduces themselves by name, which someone you already know wouldn't need to do."),
           re.compile(r"(?:^|[.!?,]\s*|\b(?:[Hh]i|[Hh]ello|[Hh]ey)\W{1,3})(?:[Tt]his is|[Ii]t'?s|[Ii]'?m|[Ii] am|[Mm]y name is)\s+(?!(?:Mum|Mom|Dad|Me|Not|So|Just|On|In|At|The|A|An|Ok|Okay|Here|Home|Back|Going|Late|Sorry|Fine|Good|Great|Still)\b)[A-Z][a-z]{2,15}\b"), raw=True),
    Signal("stranger_referral", "lure_romance", 20,
           N_("A stranger says someone 'told' them about you or gave them your number, a common way to open a scam chat."),
           _p(r"\bi was (told|given|referred)\b" + W + r"\b(you|your (number|contact|name))\b|\bmy (assistant|secretary|boss|colleague) (gave|sent|passed) me (this|your) (number|contact)\b")),

    # ---- PRESSURE ------------------------------------------------------------------------------
    Signal("urgency", "pressure_urgency", 10,
           N_("It tries to rush you so that you act before you stop to think."),
           _p(r"\b(urgente|inmediatamente|en las pr[oó]ximas \d+ horas)\b|\bwithin\s+(\d+|one|two|twenty-?four|48|24|12)\s*(hours?|hrs?|h|minutes?|mins?|days?|business days?)\b|\b(immediately|urgently|right away|right now|as soon as possible|without delay|asap)\b|\b(act|respond|reply|call|pay|click) (now|today|immediately)\b|\b(must|need to|have to) (call|pay|respond|reply|contact)\b[^.!?\n]{0,40}\b(today|tonight|now)\b|\b(final|last)\s+(notice|warning|reminder|attempt|chance|demand|opportunity)\b|\b(expires?|expiring|ends|valid)\s+(today|tonight|soon|in \d+|only|within|for \d+|until)\b|\bvalid\s+\d+\s*(hrs?|hours?)\b|\btoday only\b|\bbefore it'?s too late\b|\bdeadline\b|\b(urgent|important)\s*[!:]|\burgent\b" + W + r"\b(action|notice|attention|message|matter|request|response)\b|\bto avoid\b" + W + r"\b(suspension|penalt(y|ies)|fees?|fines?|charges?|late|disconnection|closure|legal|arrest|cancellation|interruption|(data )?loss|losing|deletion)"),
           # "It expires in 10 min", "valid for 15 minutes", "use it within 5 mins": how one-time codes work
           not_in_code_text=_p(r"(expires?|expiring|valid)\b|within\s+\S+\s*(minutes?|mins?)\b")),
    Signal("threat_legal", "pressure_threat", 22,
           N_("It threatens arrest, court or legal action, which real agencies don't do by text or phone."),
           _p(r"\b(suspected|accused) of (being )?(involved in |linked to )?(money laundering|fraud|a crime|criminal|illegal)\w*|\b(arrest|arrested|warrant|lawsuit|legal action|legal proceedings|prosecut\w*|criminal (case|charges?|investigation)|police (will|are coming)|jail|imprisonment|deport\w*|seize|seized(?![- ]up)|seizure|confiscated|contraband|illegal (items|substances|drugs|goods)|freeze your|garnish\w*|court action|summons|bailiffs?|debt collect\w*|collections agency)\b")),
    Signal("threat_penalty", "pressure_threat", 12,
           N_("It threatens fees, fines or a damaged record if you don't act now."),
           _p(r"\b(late fee|penalt(y|ies)|surcharge|fines|(a|the|your|any|pay|paid|paying|parking|speeding|traffic|court|late|"
              r"heavy|hefty) fine|fine of|additional (fees?|charges?)|extra (fees?|charges?)|credit (score|rating)|(license|licence|registration) (suspension|suspended|revoked)|suspension of (your )?(license|licence|registration|vehicle|driving))\b"),
           _p(r"(no|without|avoid a)\W+$")),
    Signal("secrecy", "pressure_secrecy", 14,
           N_("It asks you to keep it secret so that your family or bank can't warn you."),
           _p(r"\b(don'?t|do not|dont|please don'?t|never)\s+(tell|inform|contact|call|mention|let)\s+(anyone|anybody|mom|mum|dad|your (family|bank|parents|husband|wife|kids|children|son|daughter)|the (bank|police)|police|them)\b|\bkeep (this|it) (between us|secret|confidential|private|to yourself|quiet)\b|\b(stay|remain) on the (line|phone)\b|\bdon'?t hang up\b|\b(don'?t|do not|dont) (share|forward|show) this (msg|message|text|sms)\b|\bsomething (discreet|confidential)\b|\bbe discreet\b"),
           veto=_p(r"\b(surprise|birthday|bday|retirement|engagement|anniversary) (party|dinner|trip|cake|present)\b|\bfiesta sorpresa\b|\bit'?s a surprise party\b")),
    Signal("dear_customer", "style_generic", 5,
           N_("It doesn't use your name ('Dear customer'), as mass scam messages do."),
           _p(r"\bdear\s+(valued\s+)?(customer|user|client|member|account holder|card ?holder|sir/?madam|sir or madam|beneficiary|winner|applicant|subscriber|recipient|[a-z]+ (customer|user|member))\b|\bvalued customer\b")),
    Signal("move_to_chat_app", "style_channel", 12,
           N_("It wants to move the conversation to WhatsApp, Telegram or similar, where scammers are harder to trace."),
           _p(r"\b(text|message|msg|contact|add|reach|chat( with)?|talk( to)?|write|dm|join|continue)\b\s+(me|us|our \w+|your \w+( \w+)?)?\s*(on|via|through|at|using)\s+(whatsapp|telegram|signal|wechat|line app|kik|viber|snapchat|google chat|hangouts)\b|\b(escr[ií]be(me)?|escr[ií]bame|escr[ií]banos|h[aá]blame|h[aá]bleme|contacta(me)?|cont[aá]cteme|cont[aá]ctenos|escribir)\b" + W + r"\b(por|en) (whatsapp|telegram)\b|\b(whatsapp|telegram)\b" + W + r"\b(\+?\d[\d \-]{6,}|@\w+|t\.me|wa\.me)|\b(whatsapp|telegram|signal) (us|me)\b|\binterview\w*\b[^.!?\n]{0,20}\b(via|on|over|through|by)\s+(microsoft\s+)?(teams|telegram|whatsapp|signal|skype|google chat|wire|wickr|element)( chat| app| messenger)?\b|\b(download|install|get)\s+(the\s+)?(telegram|whatsapp|signal|wire|wickr|element|skype)( app| messenger)?\b[^.!?\n]{0,40}\binterview\w*\b"
              r"|\b(download|install|get)\s+(the\s+)?(telegram|whatsapp|signal|wire|wickr|element)( app| messenger)?\b[^.!?\n]{0,12}\b(and|then|to)\s+(contact|message|msg|add|text|chat with|write to|dm|reach)\b")),
    Signal("press_one", "style_channel", 10,
           N_("'Press 1' recorded calls about taxes, warranties or your account are a classic phone scam."),
           _p(r"\bpress (1|one|2|two|9|nine)\b\W*(now\W*)?(to|for)\b|\bpress (1|one|9|nine) or (reply|text|respond)\b")),
    Signal("warranty_expiring", "lure_invoice", 15,
           N_("Calls about your car's 'extended warranty' expiring are a well-known scam."),
           _p(r"\b(extended|vehicle|car'?s?|auto) warranty\b" + W + r"\b(expir\w*|final|last|about to|lapse)")),
    Signal("reply_to_get_link", "style_link_trick", 22,
           N_("It asks you to reply (\"Y\" or \"1\") or copy a link into your browser, a trick to get past your phone's link protection."),
           _p(r"\breply\s+(with\s+)?(\"?y\"?|\"?yes\"?|\"?1\"?)\b[^\n]{0,80}?\b(link|activate|exit|reopen|re-?open|click)\b|\b(exit|close|quit) (the |this )?(sms|message|text)\b[^\n]{0,40}?\b(re-?open|open)\b|\bcopy (the |this )?(link|url|address)\b" + W + r"\b(safari|browser|chrome)\b")),
    Signal("qr_code", "style_channel", 10,
           N_("It asks you to scan a QR code to pay or sign in, and a QR code can hide a fake website."),
           _p(r"\bscan\b" + W + r"\bqr\b|\bqr(-| )?codes?\b" + W + r"\b(pay|payment|verify|login|log in|sign in|fine|parking|refund|claim|update)\b")),
    Signal("premium_sms", "style_premium", 15,
           N_("It mentions per-minute or per-message charges or a text-back code, signs of a costly premium-rate service."),
           _p(r"\b\d{2,3}\s?p\s?(/|per|a)?\s?(min(ute)?|msg|message|txt|text|week|wk|pm)\b|\b\d{2,3}\s?ppm\b|\bppm\b|\b(txt|text|send|reply|sms)\s+([a-z]{2,}\d*|(?!(stop|help|end|cancel|quit|unsubscribe)\b)[a-z]{2,}\d*\s[a-z]{2,}\d*)\s+(to|2)\s+\d{4,6}\b|([£$€]|\brs\.?)\s?\d{1,2}(\.\d\d)?\s?(/|per|a)\s?(min(ute)?|msg|message|txt|text|week|wk)\b|\brs\.?\s?\d{1,2}\s?/\s?day\b|(?<![\d.,])\d{1,2}\s?gbp\s?/\s?(mnth|month|wk|week|msg)\b|\b(weekly|monthly) (ring ?tones?|tones?|polys?|wallpapers?) (package|club|subscription|service)\b|\bcall ?cost\b|\bcosts? \d{1,3}p\b|\bcalls? cost\b|\b(cost|costs)\s*[£$]\s?\d|\b(std|standard|national) (rate|network charge)s? apply\b|\bfrom (a )?land ?line\b")),
    Signal("claim_code", "style_premium", 10,
           N_("It gives you a 'claim code' or reference to quote, a common prize-scam touch."),
           _p(r"\b(claim|bonus|identifier|winning) (code|no|number|id)\b\.?:?\s*\w*\d|\bquot(e|ing) (claim )?code\b")),
    Signal("obfuscated_words", "style_obfuscation", 10,
           N_("Letters are swapped for numbers ('W0N', 'BL0CKED') to slip past spam filters."),
           re.compile(r"\b[A-Za-z]{1,}[01][A-Za-z]{2,}\b|\b[A-Za-z]{2,}[0][A-Za-z]+\b"), raw=True),
)

# Points one group can add at most.
GROUP_CAPS = {
    "ask_code": 60, "ask_secret": 30, "ask_remote": 45, "ask_pay": 50,
    "lure_prize": 35, "lure_delivery": 25, "lure_toll": 30, "lure_bank": 16, "lure_account": 25, "lure_gov": 30,
    "lure_refund": 25, "lure_tech": 30, "lure_invoice": 35, "lure_family": 40, "lure_romance": 35, "lure_threat": 35,
    "lure_job": 40, "lure_bait": 20, "lure_boss": 30, "lure_loan": 20, "lure_invest": 40, "lure_utility": 25, "lure_claim": 12,
    "pressure_urgency": 12, "pressure_threat": 25, "pressure_secrecy": 15,
    "style_generic": 5, "style_intro": 10, "style_link_trick": 22, "style_channel": 15, "style_premium": 20, "style_obfuscation": 10,
}

ASK_GROUPS = frozenset({"ask_code", "ask_secret", "ask_remote", "ask_pay"})
# Payment requests that are requests in themselves (not just a small sum named in passing).
ASK_PAY_STRONG = frozenset({"pay_gift_card", "pay_crypto", "pay_wire", "safe_account", "cash_courier", "bank_details_changed",
                            "pay_app", "send_money_back", "asks_money", "pay_fee_to_receive", "job_deposit"})
PRESSURE_GROUPS = frozenset({"pressure_urgency", "pressure_threat", "pressure_secrecy"})
LURE_GROUPS = frozenset(g for g in GROUP_CAPS if g.startswith("lure_"))
