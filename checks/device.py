"""Rules over this computer's facts: encryption, firewall, updates, screen lock, antivirus,
operating-system end of life and browser versions.

Facts come from ``app/probes`` (one dict per probe, ``"ok"`` + data or ``"reason"``); the
end-of-life snapshot (resources/eol.json) and the clock are passed in. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from checks.base import Severity
from checks.i18n import N_, NP_
from checks.network import Item, Status, reason_text, unknown_item
from checks.parsers.common import version_tuple

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
        if (version == cyc or version.startswith(cyc + ".")) and (
            best is None or len(cyc) > len(str(best.get("cycle")))
        ):
            best = c
    return dict(best) if best else None


def os_item(os_fact: Mapping[str, Any] | None, eol: Mapping[str, Any], today: dt.date) -> Item:
    title = N_("Operating system updates")
    if not os_fact or not os_fact.get("ok"):
        return unknown_item("os_support", title, os_fact)
    name = str(os_fact.get("name") or os_fact.get("product") or "") or N_("this system")
    cycle = find_cycle(os_fact, eol)
    snap = _date(eol.get("snapshot_date"))
    stale = snap is not None and (today - snap).days > 365
    listed = snap if snap else ""  # a date: written in the reader's form when shown
    stale_note = " " + N_("(Hearth's list is from {listed}; it may be out of date.)", listed=listed) if stale and snap else ""
    if cycle is None:
        return Item(
            "os_support",
            title,
            Status.UNKNOWN,
            N_("Couldn't check: {name} is not in Hearth's end-of-life list from {listed}.", name=name, listed=listed) if snap
            else N_("Couldn't check: {name} is not in Hearth's end-of-life list.", name=name),
            (N_("Search the web for '<your system> end of life' to see whether it still gets security fixes."),),
        )
    eol_date = _date(cycle.get("eol"))
    support_date = _date(cycle.get("support"))
    ends = eol_date if eol_date else ""
    upgrade = {
        "windows": (
            N_("Open Settings > Windows Update and install the newest 'feature update' it offers."),
            N_("If your computer cannot run Windows 11, enrol in Extended Security Updates (Settings > Windows Update) or plan to replace it."),
        ),
        "macos": (
            N_("Open System Settings > General > Software Update and install the newest macOS it offers."),
            N_("If your Mac cannot run a newer macOS, plan to replace it, and keep your browser up to date meanwhile."),
        ),
    }.get(str(os_fact.get("product")), (
        N_("Back up your files, then upgrade to the next release with your system's upgrade tool "
           "(Ubuntu: Software Updater; Fedora: GNOME Software; Debian: follow the release notes)."),
        N_("If that is too hard, ask someone who knows Linux to help, or reinstall with a supported release."),
    ))
    if eol_date is not None and today >= eol_date:
        return Item(
            "os_support",
            title,
            Status.RISKY,
            N_("{name} stopped getting security fixes on {ends}. New attacks on it will never be fixed.", name=name, ends=ends) + stale_note,
            upgrade,
            (N_("{name}, support ended {ends}", name=name, ends=ends),),
            Severity.HIGH,
        )
    if support_date is not None and today >= support_date:
        since = support_date
        return Item(
            "os_support",
            title,
            Status.ATTENTION,
            (N_("{name} only gets reduced (long-term) security fixes since {since}, and none after {ends}.", name=name, since=since, ends=ends) if eol_date
             else N_("{name} only gets reduced (long-term) security fixes since {since}.", name=name, since=since)) + stale_note,
            upgrade,
            (f"{name}",),
            Severity.MEDIUM,
        )
    if eol_date is not None and (eol_date - today).days <= 90:
        days = (eol_date - today).days
        return Item(
            "os_support",
            title,
            Status.ATTENTION,
            N_("{name} stops getting security fixes on {ends}, in {days} days.", name=name, ends=ends, days=days) + stale_note,
            upgrade,
            (f"{name}",),
            Severity.LOW,
        )
    detail = N_("{name} still gets security fixes until {ends}.", name=name, ends=ends) if eol_date else N_("{name} still gets security fixes.", name=name)
    return Item("os_support", title, Status.GOOD, detail + stale_note, (), (f"{name}",))


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


def _update_it_yourself(name: str = "") -> tuple[str, ...]:
    name = name or N_("your web browser")
    return (
        N_("Open {name}'s menu and choose Help > About (on a Mac: the browser's name menu > About). It checks for updates and installs them; restart it when it asks.", name=name),
    )


def browser_items(browsers: Mapping[str, Any] | None, eol: Mapping[str, Any], today: dt.date) -> list[Item]:
    if browsers is None:
        return []
    if not browsers.get("ok"):
        return [unknown_item("browsers", N_("Web browsers"), browsers, _update_it_yourself())]
    found = list(browsers.get("found") or [])
    if not found:
        return [Item("browsers", N_("Web browsers"), Status.UNKNOWN, N_("Couldn't check: no known web browser was found on this computer."),
                     (N_("If you use a web browser here that Hearth does not know, open its menu and choose Help > About: "
                         "it checks for updates and installs them."),))]
    current = eol.get("browsers") or {}
    items = []
    for b in found:
        key = str(b.get("key"))
        name = BROWSER_NAMES.get(key, key)
        version = str(b.get("version") or "")
        have = version_tuple(version)
        entry = current.get(key)
        item_id = f"browser_{key}"
        title = N_("{name} version", name=name)
        if not have or not entry:
            items.append(Item(item_id, title, Status.UNKNOWN, N_("Couldn't check {name} {version}: Hearth has no current version for it.", name=name, version=version),
                              _update_it_yourself(name)))
            continue
        esr = [int(x) for x in entry.get("esr") or []]
        want = expected_major(entry, today)
        if want is None:
            items.append(Item(item_id, title, Status.UNKNOWN, N_("Couldn't check {name}: Hearth's version list is unreadable.", name=name),
                              _update_it_yourself(name)))
            continue
        projected = want != int(entry["major"])
        slack = 2 if projected else 1  # projection from the snapshot's date can be one release off
        behind = want - have[0]
        if have[0] in esr or behind <= slack - 1 or behind <= 0:
            detail = (N_("{name} {version} is up to date (extended support release).", name=name, version=version) if have[0] in esr
                      else N_("{name} {version} is up to date.", name=name, version=version))
            items.append(Item(item_id, title, Status.GOOD, detail, (), (f"{name} {version}",)))
            continue
        sev = Severity.HIGH if behind > 3 else Severity.MEDIUM
        items.append(
            Item(
                item_id,
                title,
                Status.RISKY if behind > 3 else Status.ATTENTION,
                N_("{name} {version} is about {behind} versions behind (current is about {want}). Old browsers have known holes that websites can use.", name=name, version=version, behind=behind, want=want),
                (
                    N_("Open {name}'s menu > Help > About {name}: it checks for updates and downloads them.", name=name),
                    N_("Close all its windows and open it again to finish updating."),
                    N_("If it says it is managed or cannot update, reinstall it from its official website or your system's software centre."),
                ),
                (f"{name} {version}",),
                sev,
            )
        )
    return items


# -- the other device items ------------------------------------------------------------------


def encryption_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = N_("Disk encryption")
    how = {
        "windows": (
            N_("Open Settings > Privacy & security > Device encryption (Home) or search for 'Manage BitLocker' (Pro) and turn it on."),
            N_("Save the recovery key in your Microsoft account or print it. Keep it somewhere safe, not on this computer."),
        ),
        "macos": (
            N_("Open System Settings > Privacy & Security > FileVault and click Turn On."),
            N_("Choose to keep the recovery key with your Apple Account, or write it down and keep it somewhere safe, not on this Mac."),
        ),
    }.get(system, (
        N_("On Linux, encryption (LUKS) is usually chosen when the system is installed."),
        N_("Back up your files; when you next reinstall, tick 'Encrypt the new installation' (Ubuntu) or 'Encrypt my data' (Fedora)."),
        N_("Write down the encryption passphrase and keep it somewhere safe."),
    ))
    if not fact or not fact.get("ok"):
        return unknown_item("disk_encryption", title, fact, how[:1])
    state = fact.get("state")
    method = str(fact.get("method") or "")
    what = method or N_("encryption")
    if state == "on":
        detail = (N_("This computer's disk is encrypted ({method}). If it is stolen, your files cannot be read.", method=method) if method
                  else N_("This computer's disk is encrypted. If it is stolen, your files cannot be read."))
        return Item("disk_encryption", title, Status.GOOD, detail, (N_("Make sure you know where the recovery key is."),), (N_("{what}: on", what=what),))
    if state == "encrypting":
        return Item("disk_encryption", title, Status.GOOD, N_("Encryption is being switched on right now. Keep the computer plugged in until it finishes."), (), (N_("encrypting"),))
    if state == "not_encryptable":
        return Item("disk_encryption", title, Status.UNKNOWN, N_("Couldn't check: this drive does not support encryption."), how[:1])
    return Item(
        "disk_encryption",
        title,
        Status.RISKY,
        N_("This computer's disk is not encrypted. If it is lost or stolen, anyone can read your files, saved passwords and photos."),
        how,
        (N_("{what}: off", what=what) if not state or state == "off" else f"{what}: {state}",),
        Severity.HIGH,
    )


def firewall_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = N_("Firewall")
    how = {
        "windows": (N_("Open Start > Windows Security > Firewall & network protection and turn on each network type."),),
        "macos": (N_("Open System Settings > Network > Firewall and switch it on."),),
    }.get(system, (N_("Ubuntu/Debian: open a terminal and run 'sudo ufw enable'. Fedora: 'sudo systemctl enable --now firewalld'."),))
    if not fact or not fact.get("ok"):
        return unknown_item("firewall", title, fact, how)
    if fact.get("enabled"):
        product = str(fact.get("product") or "")
        detail = N_("The firewall is on ({product}).", product=product) if product else N_("The firewall is on.")
        return Item("firewall", title, Status.GOOD, detail, (), tuple(fact.get("evidence") or ()))
    if system == "linux":
        listeners = int(fact.get("listeners") or 0)
        return Item(
            "firewall",
            title,
            Status.ATTENTION,
            NP_("No firewall is switched on. Behind a home router that is a small risk, but {n} program accepts connections from the network.",
                "No firewall is switched on. Behind a home router that is a small risk, but {n} programs accept connections from the network.", n=listeners) if listeners
            else N_("No firewall is switched on. Behind a home router that is a small risk, "
                    "and no program accepts connections from the network now."),
            how,
            tuple(fact.get("evidence") or ()),
            Severity.MEDIUM if listeners else Severity.LOW,
        )
    return Item(
        "firewall",
        title,
        Status.RISKY if system == "windows" else Status.ATTENTION,
        N_("The firewall is off, so other devices on the network (and on public Wi-Fi, anyone nearby) can reach programs on this computer."),
        how,
        tuple(fact.get("evidence") or ()),
        Severity.HIGH if system == "windows" else Severity.MEDIUM,
    )


def updates_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = N_("Waiting updates")
    how = {
        "windows": (N_("Save your work."), N_("Open Settings > Windows Update and click 'Download & install', then 'Restart now'.")),
        "macos": (N_("Save your work."), N_("Open System Settings > General > Software Update and click 'Update Now'.")),
    }.get(system, (N_("Save your work."), N_("Open Software Updater (Ubuntu) or Software > Updates (Fedora) and install everything, then restart.")))
    if not fact or not fact.get("ok"):
        return unknown_item("updates", title, fact, how[1:])
    pending = int(fact.get("pending") or 0)
    security = int(fact.get("security") or 0)
    age = fact.get("lists_age_days")
    old = isinstance(age, int) and age > 7
    if pending == 0:
        detail = (N_("No updates are waiting (the update list was last refreshed {age} days ago).", age=age) if old
                  else N_("No updates are waiting."))
        return Item("updates", title, Status.GOOD, detail, (), ())
    if security > 0:
        return Item(
            "updates",
            title,
            Status.RISKY,
            NP_("{n} security update is waiting ({pending} in total) (the update list was last refreshed {age} days ago). It fixes holes that attackers know about.",
                "{n} security updates are waiting ({pending} in total) (the update list was last refreshed {age} days ago). They fix holes that attackers know about.", n=security, pending=pending, age=age) if old
            else NP_("{n} security update is waiting ({pending} in total). It fixes holes that attackers know about.",
                     "{n} security updates are waiting ({pending} in total). They fix holes that attackers know about.", n=security, pending=pending),
            how,
            (N_("{pending} updates, {security} security", pending=pending, security=security),),
            Severity.HIGH,
        )
    detail = (NP_("{n} update is waiting (the update list was last refreshed {age} days ago).",
                  "{n} updates are waiting (the update list was last refreshed {age} days ago).", n=pending, age=age) if old
              else NP_("{n} update is waiting.", "{n} updates are waiting.", n=pending))
    return Item("updates", title, Status.ATTENTION, detail, how, (N_("{pending} updates", pending=pending),), Severity.LOW)


def auto_updates_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = N_("Automatic updates")
    how = {
        "windows": (N_("Open Settings > Windows Update; if updates are paused, click 'Resume updates'."), N_("Under Advanced options, switch on 'Receive updates for other Microsoft products'.")),
        "macos": (N_("Open System Settings > General > Software Update and click the (i) next to Automatic Updates."), N_("Switch on every option, especially 'Install Security Responses and system files'.")),
    }.get(system, (N_("Ubuntu/Debian: open Software & Updates > Updates and set 'When there are security updates' to 'Download and install automatically'."), N_("Fedora: run 'sudo dnf install dnf-automatic' and 'sudo systemctl enable --now dnf-automatic.timer'.")))
    if not fact or not fact.get("ok"):
        return unknown_item("auto_updates", title, fact, how)
    if fact.get("enabled"):
        return Item("auto_updates", title, Status.GOOD, N_("Security updates are installed automatically."), (), tuple(fact.get("evidence") or ()))
    return Item(
        "auto_updates",
        title,
        Status.ATTENTION,
        N_("Security updates are not installed automatically, so fixes can wait for weeks."),
        how,
        tuple(fact.get("evidence") or ()),
        Severity.MEDIUM,
    )


def screen_lock_item(fact: Mapping[str, Any] | None, system: str) -> Item:
    title = N_("Screen lock")
    how = {
        "windows": (N_("Open Settings > Accounts > Sign-in options and set 'If you've been away' to 'When PC wakes up from sleep'."), N_("Open Settings > System > Power and set the screen to turn off after 5 or 10 minutes.")),
        "macos": (N_("Open System Settings > Lock Screen."), N_("Set 'Require password after screen saver begins or display is turned off' to 'Immediately' and the display to turn off after 5–10 minutes.")),
    }.get(system, (N_("Open Settings > Privacy > Screen Lock (GNOME) or System Settings > Screen Locking (KDE)."), N_("Switch on automatic screen lock and set the blank-screen delay to 5 or 10 minutes.")))
    if not fact or not fact.get("ok"):
        return unknown_item("screen_lock", title, fact, how)
    delay = fact.get("delay_seconds")
    if not fact.get("lock_enabled"):
        return Item("screen_lock", title, Status.ATTENTION, N_("The screen does not lock by itself, so anyone passing by can use this computer while you are away."), how, (), Severity.MEDIUM)
    if isinstance(delay, int) and delay > LOCK_GOOD_SECONDS:
        minutes = delay // 60
        return Item("screen_lock", title, Status.ATTENTION, N_("The screen locks only after {minutes} minutes. Set it to lock after 5–10 minutes.", minutes=minutes), how, (f"{delay} s",), Severity.LOW)
    if delay == 0:
        detail = N_("The screen locks right away.")
    elif isinstance(delay, int) and delay >= 60:
        minutes = delay // 60
        detail = NP_("The screen locks after {n} minute.", "The screen locks after {n} minutes.", n=minutes)
    elif isinstance(delay, int):
        detail = N_("The screen locks after {delay} seconds.", delay=delay)
    else:
        detail = N_("The screen locks by itself.")
    return Item("screen_lock", title, Status.GOOD, detail, (), (f"{delay} s",) if isinstance(delay, int) else ())


def antivirus_item(fact: Mapping[str, Any] | None, system: str) -> Item | None:
    title = N_("Virus protection")
    if system == "linux":
        return None  # no nagging on Linux (LOCAL_CHECKS B6)
    if system == "macos":
        mac_title = N_("App checking (Gatekeeper)")
        if not fact or not fact.get("ok"):
            return unknown_item("antivirus", mac_title, fact)
        if fact.get("gatekeeper"):
            return Item("antivirus", mac_title, Status.GOOD, N_("macOS checks apps before they open (Gatekeeper and XProtect are on)."))
        return Item(
            "antivirus",
            mac_title,
            Status.RISKY,
            N_("macOS's app checking (Gatekeeper) is switched off, so harmful apps can open without a warning."),
            (N_("Open Terminal and run: sudo spctl --global-enable"), N_("Then in System Settings > Privacy & Security, set 'Allow applications from' to 'App Store and identified developers'.")),
            (),
            Severity.HIGH,
        )
    how = (N_("Open Start > Windows Security > Virus & threat protection."), N_("Turn on Real-time protection (or open your antivirus program and turn it on), then click 'Check for updates'."))
    if not fact or not fact.get("ok"):
        return unknown_item("antivirus", title, fact, how)
    products = list(fact.get("products") or [])
    on = [p for p in products if p.get("enabled")]
    evidence = tuple(_antivirus_evidence(p) for p in products)
    if not on:
        return Item("antivirus", title, Status.RISKY, N_("No virus protection is switched on."), how, evidence, Severity.HIGH)
    stale = [p for p in on if not p.get("up_to_date")]
    if stale:
        name = stale[0].get("name")
        return Item("antivirus", title, Status.ATTENTION, N_("{name} is on but its virus list is out of date.", name=name), how, evidence, Severity.MEDIUM)
    name = on[0].get("name")
    return Item("antivirus", title, Status.GOOD, N_("{name} is on and up to date.", name=name), (), evidence)


def _antivirus_evidence(product: Mapping[str, Any]) -> str:
    name = product.get("name")
    if product.get("enabled"):
        return N_("{name}: on, up to date", name=name) if product.get("up_to_date") else N_("{name}: on, out of date", name=name)
    return N_("{name}: off, up to date", name=name) if product.get("up_to_date") else N_("{name}: off, out of date", name=name)


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


__all__ = ["evaluate_device", "reason_text", "Status", "Item"]
