"""Every message-signal reason of the scam analyser (checks/scam/_signals.py) has a Spanish translation.

The real analyser (``checks.scam.analyse`` / ``analyse_email``) is run over hand-written messages that
trigger each signal (two phrasings each), as a call description, as an e-mail and for
several regions, and over the labelled SMS development set when it is present. Every reason that
comes from a signal must translate with ``app.i18n.translate(text, "es", strict=True)`` and differ
from the English. Reasons and advice written by ``checks/scam/__init__.py`` and the other scam
modules (links, phones, e-mail headers, combinations) are not checked here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import pytest

from app.i18n import PLACEHOLDER, translate
from checks.scam import ScamReport, analyse, analyse_email
from checks.scam._signals import SIGNALS

SIGNAL_MESSAGES = {s.code: s.message for s in SIGNALS}
#: The SMS development set, copied into the repository with its attribution (tests/data/scam/README.md).
DEV_SET = Path(__file__).resolve().parents[2] / "data" / "scam" / "sms-dev.csv"

# code -> messages that must each make that signal fire (written for this test)
CRAFTED: dict[str, tuple[str, ...]] = {
    "asks_for_code": ("Hi, please forward me the 6 digit code you just got.", "Tell me the OTP that was sent to you so I can fix your account."),
    "asked_for_code": ("A woman called and asked me for the code from my bank text.", "He wanted me to read the verification code to him."),
    "code_sent_by_mistake": ("Oops I texted my code to your phone by mistake, please send it to me.", "I accidentally sent a login code to this number."),
    "asks_for_credentials": ("Please confirm your bank account number and sort code to avoid closure.", "Reply and enter your PayPal password to restore access."),
    "asked_for_credentials": ("The caller asked me to give them my card number.", "She told me to read my password out loud."),
    "credentials_ready": ("Our agent will call you at 3pm, have your card number ready.", "Have your online banking password ready when we ring."),
    "remote_access_app": ("Install TeamViewer so our technician can help.", "Please download Quick Assist and tell me the code."),
    "remote_access_request": ("Let me share your screen so I can check the refund.", "Allow me access to control your computer for five minutes."),
    "pay_gift_card": ("Buy four Apple gift cards and send me photos of the back.", "Pay the fee with Steam cards at any store."),
    "pay_crypto": ("Send the payment in Bitcoin to the wallet address below.", "Transfer the fee in USDT to avoid delays."),
    "pay_wire": ("Pay via MoneyGram to our agent in London.", "Please wire the money before Friday."),
    "safe_account": ("Transfer your money to a secure account we set up for you.", "Move all your savings to a new account, yours has been hacked and is not secure."),
    "cash_courier": ("Withdraw the cash and a courier will collect it from your home.", "An officer will come to your house to pick up your cards."),
    "bank_details_changed": ("Our banking details have been updated, please use the attached account for this invoice.", "Kindly note our new bank details for all future payments."),
    "pay_app": ("Please pay the deposit on Venmo today.", "Send the money through Cash App to hold the puppy."),
    "send_money_back": ("I transferred too much, please return the extra to me.", "Kindly refund the difference by bank transfer."),
    "asks_money": ("Could you lend me £300 until Friday?", "Can you help me pay my rent this month? I'll pay you back."),
    "pay_to_account": ("Pay it to sort code 20-45-77, acc 73019462 today.", "Transfer to IBAN ES91 2100 0418 4502 0005 1332."),
    "small_payment": ("Your parcel is waiting, pay the fee of £1.45 to release it.", "A shipping charge of $2.99 is due."),
    "pay_fee_to_receive": ("You must pay the release fee to get your winnings.", "Pay the taxes first before we can transfer your money."),
    "prize_won": ("Congratulations, your mobile number has won £5000!", "You are our lucky winner, claim your prize today."),
    "large_sum_offer": ("I wish to donate 2 million dollars to you for charity.", "An inheritance fund of $8,500,000 is waiting for you."),
    "lottery_words": ("You are in our prize draw this week.", "Enter the giveaway for a chance to win."),
    "prize_guaranteed": ("You are guaranteed a cash prize this week.", "Get your free holiday today."),
    "delivery_problem": ("USPS: your package is on hold due to an incorrect address.", "We could not deliver your parcel today, arrange redelivery."),
    "toll_unpaid": ("You owe an unpaid toll balance of $4.15.", "Final notice: your toll invoice is overdue."),
    "toll_brand": ("SunPass notice about your account.", "FasTrak customer service message."),
    "bank_alert": ("Unusual activity was spotted on your card.", "Did you authorize a payment of $500?"),
    "account_problem": ("Your Netflix account has been suspended.", "Your card will be blocked tomorrow."),
    "shared_document_lure": ("You have received a new secure message.", "Please review and sign the document."),
    "verify_account": ("Please confirm your details to keep using our service.", "Update your payment information now."),
    "government_impersonation": ("This is the IRS calling about your tax return.", "HMRC has a message for you."),
    "tax_refund": ("You are due a rebate of £310.", "Your energy rebate payment is ready."),
    "refund_overpayment": ("I overpaid you for the sofa.", "We sent you too much money last week."),
    "tech_support": ("Virus detected on your phone! Call now.", "Microsoft support team here, your PC is at risk."),
    "dispute_by_calling": ("Not you? Call 1-888-555-0199 now.", "To cancel this order call our support line."),
    "unexpected_charge": ("Your subscription will be charged $199 today.", "Your order has been placed and will be charged."),
    "family_new_number": ("Hi Dad, I dropped my phone, this is my temporary number.", "Hey mum it's me, my new phone number, can you do me a favour?"),
    "new_number": ("Hey it's Tom, I changed my number.", "Texting from a friend's phone, mine died."),
    "family_emergency": ("Grandpa I had an accident and the police want bail money, please send it.", "I lost my wallet abroad, can you send cash through Western Union?"),
    "boss_unavailable": ("I need a quick favour, I'm tied up in a conference and can't call.", "I need you to do something for me discreetly."),
    "boss_intro": ("It's your manager, are you available?", "This is Pastor James, I need a favour."),
    "wrong_number_opener": ("Is this Linda?", "Oh sorry, wrong number. You seem nice though"),
    "stranger_met_claim": ("I found your contact on the group chat, remember me?", "We talked at the party last week."),
    "stranger_small_talk": ("Hello dear, how are you today?", "Sorry to bother you, where do you live?"),
    "curiosity_bait": ("Someone you know wants to meet you! Reply to find out who.", "You have a secret admirer, call to find out who."),
    "romance_money": ("Sweetheart I'm stuck at customs and need money for the fees.", "I am a soldier deployed on a peacekeeping mission."),
    "sextortion": ("I recorded you with your webcam watching adult videos.", "I have private videos that I will share with your contacts unless you pay."),
    "job_offer": ("We are hiring online, flexible hours.", "No experience needed, work from home."),
    "job_pay_promise": ("Get paid daily, earn $50 per task.", "Make $300 a day working from your phone."),
    "investment_pitch": ("Join our bitcoin investment platform today.", "Free crypto signals for passive income."),
    "profit_promise": ("Our plan pays 5% daily.", "Double your bitcoin in one week."),
    "utility_shutoff": ("Your power will be shut off in 30 minutes.", "Pay now to avoid disconnection of your water service."),
    "claims_from_company": ("A man called me from my bank and asked questions.", "She said she was from Microsoft support."),
    "asks_personal_details": ("Please send us your date of birth and address.", "Reply with your full name and age."),
    "loan_offer": ("Need a loan? No credit check, approved today.", "Bad credit ok, loans approved instantly."),
    "traffic_ticket": ("You have an outstanding parking fine.", "Notice: speeding violation, pay online."),
    "points_expiring": ("Your 4,500 points are expiring soon.", "Redeem your miles now."),
    "kyc_update": ("Dear customer, your e-KYC is expired, update now.", "Your PAN card details need verification."),
    "health_alert_lure": ("You have tested positive, book your appointment.", "Get your COVID-19 vaccine passport online."),
    "receive_to_accept": ("Your payment is on hold until you upgrade.", "You need to upgrade to a business account to receive the funds."),
    "job_deposit": ("Top up your task balance to unlock premium tasks.", "Recharge your work account to clear the negative balance."),
    "job_selected": ("Your CV matches our opening.", "Your profile has been shortlisted for our team."),
    "investment_invite": ("Would you like me to teach you how to trade crypto?", "My aunt is an expert in gold contracts, she can help you."),
    "fund_recovery": ("We traced your lost funds from the fake exchange.", "Scam recovery service: get back 100% of your lost money."),
    "hacker_threat": ("I know your password and I want payment.", "I have access to your email and camera."),
    "security_software_bill": ("McAfee renewal receipt: $299.99 charged.", "Geek Squad subscription has been auto-renewed."),
    "romance_opener": ("I saw your profile and wanted to say hi.", "I'd love to get to know you better."),
    "reconnect_opener": ("How have you been? It's been ages.", "Are you still living in Leeds?"),
    "nice_to_meet_stranger": ("Nice to meet you! I'm new in town.", "Nice to meet you, what do you do?"),
    "asks_who_you_are": ("Are you Michael?", "Is this Rachel's number?"),
    "named_greeting_plan": ("Hi Mark, did you get the documents I sent?", "Hello Susan, is the car still for sale?"),
    "self_intro": ("Hi, I'm Jennifer.", "Good morning. My name is Patricia."),
    "stranger_referral": ("I was given your number by a friend.", "My assistant gave me your contact."),
    "urgency": ("Act now or lose your chance.", "Respond immediately please."),
    "threat_legal": ("You will be arrested if you do not pay.", "A lawsuit is being filed against you."),
    "threat_penalty": ("Avoid additional fees by paying today.", "Your credit score will be affected."),
    "secrecy": ("Keep this between us, don't tell your family.", "Stay on the line while we help."),
    "dear_customer": ("Dear valued customer, your bill is ready.", "Dear user, please read this."),
    "move_to_chat_app": ("Add me on Telegram @helper_jo.", "Contact us on WhatsApp +44 7700 900123."),
    "press_one": ("Press one now for an operator.", "press 9 to be removed."),
    "warranty_expiring": ("Your vehicle warranty is about to lapse.", "This is your final notice about your auto warranty expiring."),
    "fraud_team_will_call": ("Our fraud team will contact you shortly.", "Reply STOP and an agent will call you to reverse the payment."),
    "reply_to_get_link": ("Reply Y to activate the link.", "Copy the link into Safari to continue."),
    "qr_code": ("Scan this QR code to verify your account.", "Use the QR code to pay."),
    "premium_sms": ("Text WIN to 87121, 150ppm.", "Calls cost 50p per min."),
    "claim_code": ("Claim code: X49 when you call.", "Bonus code: B123."),
    "obfuscated_words": ("Your C0UPON is waiting for you.", "Your account has been L0CKED."),
}

CASES = [(code, text) for code, texts in CRAFTED.items() for text in texts]


def _signal_texts(report: ScamReport) -> dict[str, str]:
    """code -> message of the reasons that come from a message signal."""
    return {r.code: r.message for r in report.reasons if r.code in SIGNAL_MESSAGES}


def _assert_spanish(texts: Iterable[str]) -> None:
    for text in texts:
        spanish = translate(text, "es", strict=True)
        assert spanish.strip(), text
        assert spanish != text, text
        assert PLACEHOLDER.findall(spanish) == [], spanish  # nothing left unfilled


def test_every_signal_has_crafted_messages() -> None:
    assert set(CRAFTED) == set(SIGNAL_MESSAGES)
    assert all(len(texts) >= 2 for texts in CRAFTED.values())


@pytest.mark.parametrize("code,text", CASES, ids=[f"{c}-{i % 2}" for i, (c, _) in enumerate(CASES)])
def test_signal_reason_is_translated(code: str, text: str) -> None:
    found = _signal_texts(analyse(text))
    assert code in found, sorted(found)
    assert found[code] == SIGNAL_MESSAGES[code]
    _assert_spanish(found.values())


def test_crafted_messages_reach_every_signal_text() -> None:
    seen: set[str] = set()
    for _, text in CASES:
        seen.update(_signal_texts(analyse(text)).values())
    assert seen == set(SIGNAL_MESSAGES.values())
    _assert_spanish(seen)


@pytest.mark.parametrize("region", ["US", "GB", "ES", "SG"])
def test_signal_reasons_are_translated_for_calls_and_regions(region: str) -> None:
    seen: set[str] = set()
    for code, texts in CRAFTED.items():
        report = analyse("A man called me and said: " + texts[0], kind="call", region=region)
        seen.update(_signal_texts(report).values())
        report = analyse(texts[1], region=region, sender="+44 7700 900123")
        found = _signal_texts(report)
        assert code in found, (code, sorted(found))
        seen.update(found.values())
    assert len(seen) >= 80
    _assert_spanish(seen)


def test_signal_reasons_in_emails_are_translated() -> None:
    seen: set[str] = set()
    for code, texts in CRAFTED.items():
        fired = False
        for text in texts:
            raw = ("From: Help Desk <help@example.net>\r\nTo: you@example.org\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n").encode("utf-8")
            found = _signal_texts(analyse_email(raw))
            fired = fired or code in found
            seen.update(found.values())
        assert fired, code
    assert seen == set(SIGNAL_MESSAGES.values())
    _assert_spanish(seen)


def test_signal_reasons_on_the_sms_dev_set_are_translated() -> None:
    with DEV_SET.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 1000
    seen: dict[str, str] = {}
    for row in rows:
        seen.update(_signal_texts(analyse(row["text"])))
    assert len(seen) >= 25, sorted(seen)
    _assert_spanish(seen.values())
