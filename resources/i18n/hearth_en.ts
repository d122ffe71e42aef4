<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BusinessPage</name>
    <message numerus="yes">
        <source>{answered} of {total} questions answered; %n gap(s) to close. Gaps also appear in the checkup to-do list.</source>
        <translation>
            <numerusform>{answered} of {total} questions answered; %n gap to close. Gaps also appear in the checkup to-do list.</numerusform>
            <numerusform>{answered} of {total} questions answered; %n gaps to close. Gaps also appear in the checkup to-do list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaregiverPage</name>
    <message numerus="yes">
        <source>To do (%n):</source>
        <translation>
            <numerusform>To do (%n):</numerusform>
            <numerusform>To do (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scam checks (%n):</source>
        <translation>
            <numerusform>Scam checks (%n):</numerusform>
            <numerusform>Scam checks (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s) from a caregiver.</source>
        <translation>
            <numerusform>%n new suggestion from a caregiver.</numerusform>
            <numerusform>%n new suggestions from a caregiver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckupPage</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do this week</source>
        <translation>
            <numerusform>%n thing to do this week</numerusform>
            <numerusform>%n things to do this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>Next checkup: {date} (in %n day(s))</source>
        <translation>
            <numerusform>Next checkup: {date} (in %n day)</numerusform>
            <numerusform>Next checkup: {date} (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source> · %n personal word(s)</source>
        <translation>
            <numerusform> · %n personal word</numerusform>
            <numerusform> · %n personal words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordsPage</name>
    <message numerus="yes">
        <source>Checked %n login(s) from a {fmt} export. The passwords were not saved.</source>
        <translation>
            <numerusform>Checked %n login from a {fmt} export. The passwords were not saved.</numerusform>
            <numerusform>Checked %n logins from a {fmt} export. The passwords were not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a}: found in %n breach(es)</source>
        <translation>
            <numerusform>{a}: found in %n breach</numerusform>
            <numerusform>{a}: found in %n breaches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScamPage</name>
    <message numerus="yes">
        <source>Show all %n red flags</source>
        <translation>
            <numerusform>Show %n red flag</numerusform>
            <numerusform>Show all %n red flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Show all %n requests</source>
        <translation>
            <numerusform>Show %n request</numerusform>
            <numerusform>Show all %n requests</numerusform>
        </translation>
    </message>
</context>
</TS>
