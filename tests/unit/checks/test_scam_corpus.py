"""Hand-written, realistic modern scam and legitimate messages (written for Hearth, not copied from any data set).

Every scam must be flagged ("scam" or "suspicious"); the clearest ones must be "scam"; every legitimate
message must come back "likely_safe". These are regression tests for generalisation, not a benchmark.
"""

from __future__ import annotations

import pytest

from checks.scam import analyse


SCAMS = [
    # toll / road fees
    "E-ZPass: Final notice. You have an unpaid toll balance of $6.99. Pay by Dec 2 to avoid a $50 late fee and DMV registration suspension: https://e-zpass.com-tollpay.vip/pay",
    "SunPass Reminder: Your vehicle has an outstanding toll of $4.15. Settle now to avoid penalties: https://sunpass-toll.top",
    "FasTrak: Our records show an unpaid toll invoice for your license plate. Please pay within 24 hours: https://fastrak.bayarea-tolls.click/invoice",
    "(The Toll Roads) Notice of toll evasion: you owe $12.51. Visit https://thetollroads-pay.xyz to settle before additional fees apply.",
    # parcels
    "USPS: Your package is on hold due to an incomplete address. Please update your address within 12 hours: https://usps.com-trackhelp.top/us",
    "Royal Mail: We missed you! Your parcel could not be delivered. A £1.45 redelivery fee is due. Reschedule at https://royalmail-redelivery.info",
    "Evri: your parcel is held at our depot, pay the small shipping fee to release it https://evri-parcel.cyou",
    "DHL Express: Customs duty of 2.99 EUR is pending for your shipment. Pay now: https://bit.ly/3dhlfee",
    # bank alerts
    "Chase Fraud Alert: Did you attempt a Zelle payment of $1,250.00 to Michael R? If NOT, call our fraud team now at 1-833-555-0188.",
    "Wells Fargo: Your account has been temporarily locked due to suspicious activity. Verify your identity at http://wellsfargo-secure-login.com",
    "Barclays: A new device has been added to your account. If this was not you, visit https://barclays-device-cancel.com immediately.",
    "This is your bank's fraud department. Your account is compromised. For your protection move your savings to a safe account we set up for you today.",
    # family / wrong number
    "Hi Mum, this is my new number, my phone fell in the toilet. Can you message me on WhatsApp? I need a favour x",
    "Hey Dad it's me, lost my phone so using a friend's. I need to pay a bill urgently today, can you send £480 to this account? I'll pay you back tomorrow",
    "Sorry, wrong number! I was trying to text my friend Daniel. You seem nice though, where are you from? Let's chat on WhatsApp",
    # jobs
    "Hello! We are recruiting part-time remote workers. Earn $300-$800 per day by rating products online. No experience needed. Contact our HR manager on WhatsApp +1 (555) 201-7788",
    "Hi, your resume has been selected by our recruitment team. Flexible job, daily pay of 500 USD, only 60 minutes a day. Reply YES to learn more.",
    "Amazon is hiring! Simple tasks, work from home, earn commission for each task completed. Add our coordinator on Telegram @amz_jobs_hr",
    # crypto / investment
    "My mentor taught me a crypto trading platform with guaranteed returns of 30% a week. I made $45,000 last month. Want me to introduce you?",
    "Join our VIP bitcoin investment group and double your money in 7 days. Minimum deposit 500 USDT to wallet 0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
    # tech support
    "Your Microsoft account has been compromised. Call Microsoft support immediately at +1 (844) 555-0123 to secure your computer.",
    "WARNING: Your iPhone is infected with 3 viruses! Call Apple Support at 1-888-555-0199 now to avoid data loss.",
    "A man called saying he was from Microsoft and that my computer had a virus. He wanted me to install AnyDesk so he could fix it.",
    "Someone rang me saying they were from Amazon and that there was a refund for me. They asked me to download TeamViewer and log in to my bank.",
    # refund / overpayment / gift cards
    "I accidentally sent you $500 on Zelle instead of $50. Can you please send back the difference? I really need it today.",
    "I'm in a meeting and can't talk. I need you to buy 5 Apple gift cards of $100 each for a client and send me pictures of the back. Keep this between us.",
    "The caller said my Social Security number was suspended and there was a warrant for my arrest unless I paid with Google Play gift cards.",
    # prize
    "Congratulations! You've been selected to receive a $1000 Walmart gift card. Claim your reward here: bit.ly/wm-reward24",
    "You have won £5,000 in our summer prize draw! To release your prize pay a small processing fee of £9.99 at https://prize-claims.online",
    # government
    "IRS: You are eligible for a tax refund of $1,284.00. Submit your claim here: https://irs-gov-refund.com/claim",
    "HMRC: You are due a tax rebate of £320.50. Confirm your bank details here to receive it: https://hmrc-refund.uk-gov.info",
    "NOTICE: You missed jury duty and a warrant has been issued. Avoid arrest by paying your fine today. Call the sheriff's office at 555-014-2277.",
    "DVLA: your vehicle tax payment failed. Update your payment details now to avoid a fine of £1000: https://dvla-vehicletax.help",
    # utility
    "Final notice from your electric company: your power will be disconnected in 30 minutes due to an unpaid bill. Call 1-866-555-0142 to pay now.",
    # accounts
    "Netflix: Your payment was declined and your membership is on hold. Update your billing details within 24h: http://netflix-billing-update.com",
    "Your Amazon account has been suspended due to unusual activity. Please verify your information at https://amaz0n-account-verify.com",
    "PayPal: We have limited your account. Log in to restore access: https://paypal.com.secure-resolution-center.xyz/login",
    "Apple ID: Your iCloud storage is full and your photos will be deleted. Verify your account at https://apple-icloud-support.help",
    # codes
    "Hi, I accidentally sent my Google verification code to your number. Can you please send it back to me?",
    "This is your bank's security team. To stop the fraudulent transaction, please read me the 6-digit code we just sent to your phone.",
    "Hey it's Tom from the WhatsApp group, I sent you a code by mistake, can you forward it to me please?",
    # invoices
    "Your Norton 360 subscription has been auto-renewed for $399.99. If you did not authorize this charge, call our billing department at 1-808-555-0177 within 24 hours.",
    "Geek Squad: your annual plan of $349.99 will be charged today. To cancel call +1 (877) 555-0134.",
    # romance / sextortion
    "My darling, I am a engineer working on an oil rig and my bank account is frozen. Please send $2,000 in bitcoin so I can fly to see you.",
    "I recorded you through your webcam while you were watching adult videos. Pay $1500 in Bitcoin to the address below within 48 hours or I will send the video to all your contacts.",
    # grandparent
    "Grandma it's me, I'm in jail after a car accident and I need $3,000 for bail. Please don't tell mom and dad. My lawyer will call you.",
    # qr
    "Parking violation notice: scan the QR code on the ticket to pay your fine of $75 within 48 hours or it will be sent to collections.",
    # spoofed link forms
    "Your package is waiting. Track here: http://185.203.44.17/track/usps",
    "Secure your account: https://www.paypal.com@verify-user.top/signin",
]

LEGIT = [
    "Your Google verification code is 482913. Don't share it with anyone.",
    "Your Uber code: 4821. Never share this code.",
    "G-739102 is your Google verification code.",
    "Your WhatsApp code: 221-093. Don't share this code with others.",
    "Use 887214 as your Microsoft account security code. If you didn't request it, you can ignore this message.",
    "USPS: Your item was delivered in or at the mailbox at 2:14 pm on November 26 in DENVER, CO 80202. Track at https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223456789012",
    "Your Amazon package with 2 items was delivered. Track at https://www.amazon.com/progress-tracker",
    "FedEx: your package 7791234567 is scheduled for delivery tomorrow by 8pm. Manage delivery at fedex.com",
    "Royal Mail: we'll deliver your parcel today between 9:00 and 13:00. Track it at royalmail.com/track",
    "Reminder: you have an appointment with Dr. Patel tomorrow at 10:30am. Reply C to confirm or call 303-555-0182 to reschedule.",
    "Chase: A payment of $45.00 to Comcast was made from account ending 1234. Review it in the Chase Mobile app.",
    "Chase Fraud Alert: Did you use card ending 4321 for $52.17 at TARGET on 11/27? Reply YES or NO. Msg&data rates may apply.",
    "Wells Fargo: Your statement is ready. Sign on to the Wells Fargo app to view it. We will never ask for your password by text.",
    "hey are we still on for dinner at 7? I can pick up the wine",
    "Mom can you pick me up at 5? practice ran late",
    "Did you see the game last night?? call me when you're free",
    "Target Circle: 20% off home decor this weekend only! Shop now at target.com. Reply STOP to opt out.",
    "Your prescription is ready for pickup at CVS Pharmacy, 123 Main St. Questions? Call 555-0100.",
    "Happy birthday Grandma! We love you and will see you Sunday",
    "Running 10 mins late, sorry! Traffic on I-25 is terrible",
    "Your Lyft ride receipt: $18.42. Thanks for riding!",
    "Netflix: Your new sign-in from Chrome on Windows. If this was you, you don't need to do anything.",
    "Can you send me the photos from the weekend? The ones from the beach",
    "Don't forget your dentist appointment on Friday at 3pm. See you then!",
    "Your Verizon bill of $84.20 is ready. View and pay in My Verizon: https://www.verizon.com/myverizon",
    "Hi Mum, I'm home safe. Thanks for dinner, love you x",
    "I got a new number! Save it, it's Sam. Old phone died",
    "Congrats on the new job!! So happy for you, we should celebrate this weekend",
    "PSA: the water will be shut off tomorrow 9am-12pm for maintenance on our street, fill some jugs",
    "Costco: Your order #1029384 has shipped. Track your delivery at costco.com/orderstatus",
    "Your Apple ID was used to sign in to iCloud on an iPhone 15. If you didn't sign in recently, change your password at appleid.apple.com.",
    "Lunch tomorrow? I found a great new ramen place near the office",
    "Your Instacart order is on its way! Alex will arrive in about 20 minutes.",
    "The school is closed today due to snow. Stay safe and warm!",
    "Bank of America: Your Zelle payment of $25.00 to John Smith was sent. Questions? Visit bankofamerica.com",
    "Your DoorDash order has been delivered. Enjoy your meal!",
    "Hey it's Jess from book club, here's my number. See you Thursday!",
    "Spotify: Your Premium payment of $11.99 was successful. Thanks for listening.",
    "IRS Direct Pay: your payment of $1,200.00 was received. Confirmation number 12345678.",
    "Amazon: Your refund of $23.99 has been issued to your original payment method. It may take 3-5 business days to appear.",
    "I'm at the hospital with dad, he's fine, just a checkup. Will call you later",
    "Can you transfer me the £20 for the tickets when you get a chance? No rush",
    "Southwest Airlines: Your flight 1234 to Denver is on time. Boarding begins at 4:15 PM at gate B12.",
    "Your Hearth household check-up is due this week.",
]

# More hand-written variants (wording differs on purpose: generalisation, not memorisation).
SCAMS_MORE = [
    'Our AI trading bot earns 3% daily, join now with only $100 deposit https://ai-quant-earn.com',
    'Lost money to a crypto scam? We can recover your lost funds within 48 hours. Contact our agent on Telegram.',
    'USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address in the link within 24 hours. https://usps.trackcare-us.com',
    'Your parcel has been returned to our facility. To arrange redelivery please pay £2.99: https://parcel-redeliver.com/gb',
    'NC DMV Notice: Your driving privileges will be suspended on Dec 5 due to unpaid traffic violations. Pay now to avoid suspension: https://ncdmv.gov-tickets.cc',
    'Toll Services: Outstanding toll charges detected on your account. Due to non-payment, a $35 fee will be added. Please make your payment now. https://txtag.org-billing.win',
    'Alert: your Coinbase account has been locked after a withdrawal of 0.85 BTC. If this was not you call support at +1 (855) 555-0140',
    "Hello, I'm Linda from a recruitment agency. We have a part time job for you, you can earn 200-500 dollars a day. Are you interested?",
    'Hi dear, I got your number from my contact list, I am a fashion designer from Singapore. Nice to meet you by chance, can we be friends?',
    'We have detected a virus on your computer. Do not turn off your computer. Call Windows Defender support at 1-888-555-0111 immediately.',
    'Medicare: you are eligible for a new plastic Medicare card and free back brace. Call now to claim and provide your Medicare number.',
    'Your Social Security number has been suspended due to suspicious activity. Press 1 to speak to an officer or a warrant will be issued.',
    'Amazon: A purchase of an iPhone 15 Pro Max for $1,299.00 was made on your account. If you did not authorize this purchase, call 1-888-555-0102.',
    'Dear customer, your Wells Fargo online access has been suspended. To restore access, log in at https://bit.ly/wf-restore',
    "Hi Mom, I dropped my phone in water, this is my temporary number. Can you help me pay an urgent bill? I'll pay you back tomorrow.",
    'I got a call from someone claiming to be from the IRS saying I owe back taxes and must pay today with gift cards or be arrested.',
    "Got a call from 'Amazon security' saying there was a fraudulent order, they wanted me to give them the code that was texted to me.",
    'A lady called from my bank saying my account was hacked and I need to move my money to a new account to keep it safe.',
    'My grandson called me crying, he said he was arrested and needs $5,000 for bail and not to tell his parents. A courier will come to pick up the cash.',
    'Your Apple Pay has been suspended. To continue using it, please verify your card at https://apple.com-support-id.info',
    'Microsoft: Unusual sign-in activity detected on your account. Please verify your identity immediately: https://login-microsoftonline.support',
    "[Netflix] We couldn't process your last payment. Your account will be suspended. Update now: https://netflx-account.com",
    'Your Venmo account has received $600. To accept, verify your identity at https://venmo-payments.app',
    "You've been selected for a free iPhone 16! Just pay $1.99 shipping: https://iphone-giveaway.xyz",
    'Congratulations, you have been selected as a mystery shopper. We will send you a check for $2,500, deposit it and send $2,000 back via Zelle.',
    'Your 2FA code request: reply with the 6-digit code you received to confirm your identity and avoid account suspension.',
    'This is John from Microsoft. We need remote access to your computer to remove the virus. Please install the app from anydesk.com.',
    'HMRC: you owe £1,240 in unpaid tax. Legal proceedings will start today unless you pay. Call 020 3769 0000.',
    "Final warning: your car's extended warranty is about to expire. Press 1 to speak with a specialist.",
    "Hey, it's me. I changed my number. Are you free? I need a quick favor.",
    'We found suspicious activity in your bank account. Please call us on 0800 123 4567 and have your card and PIN ready.',
    'Your email storage is full. Incoming messages will be deleted. Click here to upgrade your mailbox for free: http://mail-upgrade.weebly.com',
    'Scan this QR code to verify your bank account and avoid suspension.',
    "Hey I'm stuck at the airport and lost my wallet, can you send me $300 on Cash App? $jessie2245",
    'Dear Friend, I am Mrs. Sarah Williams, a widow dying of cancer. I wish to donate $4.5 million to you for charity. Reply with your full name and address.',
    'Your Facebook page will be disabled for violating our policies. Appeal within 24 hours: https://meta-appeal-center.com',
    'Lucky winner! Spin the wheel and win prizes from Costco! Take the survey: https://costco-rewards.top',
    'The USPS package has arrived at the warehouse and cannot be delivered due to incomplete address information. Please confirm your address in the link within 12 hours. (Please reply Y, then exit the SMS and open the link again, or copy the link to your Safari browser) https://usps.posthelp-ab.com',
    '[Toll Notice] Dear customer, you have an outstanding toll amount of $3.95. To avoid late fees, please pay within 12 hours: https://ezpassnj.com-portal.info',
    "Hi there, I'm Jessica, a recruiter from Indeed. Our company is looking for part-time employees, 60-90 minutes a day, $100-$300 daily. Interested? Message me on WhatsApp.",
    'You have a pending refund of $245.80 from Apple. Verify your details to receive it: https://apple-refunds.net/claim',
    'Microsoft Security Alert: your PC is blocked due to suspicious activity. Do not restart your computer. Call 1-844-555-0199',
    "Hello dear, I'm Amy. Sorry to bother you, I found your number in my phone contacts. Are you Mr. Lee?",
    'Your Instagram account has been reported for copyright infringement. Appeal within 24h or your account will be deleted: https://ig-copyright-appeal.com',
    "This is Officer Smith from the Sheriff's office. You have a warrant for missed jury duty. Pay the $2,500 bond with gift cards or a bitcoin ATM today.",
    'NatWest: A new payee was added to your account. If this was NOT you, call us immediately on 07700 900461.',
    'Santander: Did you make a payment of £850 to A Smith? If not, visit https://santander-payee-cancel.com',
    'Final reminder: your TV licence has expired. Renew now to avoid prosecution: https://tvlicence-renew.com',
    'Correos: su paquete está retenido por falta de pago de tasas de aduana (1,99 EUR). Pague aquí: https://correos-entrega.top',
    'Hola mamá, este es mi nuevo número, se me ha roto el móvil. ¿Me puedes escribir por WhatsApp?',
    'BBVA: su cuenta ha sido bloqueada por motivos de seguridad. Verifique su identidad en https://bbva-seguridad.com',
    'Your Amazon Prime membership will auto-renew at $139. To cancel, press 1 or call 1-888-555-0147.',
    "Hi grandma, it's your grandson. I'm in trouble and need money for bail. Please don't tell mom, send it through Western Union.",
    "Your PayPal account received a payment of $850.00 but it's on hold until you confirm. Call PayPal support at +1 (877) 555-0192.",
    "Good morning! I'm a financial analyst. Our team shares free stock picks in our WhatsApp group, last week members earned 40%. Join: https://chat.whatsapp.com/AbCdEf",
    'Your Walmart order #88213 for a PS5 ($499.99) has been shipped. Not your order? Call 1-888-555-0155 to cancel.',
    'Dear Valued Customer, your Xfinity bill is overdue and service will be terminated today. Pay now with a prepaid card by calling 1-855-555-0100.',
    'We are from the Apple Support team. Your iCloud has been hacked. Please download the app we send you so we can secure your device.',
    "You've been pre-approved for a $15,000 loan with no credit check! Pay the $99 insurance fee to receive your funds.",
    "Hi, I'm your new neighbor. I'm locked out and my phone is dying. Can you send me $60 on Cash App for the locksmith? I'll pay you back!",
    'Your Google Play account will be charged $299.99 for Candy Crush coins. If you did not authorize this, call 1-877-555-0177.',
    'The Social Security Administration has suspended your SSN due to suspicious activity. Call 1-866-555-0123 immediately to avoid legal action.',
    "Text from 'Mom': Hi honey, it's me on a friend's phone. Mine broke. I need you to buy two $200 Apple gift cards for a friend's birthday, I'll pay you back.",
    "Your Netflix account is on hold. We're having trouble with your current billing information. Update now: https://netflix.com-account-billing.support",
    'Hi, this is Sam from Amazon fraud department. We noticed a purchase of an iPhone on your account. To cancel, we need you to verify the code we sent you.',
    'Someone called saying my nephew was in a car accident and in jail, and they needed $8,000 in cash for bail, a courier would come to pick it up.',
    'I got a text saying I owe money for a toll and to click a link to pay it.',
    'A woman called saying I won the Publishers Clearing House sweepstakes but I need to pay taxes first with a Green Dot card.',
    "My 'bank' called and said my card was used in Florida, and asked me to confirm my PIN and the code they sent.",
    'Amazon: Your account has been locked due to multiple failed login attempts. Please visit amzn-verify.com to unlock.',
    'Apple Pay: Your card has been suspended. Please call 1-800-555-0155 to reactivate.',
    '[US-Post] Your parcel delivery failed. Please update your information: usps-redelivery.info',
    'Mr/Mrs, your bank card is frozen. Please reply 1 to receive the link to unfreeze.',
    'Hello, I am Daisy, the recruiter for Amazon. Our company is hiring online part-time workers, you can work from home and get paid daily.',
    'You have won a $500 Amazon gift card for being a loyal customer, click here to claim: https://amz-loyal.top',
    'Your Costco membership reward of $100 is waiting. Take our 30-second survey: https://costco-member-reward.com',
    'Excuse me, is this Michael? My name is Lina, we met at the golf club last week.',
    'Your Bank of America online access is temporarily suspended. To restore it, sign in: bofa-secure-alerts.com',
    'FRM:Citi MSG: Your account has been restricted. Call 888-555-0101 to restore access.',
    'Dear user, your Netflix subscription has expired, renew now for $0.99: https://nflx-renew.com',
    'Verizon Wireless: we owe you a refund of $54.30 due to a billing error. Claim it here: https://vzw-refunds.com',
    "AT&T Free Msg: Your bill is paid. Thank you, here's a little gift for you: https://att-gift.cc",
    'Hi this is David from Coinbase support. Your wallet is being drained, move your funds to this secure wallet address immediately.',
    'Your ChatGPT Plus subscription payment failed. Update your payment method to avoid losing access: https://chatgpt-billing.help',
    "Walmart Survey: you've been chosen to win a $1000 gift card. Answer 3 questions: https://walmart-survey.win",
    'Your Norton LifeLock subscription will be renewed today for $389.99. Call 1-888-555-0166 for cancellation.',
    'Franchise Tax Board: you have a pending tax refund of $1,182. Claim it now: https://ftb-refund-ca.com',
    'Your Medicare benefits are about to expire! Call now to receive your new card.',
    'Your student loan forgiveness application has been approved. Call 1-877-555-0123 to finalize before the deadline.',
    'Alert! Your Social Security benefits will stop unless you verify your SSN. Call now 1-866-555-0188.',
    'Your Facebook account will be permanently deleted in 24 hours for violating community standards. Appeal here: https://fb-community-appeal.com',
    'Do you need a loan? Low interest, no credit check. Contact us on WhatsApp +44 7911 123456',
    'DHL: Your package is waiting for delivery. Please confirm the payment (1.99 EUR) on the following link: https://dhl-pay.eu.com',
    'Bitcoin giveaway! Send 0.1 BTC to this address and get 0.2 BTC back instantly. Limited time!',
    'This is Detective Johnson. Your identity was used in a crime. To avoid arrest you must cooperate and not tell anyone.',
    "We've noticed your Windows license key has expired. Call Microsoft Tech Support at 1-800-555-0100.",
    'Your PayPal account has been charged $599.99 for a Bitcoin purchase. If not authorized, call 1-888-555-0111.',
    'Hi, I saw your profile on LinkedIn. We offer remote data entry work, $45/hr, no interview. Text me on Telegram.',
    'Your Spectrum internet will be disconnected today due to a missed payment. Pay now to keep your service: https://spectrum-pay.net',
    'Congratulations! Your phone number won 2nd prize in the Mega Millions draw. Contact our agent at claims@mega-agent.com',
    'Sent from iPhone: Hey, this is your CEO. I need you to handle an urgent task for me, are you available?',
    'Your Apple ID has been disabled for security reasons. Click to unlock: https://appleid.unlock-account.com',
    "Lowe's: You've been selected for a free Dewalt power tool set! Just pay shipping: https://lowes-promo.shop",
    'Hi Dad, this is my new number, my old one got water damaged. Can you save it and text me back?',
]

LEGIT_MORE = [
    'Your Chase card ending 1234 was declined for $54.00 at SHELL. If you made this attempt, try again. Reply HELP for help.',
    "Amazon: Your order of 'Echo Dot' has been placed. If you didn't place this order, visit amazon.com/your-orders.",
    "PayPal: You've received $50.00 USD from Jane Doe. Log in to your PayPal app to view details.",
    'Verizon: Your bill is past due. Please pay $120.45 by 12/05 to avoid service interruption. Pay at vzw.com/pay',
    'Your Xfinity service will be interrupted tonight from 12am-4am for scheduled maintenance. We apologize for the inconvenience.',
    'Congratulations! Your loan application has been approved. Your account manager will contact you within 2 business days.',
    'Walgreens: Your flu shot appointment is confirmed for Dec 3 at 2:00 PM. Reply CANCEL to cancel.',
    "We're hiring! Join our team at Starbucks. Apply at starbucks.com/careers",
    "Hi, this is Dr. Smith's office confirming your appointment tomorrow at 9am. Please call 555-123-4567 if you need to reschedule.",
    "Your account password was changed. If you didn't do this, contact us at support.google.com",
    "Mom, I'm at the hospital with Jake, he broke his arm at soccer. Don't worry he's ok. Can you bring his insurance card?",
    'OMG I won the raffle at work!! $500 gift card to Target lol',
    'Hey, we won the game 3-1! Coach says practice is cancelled tomorrow',
    'Your Google Voice verification code is 123456',
    'Reminder: Your car registration expires on 12/31. Renew online at dmv.ca.gov',
    'The IRS will never call you demanding immediate payment. Learn about scams at irs.gov',
    'Your package from Etsy is out for delivery today. Track: https://www.ups.com/track?tracknum=1Z999AA10123456784',
    'Hey! Just a reminder that rent is due on the 1st. Venmo me when you can',
    'Can you send me the wifi password again?',
    "What's the code for the garage? I forgot",
    'Your bank account verification is complete. Thank you for banking with us.',
    'Your subscription to The New York Times will renew on Dec 15 for $4. Manage at nytimes.com/account',
    "Dad your new phone number isn't saving in my contacts, can you text me from it?",
    "Please don't tell mom about the surprise party!! Saturday at 7",
    'Your electricity bill is ready. Amount due $87.50 by Dec 10. Pay online or in the app.',
    "I'll send you the money for the concert tickets via Venmo tonight",
    "Urgent: please call me back when you get this, it's about grandma",
    'DHL: Your shipment 1234567890 will be delivered on Friday. Track at https://www.dhl.com/en/express/tracking.html',
    "T-Mobile: We've received your payment of $70.00. Thank you!",
    "Hi it's Mike from Mike's Plumbing, running 15 min late for your appointment",
    'Your Costco membership expires in 30 days. Renew at costco.com or at any warehouse.',
    'BBVA: Tu código de verificación es 482910. No lo compartas con nadie.',
    "Security alert: new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.",
    'Your Microsoft 365 subscription renews on Jan 4. To manage it go to account.microsoft.com/services',
    'We noticed a new login to your Instagram from Chrome on Windows. If this was you, ignore this message.',
    'Thanks for your payment of $35.20 to the City of Denver Parking Services. Receipt #44821.',
    "Hey there, it's Sarah from the gym! Great to meet you yesterday, here's my number",
    "I lost my phone at the beach lol, texting from Dave's. Meet at 6 at the usual spot",
    'Job alert: 25 new Software Engineer jobs in Seattle. View jobs on LinkedIn: https://www.linkedin.com/jobs',
    "Grandma can you send me Aunt Jo's address? I want to send her a Christmas card",
    "Congrats! You've earned a $10 reward. Redeem it on your next order at target.com. Reply STOP to opt out",
    'LAST CHANCE: 40% off everything ends tonight at midnight! Shop now: https://www.oldnavy.com/sale Txt STOP to end',
    "Sephora: Your Beauty Insider points expire in 7 days! Redeem them at sephora.com before they're gone",
    "Starbucks Rewards: You've got a free drink waiting! Claim it in the app before Sunday.",
    "Domino's: Your order is out for delivery! Track it here: https://www.dominos.com/tracker",
    'Your verification code for Coinbase is 554321. Do not share this code. Coinbase will never call you.',
    "PayPal: 338190 is your security code. Don't share your code.",
    'Amazon: Your package will arrive today by 10pm. Track: https://amzn.to/3xYzAbC',
    'Hi! Your Bank of America account ending 4821 has a new statement available. Log in to the app to view it.',
    "Alert: Large purchase of $1,204.50 at APPLE.COM on your Citi card ending 9912. If you don't recognize it, call the number on the back of your card.",
    'Your Capital One card payment of $250.00 is due on 12/05. Pay in the Capital One app.',
    'From Venmo: Jake paid you $40.00 - pizza 🍕',
    'Reminder from City Library: 2 items are due on Dec 1. Renew at library.org/renew',
    'Your Uber is arriving in 3 minutes. Look for a white Toyota Camry, plate ABC1234.',
    "Hey, can you call me back? It's important, about Dad's surgery tomorrow",
    "Don't forget to pay the electric bill before Friday or they'll add a late fee again lol",
    'Your AT&T bill is ready: $92.14 due Dec 12. View at att.com/mybill',
    'Thank you for your donation to the Red Cross! Your receipt has been emailed to you.',
    'Hi Sarah, your interview with Acme Corp is confirmed for Tuesday at 2pm via Zoom. Reply with any questions.',
    "We're hiring seasonal staff at our Main St store! Apply in person or at kohls.com/careers",
    "Hey mom, new phone who dis? jk it's me, got the new iPhone, same number",
    'Just landed! Phone almost dead, will call when I get to the hotel',
    'Grandpa, thank you for the birthday money! I bought a new bike with it',
    "Your PIN was changed successfully. If you didn't make this change, contact us using the number on your card.",
    'Your Netflix membership will renew on Dec 10 for $15.49. Manage your plan at netflix.com/account',
    "Fedex: Delivery exception - we couldn't deliver your package today because no one was available to sign. We'll try again tomorrow.",
    'USPS Informed Delivery: You have 3 mail pieces arriving today. View at informeddelivery.usps.com',
    'Water main repair on Oak St: service will be shut off from 1pm-4pm today. - City Utilities',
    "Your Hulu free trial ends in 3 days. You'll be charged $7.99/month unless you cancel at hulu.com/account",
    'IRS: Your tax return has been accepted. Check your refund status at irs.gov/refunds',
    'HMRC: Your Self Assessment tax return is due by 31 January. Sign in at gov.uk to file.',
    'Your NHS COVID booster appointment is confirmed for 5 Dec at 10:20. To cancel or change, visit nhs.uk/book',
    'Dear customer, our branch at 5th Ave will be closed on Thanksgiving Day. Happy holidays!',
    "Tesco Clubcard: You've got £5.50 in vouchers to spend! Use them in store or online at tesco.com",
    'Lottery numbers tonight: 4 12 19 33 41 + 7. Did you check our ticket??',
    'Bro I won 50 bucks on the scratch card lol',
    'Your appointment at Great Clips is confirmed. Reply Y to confirm or N to cancel.',
    'Walmart: Your order is ready for pickup! Head to the pickup point at your store.',
    'Your Zelle enrollment is complete. You can now send and receive money with your email address.',
    "Hey it's Anna from work, we met at the holiday party. Here's my number!",
    'School alert: early dismissal today at 12:30 due to weather. Please arrange pick up.',
    'Your Google Account password was changed. If you did this, you can ignore this message.',
    'Congratulations on your graduation! So proud of you 🎓',
    "Free pizza in the break room! Come get it before it's gone",
    'Your Microsoft account has a new sign-in from Seattle. If this was you, no action is needed.',
    'Ring: There is motion at your Front Door.',
    'Can you venmo me $12 for the movie tickets?',
    'Your DMV appointment is on Dec 4 at 9:15 AM at the Denver office. Bring your documents.',
    'Hi, this is Walgreens. Your prescription is ready for pickup. Reply STOP to opt out.',
    "Chase: You've received a $500.00 Zelle payment from Mary Lee.",
    'Booking.com: Your booking at Hotel Central is confirmed. Check-in Dec 20.',
    "We detected a new device login to your Spotify account. If this wasn't you, reset your password at spotify.com/password-reset",
    'Your Apple Card payment of $120.00 was received. Thank you!',
    'Your account has been successfully updated. Thank you for choosing Verizon.',
    'Your electricity usage this month was 20% higher than last month. See tips at pge.com',
    # Spanish family and money talk that is ordinary
    'Papá, ya te hice el bizum de la cena. ¡Gracias!',
    'Te dejo dinero en la mesa para la compra, luego te paso la lista.',
    'Hola, ¿quedamos mañana a las 6 para el cumpleaños de Lucía?',
]

# The "hi mum" scam in Spanish: a new number, then money by Bizum or transfer.
SPANISH_FAMILY_MONEY = [
    'Hola mamá, se me ha roto el móvil, este es mi número nuevo. ¿Me puedes hacer un Bizum urgente? Te lo devuelvo mañana.',
    'Hola mamá, este es mi nuevo número. Necesito que me hagas una transferencia de 350 euros, es urgente.',
]


@pytest.mark.parametrize("text", SPANISH_FAMILY_MONEY)
def test_spanish_new_number_money_request_is_scam(text: str) -> None:
    report = analyse(text)
    assert report.verdict == "scam", (report.score, [r.code for r in report.reasons])
    assert "asks_money" in {r.code for r in report.reasons}

# E-mail bodies (phishing and ordinary mail).
EMAIL_SCAMS = [
    'Dear User,\nYour mailbox has exceeded its storage limit and you will not be able to send or receive new messages. Click here to validate your mailbox: https://owa-mail-validate.weebly.com\nFailure to do so will result in account deactivation.\nIT Help Desk',
    'Your password will expire in 2 days. To keep your current password, click here: https://password-keep-current.firebaseapp.com/login',
    'You have received a new document via DocuSign. Please review and sign: https://docusign-review.net/doc/8821',
    'Hello,\nPlease note that our bank details have changed. Kindly remit payment for invoice #4471 to the new account below.\nAccount name: Global Supplies Ltd\nIBAN: GB29 NWBK 6016 1331 9268 19\nRegards, Accounts',
    'Your Microsoft 365 account needs re-verification. Sign in within 24 hours to avoid interruption: https://m365-reverify.com/login',
    'Dear Beneficiary,\nThe United Nations has approved a compensation fund of $2,500,000.00 in your name. Contact our agent with your full name and address to receive your payment.',
    "A file 'Q4 Payroll.pdf' has been shared with you on OneDrive. Open: https://onedrive-share-docs.com/view",
    'Your Amazon order #114-2234 could not be processed. Please update your payment information within 48 hours or your order will be cancelled: http://amazon-payments-update.com',
    "We noticed a login from a new device. If this wasn't you, secure your account immediately by clicking the link below: https://acc-security-check.info/secure",
    'Final notice: your domain example.com expires today. Renew now to avoid losing your website and e-mail: https://domain-renewal-center.online',
]

EMAIL_LEGIT = [
    'Hi team,\nThe Q4 planning meeting is moved to Thursday at 2pm in room 4B. Agenda attached.\nThanks, Maria',
    "You requested a password reset for your Dropbox account. Click the button in the app or ignore this email if you didn't ask.",
    'Thanks for your order! Your receipt for $42.17 from Etsy is below. Track your package at https://www.etsy.com/your/purchases',
    "This week's newsletter: 5 easy recipes for busy weeknights, plus our readers' favourite soup. Unsubscribe at any time.",
    'Your monthly statement for account ending 4412 is now available. Log in to online banking or the mobile app to view it.',
    'Reminder: Parent-teacher conferences are next Tuesday. Sign up for a time slot at the front office.',
    'Your flight to Chicago departs at 7:45 AM tomorrow. Check in now on the United app or at united.com.',
    'Invoice #2231 from Bright Plumbing for $180.00 is attached. Payment is due in 30 days. Thank you for your business!',
    'Zoom meeting invitation: Weekly sync. Join at https://us02web.zoom.us/j/8123456789',
    'Your GitHub account was accessed from a new device. If this was you, you can ignore this email.',
]

# Clear-cut scams that must reach the "scam" verdict, not just "suspicious".
STRONG_PREFIXES = (
    "E-ZPass: Final notice", "USPS: Your package is on hold", "Wells Fargo: Your account has been temporarily locked",
    "Hi Mum, this is my new number", "Your Microsoft account has been compromised", "A man called saying",
    "Someone rang me saying", "The caller said my Social Security", "You have won £5,000", "IRS: You are eligible",
    "HMRC: You are due", "PayPal: We have limited", "Your Amazon account has been suspended",
    "Hi, I accidentally sent my Google verification code", "This is your bank's security team", "I recorded you",
    "Grandma it's me", "Secure your account: https://www.paypal.com@", "I'm in a meeting",
)
STRONG = [t for t in SCAMS if t.startswith(STRONG_PREFIXES)]
CALLS = [t for t in SCAMS if t.startswith(("A man called saying", "Someone rang me saying", "The caller said my Social Security"))]


def test_case_lists_are_complete() -> None:
    assert len(STRONG) == len(STRONG_PREFIXES)
    assert len(CALLS) == 3
    assert len(SCAMS) >= 45 and len(LEGIT) >= 40


@pytest.mark.parametrize("text", SCAMS + SCAMS_MORE + EMAIL_SCAMS)
def test_scam_is_flagged(text: str) -> None:
    report = analyse(text)
    assert report.verdict in ("scam", "suspicious"), (report.score, [r.code for r in report.reasons])
    assert report.score >= 30
    assert report.reasons


@pytest.mark.parametrize("text", STRONG)
def test_clear_scam_is_scam(text: str) -> None:
    report = analyse(text)
    assert report.verdict == "scam", (report.score, [r.code for r in report.reasons])


@pytest.mark.parametrize("text", LEGIT + LEGIT_MORE + EMAIL_LEGIT)
def test_ordinary_message_is_not_flagged(text: str) -> None:
    report = analyse(text)
    assert report.verdict == "likely_safe", (report.score, [(r.code, r.evidence) for r in report.reasons])
    assert report.score < 30


def test_wrong_number_opener_alone_is_noted() -> None:
    report = analyse("Hi, is this Jessica? It's Amanda from the yoga class, we talked about the wine tasting trip")
    assert "wrong_number_opener" in {r.code for r in report.reasons}


def test_call_descriptions_are_detected_as_calls() -> None:
    for text in CALLS:
        report = analyse(text)
        assert report.kind == "call"
        assert report.verdict == "scam"
