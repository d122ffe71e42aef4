"""The recovery questions and the safe-word question: yes / no / not sure, "no" and "not sure" become findings."""

from __future__ import annotations

import dataclasses

from checks.base import Finding, Severity, Subject
from checks.i18n import N_


@dataclasses.dataclass(frozen=True)
class Question:
    """A yes / no / not sure question whose "no" or "not sure" becomes a finding."""

    id: str
    text: str
    help: str
    severity_no: Severity
    title: str
    why: str
    fix: tuple[str, ...]
    effort_minutes: int = 10


ANSWERS = ("yes", "no", "unsure")
ANSWER_LABELS = {"yes": N_("Yes"), "no": N_("No"), "unsure": N_("Not sure")}

RECOVERY_QUESTIONS: tuple[Question, ...] = (
    Question(
        "email_current",
        N_("Is the recovery e-mail on your main accounts one you can still open?"),
        N_("Websites send a reset link there when you forget your password."),
        Severity.HIGH,
        N_("Check the recovery e-mail on your main accounts"),
        N_(
            "If the recovery e-mail is old or someone else's, you could be locked out, or someone else could take "
            "over your account."
        ),
        (
            N_("Log in to your main e-mail account and open its security or account settings."),
            N_("Find 'recovery e-mail' and make sure it is an address you can open today."),
            N_("Do the same for your bank and your phone company accounts."),
            N_("In Hearth, answer this question again to confirm."),
        ),
    ),
    Question(
        "phone_current",
        N_("Is the recovery phone number on your main accounts your current number?"),
        N_("Many sites text a code to this number when you sign in from a new place."),
        Severity.HIGH,
        N_("Check the recovery phone number on your main accounts"),
        N_("An old phone number may now belong to someone else, who would then receive your codes."),
        (
            N_("Log in to your main e-mail account and open its security settings."),
            N_("Find 'recovery phone' and make sure it is your current mobile number."),
            N_("Do the same for your bank and other key accounts."),
            N_("In Hearth, answer this question again to confirm."),
        ),
    ),
    Question(
        "codes_saved",
        N_("Have you saved the backup (recovery) codes for accounts that have two-step verification?"),
        N_("Backup codes let you in if you lose your phone."),
        Severity.MEDIUM,
        N_("Save the backup codes for your key accounts"),
        N_("Without backup codes, losing your phone can lock you out of your accounts for weeks."),
        (
            N_("Log in to each key account and open its two-step verification settings."),
            N_("Choose 'backup codes' or 'recovery codes' and print them, or write them down."),
            N_("Keep them where you would keep your passport, not in the same bag as your phone."),
            N_("Never type them into a website someone sent you, and never read them out to a caller."),
        ),
        effort_minutes=15,
    ),
    Question(
        "legacy_contact",
        N_("Have you chosen someone who can reach your accounts if something happens to you (a legacy contact)?"),
        N_("Google, Apple and Facebook let you choose a trusted person in advance."),
        Severity.LOW,
        N_("Choose a legacy contact for your key accounts"),
        N_("Without one, your family may be unable to reach your photos, e-mail or accounts after an emergency."),
        (
            N_("Google: open myaccount.google.com, 'Data & privacy', then 'Make a plan for your digital legacy'."),
            N_("Apple: on iPhone open Settings, your name, 'Sign-In & Security', then 'Legacy Contact'."),
            N_("Facebook: open Settings, 'Accounts Center', then 'Memorialization'."),
            N_("Tell the person you chose, and note it in Hearth's legacy checklist."),
        ),
        effort_minutes=20,
    ),
)


def _question_finding(q: Question, answer: str) -> Finding | None:
    if answer == "yes":
        return None
    severity = q.severity_no if answer == "no" else Severity(max(int(Severity.LOW), int(q.severity_no) - 1))
    return Finding(
        check_id=f"recovery.{q.id}",
        subject=Subject.MEMBER,
        severity=severity,
        title=q.title,
        why=q.why,
        fix=q.fix,
        evidence=(N_("answer: no") if answer == "no" else N_("answer: not sure"),),
        effort_minutes=q.effort_minutes,
    )



SAFE_WORD_QUESTION = Question(
    "safe_word",
    N_("Has your family agreed a safe word for phone calls asking for money?"),
    N_("A safe word is a word only your family knows. A caller who cannot say it is not who they claim."),
    Severity.MEDIUM,
    N_("Agree a family safe word"),
    N_(
        "Criminals can copy a relative's voice from a short video and call in a panic asking for money. "
        "A safe word lets you check in seconds."
    ),
    (
        N_("Pick two ordinary words together, for example with Hearth's suggestion."),
        N_("Tell each family member in person, not by text or e-mail, and never post it online."),
        N_("Print the safe word card and keep it somewhere private at home."),
        N_("If a caller asks for money, ask for the safe word. No word: hang up and call back on a number you know."),
    ),
    effort_minutes=10,
)
