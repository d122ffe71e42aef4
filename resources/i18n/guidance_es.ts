<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>resources/guidance/quiz.json</name>
    <message>
      <source>Scam readiness: five quick questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There are no trick questions and nobody sees your answers. Each answer comes with a short explanation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your grandson calls. He sounds upset: he crashed a car, he is at the police station and needs money for bail today. He begs you not to tell his parents. What do you do?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send the money quickly: he sounds exactly like him.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hang up and call him back on the number you already have, or ask for the family safe word.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask him to send a photo to prove it is him.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Criminals can copy a voice from a few seconds of video online. A real emergency can wait the two minutes it takes to call back on a number you already know. "Don't tell your parents" is a warning sign: it keeps you from checking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agree a family safe word that only your family knows, and never post it online.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If a call asks for money, hang up and call the person back on the number you already have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the pause card by your phone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Someone from "your bank's fraud team" calls. To stop a payment, they ask you to read out the code the bank just texted you. What do you do?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the code: they are trying to help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read only the first half of the code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never share the code. Hang up and call the number on the back of your bank card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Those codes are the key to your account. Your real bank will never ask you to read one out. A caller who asks for it is trying to log in as you right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never read out or forward a code you were sent by text or e-mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If a caller says they are from your bank, hang up and call the number on the back of your card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A loud warning fills your screen: "Your computer is infected! Call Microsoft now on this number." What do you do?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the browser (or restart the computer) and do not call the number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call the number so they can fix it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let them connect to your computer to check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Real companies never put a phone number in a pop-up warning. Tech-support scams are the most reported scam against people over 60. If someone already connected to your computer, turn it off and ask someone you trust for help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If a pop-up says your computer is infected, close the browser. If it will not close, restart the computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never let a caller connect to your computer or install an app you were not expecting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A caller says you owe tax and must pay today with gift cards, or the police will come. What is true?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gift cards are a normal way to pay a government office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anyone who asks you to pay with gift cards, crypto or a wire transfer in a hurry is almost certainly a scammer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It is fine if they give you a reference number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tax offices, police and real companies never ask for gift cards, cryptocurrency or wire transfers by phone. Hurry and threats are how scammers stop you from thinking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If someone asks for gift cards, crypto or a wire transfer, stop: it is a red flag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call the office yourself on a number from its official website or your paperwork.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A text says a parcel could not be delivered and asks you to pay a small fee at a link. What is the best thing to do?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay: it is only a small amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do not use the link. Check on the delivery company's own app or website, which you open yourself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reply STOP to the text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fake delivery texts are common. The small fee is a trick to get your card details. Opening the company's site yourself is the safe way to check. You can forward scam texts to 7726 in the UK, or report them at reportfraud.ftc.gov in the US.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do not tap links in unexpected texts. Open the company's app or type its address yourself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste suspicious messages into Hearth's scam check.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>resources/guidance/business_audit.json</name>
    <message>
      <source>Small-business self-audit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fourteen questions about how your business protects its computers, accounts and data. Answer honestly: nobody else sees this. Each 'no' or 'partly' becomes a gap with the steps to close it, and names the recognised control behind it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asset and device inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do you keep a list of every computer, phone, tablet and online service the business uses, and who uses each?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make a simple list (a spreadsheet is fine): each device, who uses it, and when it was bought.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the online services (e-mail, banking, accounting, website) and who has a login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look at the list every three months and when someone joins or leaves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Firewall and router hardened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is the office router's admin password changed from the default, its software up to date, and is remote administration turned off?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log in to the router's settings page and change the admin password to a long, unique one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install the latest firmware (look for 'update' or 'firmware').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn off remote administration and UPnP unless you know you need them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run Hearth's home network check from an office computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change default passwords</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have the default passwords been changed on every device and service (printers, cameras, Wi-Fi, routers, software)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go through your device list and change every password that came on a sticker or in the manual.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use a password manager to make and store long, unique passwords.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove or disable accounts and apps you do not use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Security updates within 14 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are security updates installed on all devices within 14 days (ideally automatically), and are devices that no longer get updates replaced?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn on automatic updates for the operating system, browsers and office software on every device.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check once a month that updates are really installing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace devices whose maker no longer sends security updates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Malware protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does every computer have anti-malware protection turned on (for example Microsoft Defender), and do staff only install software from trusted places?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make sure the built-in protection (Microsoft Defender, XProtect) is on, or install a reputable product.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow software only from official app stores or the maker's own site.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run Hearth's device check on each computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unique accounts, least privilege, separate admin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does everyone have their own login (no shared accounts), with admin rights only for those who need them, used only for admin work?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give every person their own account on computers and online services.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove admin rights from everyday accounts; keep a separate admin account for installing software.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review who has access every three months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Multi-factor authentication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is two-step verification (MFA) on for e-mail, banking, cloud storage and any service reachable from the internet, for everyone?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn on two-step verification for e-mail first, then banking, cloud storage and accounting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prefer an authenticator app, a passkey or a security key over text messages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep backup codes in a safe place, not on the same phone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are important files backed up automatically, with one copy kept offline or off-site, and have you tried restoring from it in the last six months?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a backup that runs by itself every day (a cloud backup service or an external drive).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep one copy disconnected or off-site, so ransomware cannot reach it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore a few files as a test every few months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encryption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are laptops and phones encrypted (BitLocker, FileVault, device encryption) so a lost device does not expose business data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn on BitLocker (Windows) or FileVault (Mac) on every laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make sure phones have a passcode (this turns on their encryption).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the recovery keys somewhere safe and separate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff training and phishing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have all staff been shown how to spot phishing, fake invoices and 'CEO fraud' in the last year, and do they know who to tell?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold a short session: fake invoices, changed bank details, urgent requests from 'the boss'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agree a rule: any change of bank details is confirmed by phone on a known number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tell staff to paste doubtful messages into Hearth's scam check and to report them to you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident response and recovery plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do you have a written one-page plan for what to do if you are hacked, scammed or lose data (who to call, how to keep working)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write down who to call: your IT helper, your bank, your insurer, and where to report (Action Fraud / IC3).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note how you would keep working without your computers for a few days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print it and keep a copy away from the office computers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail authentication (SPF, DKIM, DMARC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If the business has its own e-mail domain, are SPF, DKIM and DMARC records set up so others cannot easily send e-mail pretending to be you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask whoever hosts your e-mail (Microsoft 365, Google Workspace, your web host) to turn on SPF, DKIM and DMARC.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start DMARC with 'p=none' and reports, then move to 'quarantine' once all your real e-mail passes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answer 'not needed' if you use only a personal address like gmail.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revoke leavers' access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When someone leaves, are their logins removed and shared passwords changed on the same day?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep a leaver checklist: e-mail, cloud storage, banking, accounting, social media, Wi-Fi password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove or disable their accounts on their last day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change any password they knew and collect company devices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendor security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do you know which suppliers can reach your systems or data (IT support, accountants, web host), and do they use MFA and only the access they need?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List the suppliers who have logins or remote access.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask them how they protect your data and whether they use two-step verification.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove access they no longer need.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
