"""Rules over this computer's facts: encryption, firewall, updates, screen lock, antivirus,
operating-system end of life and browser versions.

Facts come from ``app/probes`` (one dict per probe, ``"ok"`` + data or ``"reason"``); the
end-of-life snapshot (resources/eol.json) and the clock are passed in. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from checks.base import CheckContext, Finding, Severity, Subject
from checks.network import Item, Status, reason_text, unknown_item
from checks.parsers.common import version_tuple
from checks.registry import register

LOCK_GOOD_SECONDS = 15 * 60  # CIS / NIST mSCP: lock within 15 minutes (1200 s max)

_SYSTEM_WORDS = {"windows": "Windows", "macos": "macOS", "linux": "Linux"}


def _date(value: Any) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


# -- operating system end of life -----------------------------------------------------------


def find_cycle(os_fact: Mapping[str, Any], eol: Mapping[str, Any]) -> dict[str, Any] | None:
    """The snapshot's release cycle for this OS, or None when it is not listed."""
    products = eol.get("products") or {}
    product = str(os_fact.get("product") or "")
    cycles = products.get(product) or []
    if product == "windows":
        major = str(os_fact.get("major") or "")
        dv = str(os_fact.get("display_version") or "").upper()
        line = "enterprise" if os_fact.get("enterprise") else "home_pro"
        if os_fact.get("ltsc"):
            line = "ltsc"
        for c in cycles:
            if c.get("major") == major and str(c.get("version", "")).upper() == dv and c.get("line") == line:
                return dict(c)
        if major == "10" and line != "ltsc":  # every Windows 10 release but LTSC ended with 22H2
            for c in cycles:
                if c.get("major") == "10" and c.get("line") == line and str(c.get("version")).upper() == "22H2":
                    return dict(c, note="older Windows 10 releases ended earlier")
        return None
    version = str(os_fact.get("version") or "")
    best = None
    for c in cycles:
        cyc = str(c.get("cycle"))
        if version == cyc or version.startswith(cyc + "."):
            if best is None or len(cyc) > len(str(best.get("cycle"))):
                best = c
    return dict(best) if best else None


def os_item(os_fact: Mapping[str, Any] | None, eol: Mapping[str, Any], today: dt.date) -> Item:
    title = "Operating system updates"
    if not os_fact or not os_fact.get("ok"):
        return unknown_item("os_support", title, os_fact)
    name = str(os_fact.get("name") or os_fact.get("product") or "this system")
    cycle = find_cycle(os_fact, eol)
    snap = _date(eol.get("snapshot_date"))
    stale = snap is not None and (today - snap).days > 365
    stale_note = f" (Hearth's list is from {snap.isoformat()}; it may be out of date.)" if stale and snap else ""
    if cycle is None:
        return Item(
            "os_support",
            title,
            Status.UNKNOWN,
            f"Couldn't check: {name} is not in Hearth's end-of-life list" + (f" from {snap.isoformat()}" if snap else "") + ".",
            ("Search the web for '<your system> end of life' to see whether it still gets security fixes.",),
        )
    eol_date = _date(cycle.get("eol"))
    support_date = _date(cycle.get("support"))
    upgrade = {
        "windows": (
            "Open Settings > Windows Update and install the newest 'feature update' it offers.",
            "If your computer cannot run Windows 11, enrol in Extended Security Updates (Settings > Windows Update) or plan to replace it.",
        ),
        "macos": (
            "Open System Settings > General > Software Update and install the newest macOS it offers.",
            "If your Mac cannot run a newer macOS, plan to replace it, and keep your browser up to date meanwhile.",
        ),
    }.get(str(os_fact.get("product")), (
        "Back up your files, then upgrade to the next release with your system's upgrade tool "
        "(Ubuntu: Software Updater; Fedora: GNOME Software; Debian: follow the release notes).",
        "If that is too hard, ask someone who knows Linux to help, or reinstall with a supported release.",
    ))
    if eol_date is not None and today >= eol_date:
        return Item(
            "os_support",
            title,
            Status.RISKY,
            f"{name} stopped getting security fixes on {eol_date.isoformat()}. New attacks on it will never be fixed.{stale_note}",
            upgrade,
            (f"{name}, support ended {eol_date.isoformat()}",),
            Severity.HIGH,
        )
    if support_date is not None and today >= support_date:
        return Item(
            "os_support",
            title,
            Status.ATTENTION,
            f"{name} only gets reduced (long-term) security fixes since {support_date.isoformat()}"
            + (f", and none after {eol_date.isoformat()}" if eol_date else "") + f".{stale_note}",
            upgrade,
            (f"{name}",),
            Severity.MEDIUM,
        )
    if eol_date is not None and (eol_date - today).days <= 90:
        return Item(
            "os_support",
            title,
            Status.ATTENTION,
            f"{name} stops getting security fixes on {eol_date.isoformat()}, in {(eol_date - today).days} days.{stale_note}",
            upgrade,
            (f"{name}",),
            Severity.LOW,
        )
    until = f" until {eol_date.isoformat()}" if eol_date else ""
    return Item("os_support", title, Status.GOOD, f"{name} still gets security fixes{until}.{stale_note}", (), (f"{name}",))


# -- browsers ---------------------------------------------------------------------------------

BROWSER_NAMES = {"chrome": "Google Chrome", "edge": "Microsoft Edge", "firefox": "Firefox", "brave": "Brave", "chromium": "Chromium", "safari": "Safari", "opera": "Opera", "vivaldi": "Vivaldi"}


def expected_major(entry: Mapping[str, Any], today: dt.date) -> int | None:
    """The major version a browser should be at today, projected from the snapshot and its release rhythm."""
    try:
        major = int(entry["major"])
    except (KeyError, TypeError, ValueError):
        return None
    released = _date(entry.get("released"))
    every = int(entry.get("cadence_days") or 0)
    if released is None or every <= 0 or today <= released:
        return major
    return major + (today - released).days // every


def _update_it_yourself(name: str = "your web browser") -> tuple[str, ...]:
    return (
        f"Open {name}'s menu and choose Help > About (on a Mac: the browser's name menu > About). "
        "It checks for updates and installs them; restart it when it asks.",
    )


def browser_items(browsers: Mapping[str, Any] | None, eol: Mapping[str, Any], today: dt.date) -> list[Item]:
    if browsers is None:
        return []
    if not browsers.get("ok"):
        return [unknown_item("browsers", "Web browsers", browsers, _update_it_yourself())]
    found = list(browsers.get("found") or [])
    if not found:
        return [Item("browsers", "Web browsers", Status.UNKNOWN, "Couldn't check: no known web browser was found on this computer.",
                     ("If you use a web browser here that Hearth does not know, open its menu and choose Help > About: "
                      "it checks for updates and installs them.",))]
    current = eol.get("browsers") or {}
    items = []
    for b in found:
        key = str(b.get("key"))
        name = BROWSER_NAMES.get(key, key)
        version = str(b.get("version") or "")
        have = version_tuple(version)
        entry = current.get(key)
        item_id = f"browser_{key}"
        title = f"{name} version"
        if not have or not entry:
            items.append(Item(item_id, title, Status.UNKNOWN, f"Couldn't check {name} {version}: Hearth has no current version for it.",
                              _update_it_yourself(name)))
            continue
        esr = [int(x) for x in entry.get("esr") or []]
        want = expected_major(entry, today)
        if want is None:
            items.append(Item(item_id, title, Status.UNKNOWN, f"Couldn't check {name}: Hearth's version list is unreadable.",
                              _update_it_yourself(name)))
            continue
        projected = want != int(entry["major"])
        slack = 2 if projected else 1  # projection from the snapshot's date can be one release off
        behind = want - have[0]
        if have[0] in esr or behind <= slack - 1 or behind <= 0:
            items.append(Item(item_id, title, Status.GOOD, f"{name} {version} is up to date" + (" (extended support release)." if have[0] in esr else "."), (), (f"{name} {version}",)))
            continue
        sev = Severity.HIGH if behind > 3 else Severity.MEDIUM
        items.append(
            Item(
                item_id,
                title,
                Status.RISKY if behind > 3 else Status.ATTENTION,
                f"{name} {version} is about {behind} versions behind (current is about {want}). Old browsers have known holes "
                "that websites can use.",
                (
                    f"Open {name}'s menu > Help > About {name}: it checks for updates and downloads them.",
                    "Close all its windows and open it again to finish updating.",
                    "If it says it is managed or cannot update, reinstall it from its official website or your system's software centre.",
                ),
                (f"{name} {version}",),
                sev,
            )
        )
    return items


# -- the other device items ------------------------------------------------------------------


def encryption_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = "Disk encryption"
    how = {
        "windows": (
            "Open Settings > Privacy & security > Device encryption (Home) or search for 'Manage BitLocker' (Pro) and turn it on.",
            "Save the recovery key in your Microsoft account or print it. Keep it somewhere safe, not on this computer.",
        ),
        "macos": (
            "Open System Settings > Privacy & Security > FileVault and click Turn On.",
            "Choose to keep the recovery key with your Apple Account, or write it down and keep it somewhere safe, not on this Mac.",
        ),
    }.get(system, (
        "On Linux, encryption (LUKS) is usually chosen when the system is installed.",
        "Back up your files; when you next reinstall, tick 'Encrypt the new installation' (Ubuntu) or 'Encrypt my data' (Fedora).",
        "Write down the encryption passphrase and keep it somewhere safe.",
    ))
    if not fact or not fact.get("ok"):
        return unknown_item("disk_encryption", title, fact, how[:1])
    state = fact.get("state")
    method = str(fact.get("method") or "")
    if state == "on":
        return Item("disk_encryption", title, Status.GOOD, f"This computer's disk is encrypted{f' ({method})' if method else ''}. If it is stolen, your files cannot be read.", ("Make sure you know where the recovery key is.",), (f"{method or 'encryption'}: on",))
    if state == "encrypting":
        return Item("disk_encryption", title, Status.GOOD, "Encryption is being switched on right now. Keep the computer plugged in until it finishes.", (), ("encrypting",))
    if state == "not_encryptable":
        return Item("disk_encryption", title, Status.UNKNOWN, "Couldn't check: this drive does not support encryption.", how[:1])
    return Item(
        "disk_encryption",
        title,
        Status.RISKY,
        "This computer's disk is not encrypted. If it is lost or stolen, anyone can read your files, saved passwords and photos.",
        how,
        (f"{method or 'encryption'}: {state or 'off'}",),
        Severity.HIGH,
    )


def firewall_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = "Firewall"
    how = {
        "windows": ("Open Start > Windows Security > Firewall & network protection and turn on each network type.",),
        "macos": ("Open System Settings > Network > Firewall and switch it on.",),
    }.get(system, ("Ubuntu/Debian: open a terminal and run 'sudo ufw enable'. Fedora: 'sudo systemctl enable --now firewalld'.",))
    if not fact or not fact.get("ok"):
        return unknown_item("firewall", title, fact, how)
    if fact.get("enabled"):
        return Item("firewall", title, Status.GOOD, "The firewall is on" + (f" ({fact['product']})" if fact.get("product") else "") + ".", (), tuple(fact.get("evidence") or ()))
    if system == "linux":
        listeners = int(fact.get("listeners") or 0)
        return Item(
            "firewall",
            title,
            Status.ATTENTION,
            "No firewall is switched on. Behind a home router that is a small risk"
            + (f", but {listeners} program(s) accept connections from the network." if listeners else ", and no program accepts connections from the network now."),
            how,
            tuple(fact.get("evidence") or ()),
            Severity.MEDIUM if listeners else Severity.LOW,
        )
    return Item(
        "firewall",
        title,
        Status.RISKY if system == "windows" else Status.ATTENTION,
        "The firewall is off, so other devices on the network (and on public Wi-Fi, anyone nearby) can reach programs on this computer.",
        how,
        tuple(fact.get("evidence") or ()),
        Severity.HIGH if system == "windows" else Severity.MEDIUM,
    )


def updates_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = "Waiting updates"
    how = {
        "windows": ("Save your work.", "Open Settings > Windows Update and click 'Download & install', then 'Restart now'."),
        "macos": ("Save your work.", "Open System Settings > General > Software Update and click 'Update Now'."),
    }.get(system, ("Save your work.", "Open Software Updater (Ubuntu) or Software > Updates (Fedora) and install everything, then restart."))
    if not fact or not fact.get("ok"):
        return unknown_item("updates", title, fact, how[1:])
    pending = int(fact.get("pending") or 0)
    security = int(fact.get("security") or 0)
    age = fact.get("lists_age_days")
    note = f" (the update list was last refreshed {age} days ago)" if isinstance(age, int) and age > 7 else ""
    if pending == 0:
        return Item("updates", title, Status.GOOD, f"No updates are waiting{note}.", (), ())
    if security > 0:
        return Item(
            "updates",
            title,
            Status.RISKY,
            f"{security} security update(s) are waiting ({pending} in total){note}. They fix holes that attackers know about.",
            how,
            (f"{pending} updates, {security} security",),
            Severity.HIGH,
        )
    return Item("updates", title, Status.ATTENTION, f"{pending} update(s) are waiting{note}.", how, (f"{pending} updates",), Severity.LOW)


def auto_updates_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = "Automatic updates"
    how = {
        "windows": ("Open Settings > Windows Update; if updates are paused, click 'Resume updates'.", "Under Advanced options, switch on 'Receive updates for other Microsoft products'."),
        "macos": ("Open System Settings > General > Software Update and click the (i) next to Automatic Updates.", "Switch on every option, especially 'Install Security Responses and system files'."),
    }.get(system, ("Ubuntu/Debian: open Software & Updates > Updates and set 'When there are security updates' to 'Download and install automatically'.", "Fedora: run 'sudo dnf install dnf-automatic' and 'sudo systemctl enable --now dnf-automatic.timer'."))
    if not fact or not fact.get("ok"):
        return unknown_item("auto_updates", title, fact, how)
    if fact.get("enabled"):
        return Item("auto_updates", title, Status.GOOD, "Security updates are installed automatically.", (), tuple(fact.get("evidence") or ()))
    return Item(
        "auto_updates",
        title,
        Status.ATTENTION,
        "Security updates are not installed automatically, so fixes can wait for weeks.",
        how,
        tuple(fact.get("evidence") or ()),
        Severity.MEDIUM,
    )


def screen_lock_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = "Screen lock"
    how = {
        "windows": ("Open Settings > Accounts > Sign-in options and set 'If you've been away' to 'When PC wakes up from sleep'.", "Open Settings > System > Power and set the screen to turn off after 5 or 10 minutes."),
        "macos": ("Open System Settings > Lock Screen.", "Set 'Require password after screen saver begins or display is turned off' to 'Immediately' and the display to turn off after 5–10 minutes."),
    }.get(system, ("Open Settings > Privacy > Screen Lock (GNOME) or System Settings > Screen Locking (KDE).", "Switch on automatic screen lock and set the blank-screen delay to 5 or 10 minutes."))
    if not fact or not fact.get("ok"):
        return unknown_item("screen_lock", title, fact, how)
    delay = fact.get("delay_seconds")
    if not fact.get("lock_enabled"):
        return Item("screen_lock", title, Status.ATTENTION, "The screen does not lock by itself, so anyone passing by can use this computer while you are away.", how, (), Severity.MEDIUM)
    if isinstance(delay, int) and delay > LOCK_GOOD_SECONDS:
        return Item("screen_lock", title, Status.ATTENTION, f"The screen locks only after {delay // 60} minutes. Set it to lock after 5–10 minutes.", how, (f"{delay} s",), Severity.LOW)
    words = "right away" if delay == 0 else f"after {delay // 60} minute(s)" if isinstance(delay, int) and delay >= 60 else f"after {delay} seconds" if isinstance(delay, int) else "by itself"
    return Item("screen_lock", title, Status.GOOD, f"The screen locks {words}.", (), (f"{delay} s",) if isinstance(delay, int) else ())


def antivirus_item(fact: Mapping[str, Any] | None, system: str) -> Item | None:
    title = "Virus protection"
    if system == "linux":
        return None  # no nagging on Linux (LOCAL_CHECKS B6)
    if system == "macos":
        if not fact or not fact.get("ok"):
            return unknown_item("antivirus", "App checking (Gatekeeper)", fact)
        if fact.get("gatekeeper"):
            return Item("antivirus", "App checking (Gatekeeper)", Status.GOOD, "macOS checks apps before they open (Gatekeeper and XProtect are on).")
        return Item(
            "antivirus",
            "App checking (Gatekeeper)",
            Status.RISKY,
            "macOS's app checking (Gatekeeper) is switched off, so harmful apps can open without a warning.",
            ("Open Terminal and run: sudo spctl --global-enable", "Then in System Settings > Privacy & Security, set 'Allow applications from' to 'App Store and identified developers'."),
            (),
            Severity.HIGH,
        )
    how = ("Open Start > Windows Security > Virus & threat protection.", "Turn on Real-time protection (or open your antivirus program and turn it on), then click 'Check for updates'.")
    if not fact or not fact.get("ok"):
        return unknown_item("antivirus", title, fact, how)
    products = list(fact.get("products") or [])
    on = [p for p in products if p.get("enabled")]
    evidence = tuple(f"{p.get('name')}: {'on' if p.get('enabled') else 'off'}, {'up to date' if p.get('up_to_date') else 'out of date'}" for p in products)
    if not on:
        return Item("antivirus", title, Status.RISKY, "No virus protection is switched on.", how, evidence, Severity.HIGH)
    stale = [p for p in on if not p.get("up_to_date")]
    if stale:
        return Item("antivirus", title, Status.ATTENTION, f"{stale[0].get('name')} is on but its virus list is out of date.", how, evidence, Severity.MEDIUM)
    return Item("antivirus", title, Status.GOOD, f"{on[0].get('name')} is on and up to date.", (), evidence)


def evaluate_device(facts: Mapping[str, Any], eol: Mapping[str, Any], today: dt.date) -> list[Item]:
    system = str((facts.get("os") or {}).get("system") or "")
    items = [
        os_item(facts.get("os"), eol, today),
        updates_item(facts.get("updates"), system),
        auto_updates_item(facts.get("auto_updates"), system),
        encryption_item(facts.get("disk_encryption"), system),
        firewall_item(facts.get("firewall"), system),
        screen_lock_item(facts.get("screen_lock"), system),
    ]
    av = antivirus_item(facts.get("antivirus"), system)
    if av:
        items.append(av)
    items += browser_items(facts.get("browsers"), eol, today)
    return items


class DeviceHygieneCheck:
    """The checkup step: reads ``ctx.facts["device"]`` and ``ctx.facts["eol"]``."""

    id = "device.hygiene"
    title = "This computer"
    category = "device"

    def run(self, ctx: CheckContext) -> list[Finding]:
        facts = ctx.facts.get("device")
        if not facts:
            return []
        out = []
        for item in evaluate_device(facts, ctx.facts.get("eol") or {}, ctx.now.date()):
            finding = item.to_finding(Subject.DEVICE, self.id)
            if finding:
                out.append(finding)
        return out


register(DeviceHygieneCheck())

__all__ = ["evaluate_device", "reason_text", "Status", "Item"]
