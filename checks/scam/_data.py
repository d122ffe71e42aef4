"""Curated reference data for the offline scam analyser (written by hand from general knowledge).

Embedded as Python so ``checks/`` never reads the disk. Lists are deliberately small and
general: brand names and their real domains, link shorteners, free web-hosting/site-builder
domains and top-level domains that are abused far more often than they are used for
ordinary mail and texts.
"""

from __future__ import annotations

# --- brands ---------------------------------------------------------------------------------
# name -> (category, tokens that identify it inside a domain label, official registrable domains)
# Category is used in messages ("a bank", "a delivery company", ...).
BRANDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # technology / accounts
    "PayPal": ("payment", ("paypal",), ("paypal.com", "paypal.me", "paypal-community.com", "paypalobjects.com")),
    "Apple": ("tech", ("apple", "icloud", "appleid", "itunes"), ("apple.com", "icloud.com", "apple.co", "me.com", "itunes.com", "applepay.com")),
    "Microsoft": ("tech", ("microsoft", "outlook", "office365", "hotmail", "onedrive", "sharepoint", "msft"),
                  ("microsoft.com", "live.com", "outlook.com", "office.com", "office365.com", "hotmail.com", "aka.ms",
                   "microsoftonline.com", "sharepoint.com", "onedrive.com", "msn.com", "xbox.com", "skype.com", "bing.com", "windows.com")),
    "Google": ("tech", ("google", "gmail"), ("google.com", "gmail.com", "g.co", "goo.gl", "youtube.com", "youtu.be", "google.co.uk", "google.es", "googleusercontent.com", "gstatic.com", "android.com", "withgoogle.com")),
    "Amazon": ("shop", ("amazon", "amzn", "primevideo"), ("amazon.com", "amazon.co.uk", "amazon.es", "amazon.de", "amazon.fr", "amazon.it", "amazon.ca", "amazon.in", "amazon.com.au", "amzn.to", "amzn.com", "a.co", "primevideo.com", "amazonaws.com", "aws.amazon.com", "amazon.jobs")),
    "Netflix": ("streaming", ("netflix",), ("netflix.com", "netflix.net", "nflxext.com")),
    "Disney+": ("streaming", ("disneyplus",), ("disneyplus.com", "disney.com")),
    "Spotify": ("streaming", ("spotify",), ("spotify.com",)),
    "Hulu": ("streaming", ("hulu",), ("hulu.com",)),
    "Facebook": ("social", ("facebook", "meta"), ("facebook.com", "fb.com", "fb.me", "meta.com", "messenger.com")),
    "Instagram": ("social", ("instagram",), ("instagram.com",)),
    "WhatsApp": ("social", ("whatsapp",), ("whatsapp.com", "wa.me", "whatsapp.net")),
    "Coinbase": ("crypto", ("coinbase",), ("coinbase.com",)),
    "Binance": ("crypto", ("binance",), ("binance.com", "binance.us")),
    "Venmo": ("payment", ("venmo",), ("venmo.com",)),
    "Zelle": ("payment", ("zelle", "zellepay"), ("zellepay.com", "zelle.com")),
    "Cash App": ("payment", ("cashapp",), ("cash.app", "cash.me", "squareup.com", "block.xyz")),
    "eBay": ("shop", ("ebay",), ("ebay.com", "ebay.co.uk", "ebay.es")),
    "Walmart": ("shop", ("walmart",), ("walmart.com", "walmrt.us")),  # walmrt.us: its short links (creator.walmart.com)
    "Costco": ("shop", ("costco",), ("costco.com", "costco.co.uk")),
    "Norton": ("tech", ("norton",), ("norton.com", "nortonlifelock.com")),
    "McAfee": ("tech", ("mcafee",), ("mcafee.com",)),
    "Geek Squad": ("tech", ("geeksquad",), ("geeksquad.com", "bestbuy.com")),
    "DocuSign": ("tech", ("docusign",), ("docusign.com", "docusign.net")),
    "Dropbox": ("tech", ("dropbox",), ("dropbox.com",)),
    "Steam": ("shop", ("steampowered", "steamcommunity"), ("steampowered.com", "steamcommunity.com")),
    # delivery / postal
    "USPS": ("delivery", ("usps",), ("usps.com", "usps.gov", "uspis.gov")),
    "UPS": ("delivery", ("ups",), ("ups.com",)),
    "FedEx": ("delivery", ("fedex",), ("fedex.com",)),
    "DHL": ("delivery", ("dhl",), ("dhl.com", "dhl.de", "dhl.co.uk", "dhlparcel.co.uk", "dhl.es")),
    "Royal Mail": ("delivery", ("royalmail", "royal-mail"), ("royalmail.com", "royalmailgroup.com", "parcelforce.com")),
    "Evri": ("delivery", ("evri", "hermes"), ("evri.com", "myhermes.co.uk")),
    "DPD": ("delivery", ("dpd",), ("dpd.co.uk", "dpd.com", "dpd.es")),
    "Yodel": ("delivery", ("yodel",), ("yodel.co.uk",)),
    "Correos": ("delivery", ("correos",), ("correos.es", "correos.com")),
    "Canada Post": ("delivery", ("canadapost",), ("canadapost.ca", "canadapost-postescanada.ca")),
    "Australia Post": ("delivery", ("auspost",), ("auspost.com.au",)),
    # toll agencies
    "E-ZPass": ("toll", ("ezpass", "e-zpass", "ezpassny", "ezpassnj", "ezpassva", "ezpassma"),
                ("e-zpassiag.com", "e-zpassny.com", "ezpassnj.com", "ezpassva.com", "ezpassmd.com", "ezdrivema.com", "paturnpike.com", "ezpassde.com", "e-zpass.com", "ezpassoh.com", "ezpassin.com", "ezpassil.com", "illinoistollway.com", "getipass.com")),
    "SunPass": ("toll", ("sunpass",), ("sunpass.com",)),
    "FasTrak": ("toll", ("fastrak", "thetollroads"), ("bayareafastrak.org", "thetollroads.com", "fastrak.org")),
    "TxTag": ("toll", ("txtag", "ntta", "tolltag"), ("txtag.org", "ntta.org")),
    "EZDriveMA": ("toll", ("ezdrive", "ezdrivema"), ("ezdrivema.com",)),
    "Peach Pass": ("toll", ("peachpass",), ("peachpass.com",)),
    "Good To Go": ("toll", ("goodtogo", "mygoodtogo"), ("mygoodtogo.com", "wsdot.wa.gov")),
    "I-PASS": ("toll", ("ipass", "illinoistollway"), ("illinoistollway.com", "getipass.com")),
    "Dart Charge": ("toll", ("dartcharge",), ("gov.uk",)),
    # government
    "IRS": ("government", ("irs",), ("irs.gov", "treasury.gov")),
    "Social Security": ("government", ("ssa", "socialsecurity"), ("ssa.gov", "socialsecurity.gov")),
    "Medicare": ("government", ("medicare",), ("medicare.gov", "cms.gov")),
    "USA.gov": ("government", ("usagov",), ("usa.gov",)),
    "FTC": ("government", ("ftc",), ("ftc.gov", "reportfraud.ftc.gov")),
    "DMV": ("government", ("dmv",), ("dmv.ca.gov", "dmv.ny.gov", "dmv.org")),
    "HMRC": ("government", ("hmrc",), ("gov.uk", "hmrc.gov.uk")),
    "GOV.UK": ("government", ("govuk", "gov-uk"), ("gov.uk", "service.gov.uk")),
    "DVLA": ("government", ("dvla",), ("gov.uk", "dvla.gov.uk")),
    "NHS": ("government", ("nhs",), ("nhs.uk", "nhs.net")),
    "Agencia Tributaria": ("government", ("agenciatributaria", "aeat"), ("agenciatributaria.gob.es", "agenciatributaria.es")),
    "DGT": ("government", ("dgt",), ("dgt.es",)),
    "Seguridad Social": ("government", ("seg-social", "segsocial"), ("seg-social.es",)),
    # banks (US / UK / ES)
    "Chase": ("bank", ("chase", "jpmorgan"), ("chase.com", "jpmorgan.com", "jpmorganchase.com")),
    "Bank of America": ("bank", ("bankofamerica", "bofa"), ("bankofamerica.com", "bofa.com", "ml.com")),
    "Wells Fargo": ("bank", ("wellsfargo",), ("wellsfargo.com", "wf.com")),
    "Citi": ("bank", ("citibank", "citi"), ("citi.com", "citibank.com", "citigroup.com")),
    "Capital One": ("bank", ("capitalone",), ("capitalone.com",)),
    "US Bank": ("bank", ("usbank",), ("usbank.com",)),
    "PNC": ("bank", ("pnc",), ("pnc.com",)),
    "TD Bank": ("bank", ("tdbank",), ("td.com", "tdbank.com")),
    "Navy Federal": ("bank", ("navyfederal",), ("navyfederal.org",)),
    "USAA": ("bank", ("usaa",), ("usaa.com",)),
    "American Express": ("bank", ("americanexpress", "amex"), ("americanexpress.com", "aexp.com", "amex.co.uk")),
    "Discover": ("bank", ("discovercard",), ("discover.com",)),
    "Truist": ("bank", ("truist",), ("truist.com",)),
    "Barclays": ("bank", ("barclays", "barclaycard"), ("barclays.co.uk", "barclays.com", "barclaycard.co.uk")),
    "HSBC": ("bank", ("hsbc",), ("hsbc.co.uk", "hsbc.com", "hsbc.com.hk")),
    "Lloyds": ("bank", ("lloyds", "lloydsbank"), ("lloydsbank.com", "lloydsbankinggroup.com", "lloyds.com")),
    "NatWest": ("bank", ("natwest",), ("natwest.com",)),
    "Santander": ("bank", ("santander",), ("santander.co.uk", "santander.com", "bancosantander.es", "santander.es", "santanderbank.com")),
    "Halifax": ("bank", ("halifax",), ("halifax.co.uk", "halifax-online.co.uk")),
    "Nationwide": ("bank", ("nationwide",), ("nationwide.co.uk", "nationwide.com")),
    "Monzo": ("bank", ("monzo",), ("monzo.com", "monzo.me")),
    "Revolut": ("bank", ("revolut",), ("revolut.com", "revolut.me")),
    "BBVA": ("bank", ("bbva",), ("bbva.es", "bbva.com")),
    "CaixaBank": ("bank", ("caixabank", "lacaixa"), ("caixabank.es", "caixabank.com", "lacaixa.es")),
    "ING": ("bank", ("ing",), ("ing.es", "ing.com", "ing.nl", "ing.de")),
    "Sabadell": ("bank", ("sabadell",), ("bancsabadell.com", "sabadell.com")),
    # phone / utility
    "Verizon": ("utility", ("verizon",), ("verizon.com", "verizonwireless.com", "vzw.com")),
    "AT&T": ("utility", ("att",), ("att.com", "att.net")),
    "T-Mobile": ("utility", ("tmobile", "t-mobile"), ("t-mobile.com",)),
    "Comcast/Xfinity": ("utility", ("xfinity", "comcast"), ("xfinity.com", "comcast.com", "comcast.net")),
    "Vodafone": ("utility", ("vodafone",), ("vodafone.co.uk", "vodafone.com", "vodafone.es")),
    "EE": ("utility", ("ee",), ("ee.co.uk",)),
    "BT": ("utility", ("bt",), ("bt.com",)),
    "O2": ("utility", ("o2",), ("o2.co.uk",)),
    "Movistar": ("utility", ("movistar",), ("movistar.es", "movistar.com")),
    "British Gas": ("utility", ("britishgas",), ("britishgas.co.uk",)),
    "Octopus Energy": ("utility", ("octopusenergy",), ("octopus.energy",)),
    "Iberdrola": ("utility", ("iberdrola",), ("iberdrola.es", "iberdrola.com")),
    "Endesa": ("utility", ("endesa",), ("endesa.com", "endesa.es")),
    # more brands whose names fake links copy (only distinctive names: ordinary words like
    # "target" or "delta" would make ordinary web addresses look like fakes)
    "Marriott": ("travel", ("marriott", "bonvoy"), ("marriott.com",)),
    "Hilton": ("travel", ("hilton", "hiltonhonors"), ("hilton.com",)),
    "Airbnb": ("travel", ("airbnb",), ("airbnb.com", "airbnb.co.uk", "airbnb.es")),
    "Booking.com": ("travel", ("bookingcom",), ("booking.com",)),
    "Expedia": ("travel", ("expedia",), ("expedia.com", "expedia.co.uk")),
    "Uber": ("travel", ("uber", "ubereats"), ("uber.com", "ubereats.com")),
    "Lyft": ("travel", ("lyft",), ("lyft.com",)),
    "DoorDash": ("shop", ("doordash",), ("doordash.com", "drd.sh")),
    "Best Buy": ("shop", ("bestbuy",), ("bestbuy.com",)),
    "Home Depot": ("shop", ("homedepot",), ("homedepot.com",)),
    "Lowe's": ("shop", ("lowes",), ("lowes.com",)),
    "Sephora": ("shop", ("sephora",), ("sephora.com",)),
    "Starbucks": ("shop", ("starbucks",), ("starbucks.com",)),
    "Temu": ("shop", ("temu",), ("temu.com",)),
    "Shein": ("shop", ("shein",), ("shein.com",)),
    "AliExpress": ("shop", ("aliexpress",), ("aliexpress.com",)),
    "Walgreens": ("shop", ("walgreens",), ("walgreens.com",)),
    "Kroger": ("shop", ("kroger",), ("kroger.com",)),
    "Tesco": ("shop", ("tesco",), ("tesco.com",)),
    "Sainsbury's": ("shop", ("sainsburys",), ("sainsburys.co.uk",)),
    "Mercadona": ("shop", ("mercadona",), ("mercadona.es",)),
    "El Corte Inglés": ("shop", ("elcorteingles",), ("elcorteingles.es",)),
    "LinkedIn": ("social", ("linkedin",), ("linkedin.com",)),  # lnkd.in: anyone's links get it, so it is a shortener
    "TikTok": ("social", ("tiktok",), ("tiktok.com",)),
    "Telegram": ("social", ("telegram",), ("telegram.org", "t.me", "telegram.me")),
    "Snapchat": ("social", ("snapchat",), ("snapchat.com",)),
    "Yahoo": ("tech", ("yahoo",), ("yahoo.com", "yahoo.co.uk")),
    "Adobe": ("tech", ("adobe",), ("adobe.com",)),
    "WeTransfer": ("tech", ("wetransfer",), ("wetransfer.com", "we.tl")),
    "Roblox": ("tech", ("roblox",), ("roblox.com",)),
    "Nintendo": ("tech", ("nintendo",), ("nintendo.com",)),
    "PlayStation": ("tech", ("playstation",), ("playstation.com", "sony.com")),
    "Xbox": ("tech", ("xbox",), ("xbox.com",)),
    "TurboTax": ("tax", ("turbotax", "intuit"), ("turbotax.com", "intuit.com")),
    "Experian": ("credit", ("experian",), ("experian.com", "experian.co.uk")),
    "Equifax": ("credit", ("equifax",), ("equifax.com", "equifax.co.uk")),
    "TransUnion": ("credit", ("transunion",), ("transunion.com",)),
    "Chime": ("bank", ("chime",), ("chime.com",)),
    "Kraken": ("crypto", ("kraken",), ("kraken.com",)),
    "MetaMask": ("crypto", ("metamask",), ("metamask.io",)),
    "Trust Wallet": ("crypto", ("trustwallet",), ("trustwallet.com",)),
    "Crypto.com": ("crypto", ("cryptocom",), ("crypto.com",)),
    "KuCoin": ("crypto", ("kucoin",), ("kucoin.com",)),
    "Bybit": ("crypto", ("bybit",), ("bybit.com",)),
    "Robinhood": ("crypto", ("robinhood",), ("robinhood.com",)),
    "SBI": ("bank", ("sbi", "onlinesbi", "sbicard"), ("sbi.co.in", "onlinesbi.sbi", "sbicard.com")),
    "HDFC Bank": ("bank", ("hdfc", "hdfcbank"), ("hdfcbank.com",)),
    "ICICI Bank": ("bank", ("icici", "icicibank"), ("icicibank.com",)),
    "Paytm": ("payment", ("paytm",), ("paytm.com",)),
    "Bizum": ("payment", ("bizum",), ("bizum.es",)),
    "Apple Pay": ("payment", ("applepay",), ("apple.com",)),
    "Spectrum": ("utility", ("spectrumcharter", "charterspectrum"), ("spectrum.com", "spectrum.net")),
    "Con Edison": ("utility", ("coned", "conedison"), ("coned.com",)),
    "Duke Energy": ("utility", ("dukeenergy",), ("duke-energy.com",)),
    "PG&E": ("utility", ("pge",), ("pge.com",)),
    "Virgin Media": ("utility", ("virginmedia",), ("virginmedia.com",)),
    "TV Licensing": ("government", ("tvlicensing", "tvlicence", "tvlicense"), ("tvlicensing.co.uk",)),
    "Naturgy": ("utility", ("naturgy",), ("naturgy.es",)),
    "Jazztel": ("utility", ("jazztel",), ("jazztel.com",)),
    "Orange": ("utility", ("orangeespana",), ("orange.es", "orange.fr", "orange.com")),
    "Post Office": ("delivery", ("postoffice",), ("postoffice.co.uk",)),
    "Parcelforce": ("delivery", ("parcelforce",), ("parcelforce.com",)),
    "InPost": ("delivery", ("inpost",), ("inpost.co.uk", "inpost.es", "inpost.pl")),
    "SEUR": ("delivery", ("seur",), ("seur.com",)),
    "GLS": ("delivery", ("gls",), ("gls-group.eu", "gls-group.com", "gls-spain.es")),
    "Purolator": ("delivery", ("purolator",), ("purolator.com",)),
    "OnTrac": ("delivery", ("ontrac",), ("ontrac.com",)),
    "Florida Turnpike": ("toll", ("turnpike", "flturnpike"), ("floridasturnpike.com", "paturnpike.com")),
    "NC Quick Pass": ("toll", ("ncquickpass",), ("ncquickpass.com",)),
    "Pikepass": ("toll", ("pikepass",), ("pikepass.com",)),
    "TollByPlate": ("toll", ("tollbyplate", "tollbymail"), ("tollbymailny.com",)),
}

# Tokens too short or too common to look for by edit distance / substring in domain labels.
SHORT_EXACT_ONLY = {"sbi", "gls", "pge", "uber", "lyft", "temu", "seur", "chime", "coned", "lowes", "hdfc", "icici",
                    "xbox", "ups", "dhl", "dpd", "irs", "ssa", "dmv", "nhs", "ee", "bt", "o2", "att", "ing", "ftc", "td",
                    "pnc", "dgt", "bofa", "amex", "usaa", "evri", "citi", "hsbc", "msft", "bbva", "meta", "aeat",
                    "hulu", "ebay", "usps", "dvla", "hmrc", "chase", "apple", "ntta", "ipass", "amzn", "zelle",
                    "venmo", "steam", "yodel"}

# Words that sit near brand names but are ordinary (never call these a lookalike).
NEAR_BRAND_WORDS = {
    "apply", "ample", "maple", "apples", "applebees", "chaser", "chased", "purchase", "chasers", "amazing",
    "ingles", "things", "google", "googol", "netflix", "eeeeee", "bbc", "upshot", "fedexfield", "citizens",
    "hermes", "uspsa", "meta", "metal", "metro", "ingram", "attend", "batt", "matt", "discord",
    "discovery", "halifaxcourier", "nationwidechildrens", "irish", "first", "verizonmedia", "paypals",
    "chimes", "loves", "lower", "lowest", "tiktoker", "yahooo", "sephardic", "ubers", "coned", "condo",
}

# Ordinary words that, glued to a brand in a domain label, show a made-up "official" site.
SCAM_DOMAIN_WORDS = (
    "secure", "security", "login", "logon", "signin", "verify", "verification", "validate", "confirm", "account",
    "accounts", "update", "billing", "bill", "service", "services", "support", "help", "helpdesk", "care", "pay",
    "payment", "payments", "toll", "tolls", "track", "tracking", "trace", "delivery", "deliver", "redelivery",
    "parcel", "package", "refund", "refunds", "claim", "online", "alert", "alerts", "id", "auth", "unlock",
    "recovery", "restore", "reactivate", "wallet", "gift", "reward", "rewards", "bonus", "prize", "customer",
    "center", "centre", "notice", "fee", "fees", "fine", "fines", "portal", "web", "app", "apps", "mobile", "official",
    "team", "desk", "cancel", "invoice", "order", "orders", "shipping", "ship", "post", "mail", "usa", "us", "uk",
    "gov", "tax", "taxes", "rebate", "check", "sms", "info", "amount", "due", "status", "safety", "protect", "fraud",
    "points", "redeem", "cashback", "survey", "promo", "giveaway", "appeal", "recover", "member", "members", "kyc",
    "bill", "bills", "pass", "renew", "renewal", "express", "parcels", "packages", "deliveries", "global", "com",
)

# Words that fake sites string together in their names ("secure-banking-update", "claim-my-reward",
# "toll-services-us"). Two or more of them, joined by hyphens, in a site name that belongs to no known
# company is a sign of a throw-away scam site. (English and Spanish.)
LURE_DOMAIN_WORDS = frozenset(SCAM_DOMAIN_WORDS) | frozenset({
    "bank", "banking", "reward", "rewards", "redeem", "win", "winner", "winners", "lucky", "spin", "free",
    "cash", "money", "earn", "profit", "profits", "invest", "investment", "trade", "trading", "crypto", "btc",
    "coin", "usdt", "bitcoin", "jobs", "job", "hr", "hiring", "recruit", "tolls", "toll", "ticket", "tickets",
    "penalty", "license", "licence", "dmv", "covid", "tracing", "test", "testkit", "vaccine", "grant", "relief",
    "stimulus", "energy", "power", "utility", "utilities", "disconnect", "locker", "customs", "duty", "duties",
    "import", "redeliver", "reschedule", "address", "confirm", "secure", "safe", "id", "identity", "access",
    "block", "blocked", "locked", "suspend", "suspended", "limited", "device", "cards", "card", "debit",
    "credit", "loan", "loans", "tax", "irs", "deposit", "withdraw", "withdrawal", "cancel", "order",
    "entrega", "paquete", "paquetes", "envio", "envios", "aduana", "aduanas", "peaje", "peajes", "multa",
    "multas", "premio", "premios", "pago", "pagos", "cuenta", "seguridad", "verificacion", "reembolso",
    "devolucion", "bloqueo", "desbloqueo", "tarjeta", "cliente", "clientes", "ayuda", "correo", "factura",
})

# Temporary tunnels: addresses that point straight at someone's own computer for a few hours.
TUNNEL_HOSTS = frozenset({
    "ngrok.io", "ngrok-free.app", "ngrok.app", "ngrok-free.dev", "trycloudflare.com", "loca.lt", "localtunnel.me",
    "serveo.net", "serveousercontent.com", "lhr.life", "localhost.run", "pinggy.link", "pinggy.online",
    "telebit.io", "pagekite.me", "tunnelto.dev", "devtunnels.ms", "bore.pub", "localto.net", "zrok.io",
})

# Official customer-service phone lines (digits only, with country code) of large companies and agencies.
# A message that points to one of these is pointing to the real channel, not to a stranger's phone.
OFFICIAL_PHONES = frozenset({
    "18007721213",  # US Social Security
    "18008291040",  # IRS
    "18006334227",  # Medicare
    "18004321000",  # Bank of America
    "18009359935",  # Chase
    "18772427372",  # Chase, online banking (checked on third-party guides only)
    "18008693557",  # Wells Fargo
    "18668675568",  # Wells Fargo, online banking fraud (wellsfargo.com/privacy-security/fraud/report)
    "18006424720",  # Wells Fargo, credit card fraud (same page)
    "18002274825",  # Capital One
    "18004279428",  # Capital One, fraud protection
    "18006552265",  # Capital One, banking (1-800-655-BANK)
    "18049342001",  # Capital One, collect calls from abroad
    "18009505114",  # Citi
    "18003472683",  # Discover
    "18005284800",  # American Express
    "18888426328",  # Navy Federal
    "18005318722",  # USAA
    "18008722657",  # US Bank
    "18882211161",  # PayPal
    "18882804331",  # Amazon
    "18002752273",  # Apple
    "18006427676",  # Microsoft
    "18002758777",  # USPS
    "18007425877",  # UPS
    "18004633339",  # FedEx
    "18002255345",  # DHL Express US
    "18009220204",  # Verizon
    "18003310500",  # AT&T
    "18009378997",  # T-Mobile
    "18009346489",  # Comcast / Xfinity
    "18004644000",  # Kaiser Permanente
    "443002003300",  # HMRC
    "443001232040",  # Action Fraud
    "18773824357",  # FTC (1-877-FTC-HELP)
    "448009123123",  # Santander UK
    "34900102801",  # BBVA (Spain)
    "34900404090",  # CaixaBank (Spain)
    "34915123123",  # Santander (Spain)
    "18772472559",  # Ally Bank (1-877-247-ALLY)
    "12105318722",  # USAA (San Antonio)
    "18887622265",  # PNC
    "18887519000",  # TD Bank
    "18444878478",  # Truist (1-844-4TRUIST)
    "18007344667",  # Regions (1-800-REGIONS)
    "18005392968",  # KeyBank (1-800-KEY2YOU)
    "18009229999",  # Citizens
    "18009723030",  # Fifth Third
    "18007820279",  # Fifth Third, lost or stolen cards
    "18778336197",  # Fifth Third, disputes
    "18006765869",  # Fifth Third, customer service
    "18004802265",  # Huntington (1-800-480-BANK)
    "18003281935",  # Alliant Credit Union
    "18774653361",  # Golden 1 Credit Union (1-877-GOLDEN 1)
    "18002332328",  # BECU
    "18887966887",  # Synovus (1-888-SYNOVUS)
    "18002475626",  # PenFed (checked on third-party listings only)
    "18004354000",  # Charles Schwab (schwab.com)
    "18884039000",  # Schwab Bank (schwab.com)
    "18005565678",  # PenFed, lost or stolen cards (1-800-556-LOST, penfed.org)
    "443457345345",  # Barclays
    "443453000000",  # Lloyds Bank
    "443457888444",  # NatWest
    "443457404404",  # HSBC UK
    "443457302011",  # Nationwide Building Society
    "443457203040",  # Halifax
})


# --- links ----------------------------------------------------------------------------------
SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly", "rebrand.ly", "cutt.ly",
    "shorturl.at", "shorturl.com", "rb.gy", "t.ly", "tiny.cc", "tiny.one", "s.id", "bit.do", "qrco.de", "short.gy",
    "shorte.st", "adf.ly", "bl.ink", "tr.im", "x.co", "soo.gd", "tiny.pl", "clck.ru", "u.to", "shrtco.de", "urlz.fr",
    "2no.co", "cli.re", "lnkd.in", "t.co", "ln.run", "y2u.be", "surl.li", "gg.gg", "did.li", "l.ead.me", "linktr.ee",
    "bitly.ws", "t2m.io", "kutt.it", "hyperurl.co", "shorturl.me", "urlr.me", "n9.cl", "inx.lv", "qr.ae", "1url.com",
    "u.nu", "ouo.io", "mcaf.ee", "su.pr", "cort.as", "acortar.link", "bit.ws", "tinyurl.link", "urlz.link",
    "bitly.is", "shrtlnk.dev", "lnk.bio", "rebrandly.com", "wl.co", "shorturl.asia", "zpr.io", "qrs.ly",
    "l.linklyhq.com", "cutt.us", "tny.im", "ux.nu", "vzturl.com", "spoo.me",
})

# Chat-app links: not bad in themselves, but a stranger moving you to a chat app is a pattern.
# Free e-mail providers: anyone can have an address there, so it is never a company's own.
FREE_MAIL = frozenset({"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "hotmail.co.uk",
                       "outlook.com", "live.com", "aol.com", "icloud.com", "me.com", "mail.com", "gmx.com", "gmx.net",
                       "proton.me", "protonmail.com", "yandex.com", "yandex.ru", "zoho.com", "msn.com", "qq.com"})
CHAT_LINK_DOMAINS = frozenset({"wa.me", "t.me", "telegram.me", "telegram.org", "chat.whatsapp.com", "line.me", "signal.me"})

# Free hosting, site builders, tunnels and form services (anyone can put a page there).
FREE_HOSTING = frozenset({
    "github.io", "pages.dev", "web.app", "firebaseapp.com", "workers.dev", "netlify.app", "vercel.app",
    "herokuapp.com", "glitch.me", "wixsite.com", "wix.com", "weebly.com", "blogspot.com", "000webhostapp.com",
    "ngrok.io", "ngrok-free.app", "ngrok.app", "repl.co", "replit.app", "webflow.io", "square.site", "mystrikingly.com",
    "godaddysites.com", "r2.dev", "ipfs.io", "dweb.link", "storage.googleapis.com", "azurewebsites.net",
    "web.core.windows.net", "wordpress.com", "carrd.co", "yolasite.com", "jimdosite.com", "site123.me",
    "forms.gle", "typeform.com", "jotform.com", "formstack.com", "duckdns.org", "no-ip.org", "ddns.net",
    "hopto.org", "zapto.org", "sytes.net", "myftp.biz", "serveo.net", "trycloudflare.com", "surge.sh",
    "firebasestorage.googleapis.com", "onrender.com", "fly.dev", "glideapp.io", "notion.site", "framer.app",
    "framer.website", "teachable.com", "webnode.page", "canva.site", "myshopify.com", "tilda.ws", "gitbook.io",
    "sites.google.com", "s3.amazonaws.com", "blob.core.windows.net", "cprapid.com", "beget.tech", "webredirect.org", "dynu.net", "freeddns.org", "mooo.com",
    "ddnsfree.com", "linkpc.net", "bounceme.net", "servehttp.com", "weeblysite.com", "wixstudio.io", "tiiny.site",
    "loca.lt", "localtunnel.me", "lhr.life", "localhost.run", "pinggy.link", "pinggy.online", "ngrok-free.dev",
    "serveousercontent.com", "devtunnels.ms", "gitlab.io", "codeberg.page", "pages.github.com", "vercel.com",
    "deno.dev", "replit.dev", "lovable.app", "bolt.host", "wasmer.app", "edgeone.app", "appspot.com",
    "cloudfront.net", "webcindario.com", "mozellosite.com", "ucoz.net", "tilda.cc", "wordpress.org", "blogspot.es",
    "blogspot.co.uk", "forms.office.com", "script.google.com", "page.link",
    "form.jotform.com", "formspree.io", "wufoo.com", "zohopublic.com", "hubspotpagebuilder.com", "my.canva.site",
    "ipfs.w3s.link", "nftstorage.link", "backblazeb2.com", "digitaloceanspaces.com", "amplifyapp.com",
    "azurestaticapps.net", "herokudns.com", "pantheonsite.io", "square.link",
})

# Top-level domains abused far out of proportion (HIGH) or often (MEDIUM). Configurable by editing.
RISKY_TLDS_HIGH = frozenset({
    "top", "xyz", "click", "link", "buzz", "icu", "cyou", "cfd", "sbs", "rest", "vip", "bond", "lol", "quest",
    "monster", "tk", "ml", "ga", "cf", "gq", "zip", "mov", "win", "bid", "loan", "racing", "download", "stream",
    "review", "date", "party", "science", "men", "trade", "accountant", "faith", "cricket", "gdn", "country",
    "kim", "work", "support", "help", "pw", "su", "xin", "wang", "asia", "tokyo", "mom", "beauty", "hair",
    "skin", "makeup", "autos", "boats", "yachts", "homes", "motorcycles", "lat", "locker", "fit", "surf",
    "best", "today", "ink", "pics", "cam", "uno", "cc",
})
RISKY_TLDS_MEDIUM = frozenset({
    "info", "online", "site", "website", "space", "fun", "live", "store", "shop", "life", "world", "pro",
    "biz", "club", "digital", "services", "host", "press", "tech", "ws", "cn", "ru", "ly", "me", "to",
    "in", "app", "one", "bar", "run", "ren", "icu", "ltd",
})

# Top-level domains accepted for a bare domain without http:// or www. (keeps "home.now" out).
BARE_DOMAIN_TLDS = frozenset({
    "com", "net", "org", "gov", "edu", "io", "co", "us", "uk", "ca", "au", "es", "de", "fr", "it", "in", "ly",
    "gd", "me", "info", "biz", "app", "ai", "gl", "be", "nl", "ie", "nz", "sg", "ms", "to", "cc", "so", "tv",
    "eu", "mx", "br", "ru", "cn", "jp", "kr",
    # newer endings that throw-away sites use too ("m365-billing-update.page")
    "page", "dev", "cloud", "email", "network", "center", "zone", "news", "global", "company", "agency", "express",
    "delivery", "claims", "finance", "money", "cash", "credit", "loans", "tax", "group", "solutions", "team", "guru",
    "security", "care", "plus", "tools", "works",
    # ... and prize and shopping bait ("amz-rewards.gift")
    "gift", "gifts", "promo", "deals", "sale", "coupons", "discount", "cheap", "shopping", "bargains",
}) | RISKY_TLDS_HIGH | RISKY_TLDS_MEDIUM

# Characters that look like Latin letters: checks/confusables.py (Unicode TR39 data).

# Invisible / direction-changing characters.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u2061\u2062\u2063\u2064")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

# Widely used, well-known sites that are not in BRANDS: a link to one of these is not an "unknown link".
# (Being here says nothing about a page's content; it only stops ordinary notices from looking odd.)
KNOWN_SITES = frozenset({
    # shipping and order tracking platforms
    "aftership.com", "narvar.com", "route.com", "17track.net", "parcelsapp.com", "shipstation.com", "shopify.com",
    "ordertracking.com", "loop.com", "onfleet.com", "shipt.com", "instacart.com", "inst.cr", "doordash.com", "ubereats.com",
    "grubhub.com", "deliveroo.co.uk", "just-eat.co.uk", "glovoapp.com",
    # retailers
    "target.com", "bestbuy.com", "homedepot.com", "lowes.com", "etsy.com", "kohls.com", "macys.com", "nordstrom.com",
    "oldnavy.com", "gap.com", "sephora.com", "ulta.com", "cvs.com", "walgreens.com", "kroger.com", "safeway.com",
    "wayfair.com", "ikea.com", "zara.com", "hm.com", "nike.com", "adidas.com", "apple.com", "samsung.com",
    "tesco.com", "sainsburys.co.uk", "asda.com", "argos.co.uk", "johnlewis.com", "boots.com", "marksandspencer.com",
    "elcorteingles.es", "mercadona.es", "carrefour.es", "aliexpress.com", "temu.com", "shein.com", "chewy.com",
    "starbucks.com", "dominos.com", "mcdonalds.com", "chipotle.com", "dunkindonuts.com", "nytimes.com",
    # travel and transport
    "uber.com", "lyft.com", "airbnb.com", "booking.com", "expedia.com", "southwest.com", "delta.com", "united.com",
    "aa.com", "jetblue.com", "britishairways.com", "ryanair.com", "easyjet.com", "iberia.com", "renfe.com",
    "amtrak.com", "trainline.com", "hertz.com", "enterprise.com",
    # services and platforms
    "linkedin.com", "indeed.com", "glassdoor.com", "zoom.us", "slack.com", "github.com", "gitlab.com",
    "wikipedia.org", "youtube.com", "x.com", "twitter.com", "tiktok.com", "reddit.com", "pinterest.com",
    "yahoo.com", "bbc.co.uk", "bbc.com", "cnn.com", "theguardian.com", "elpais.com", "weather.com",
    "zocdoc.com", "mychart.com", "epic.com", "kaiserpermanente.org", "cvshealth.com", "pge.com", "sce.com",
    "coned.com", "duke-energy.com", "nationalgrid.com", "edfenergy.com", "eon.co.uk", "thameswater.co.uk",
    "ticketmaster.com", "eventbrite.com", "stubhub.com", "calendly.com", "surveymonkey.com", "mailchimp.com",
    "squareup.com", "stripe.com", "intuit.com", "turbotax.com", "hrblock.com", "experian.com", "equifax.com",
    "transunion.com", "creditkarma.com", "fidelity.com", "vanguard.com", "schwab.com", "robinhood.com", "gc.com", "ludus.com", "ptcfast.com", "nespower.com", "glossgenius.com",
    "informeddelivery.usps.com", "nhs.uk", "gov.uk", "usa.gov", "ca.gov", "ny.gov", "texas.gov", "gob.es",
    "library.org", "nextdoor.com", "ring.com", "adt.com", "tmobile.com", "sky.com", "virginmedia.com",
    # text-message and e-mail marketing platforms whose links carry a shop's own name ("sephora.attn.tv")
    "attn.tv", "klclick.com", "klclick1.com", "klclick2.com", "klclick3.com", "kmail-lists.com", "pscr.pt",
    "postscript.io", "e2ma.net", "mailchi.mp", "list-manage.com", "exct.net", "rs6.net", "hubspotlinks.com",
    "sendgrid.net", "wlgrn.com", "kohls.sh", "on.gap.com", "cfa.bz",
    # companies' own short-link and sharing domains
    "amzn.eu", "t-mo.co", "lft.to", "abnb.me", "py.pl", "ebay.us", "etsy.me", "spoti.fi", "spotify.link", "db.tt",
    "instagr.am", "ig.me", "fb.watch", "m.me", "zoom.com", "webex.com", "teams.live.com",
    # schools, clubs and sports teams
    "parentsquare.com", "remind.com", "classdojo.com", "schoolmessenger.com", "blackboard.com", "instructure.com",
    "powerschool.com", "infinitecampus.org", "infinitecampus.com", "signupgenius.com", "teamsnap.com",
    "sportsengine.com", "leagueapps.com", "seesaw.me",
    # health
    "kp.org", "mercy.net", "sutterhealth.org", "mayoclinic.org", "clevelandclinic.org", "onemedical.com", "labcorp.com",
    "questdiagnostics.com", "minuteclinic.com", "riteaid.com", "goodrx.com", "doctolib.es", "doctolib.fr",
    "sanitas.es", "adeslas.es", "dkv.es", "quironsalud.com", "bupa.co.uk", "superdrug.com",
    # US health plans and their mail-order pharmacies, which text older people about refills and orders
    "optumrx.com", "caremark.com", "centerwellpharmacy.com", "humana.com", "uhc.com", "aetna.com", "cigna.com",
    "anthem.com", "bcbs.com", "myuhc.com",
    # shops, deliveries and food in the US, UK and Spain
    "lasership.com", "gopuff.com", "postmates.com", "samsclub.com", "traderjoes.com", "publix.com", "heb.com",
    "albertsons.com", "meijer.com", "wholefoodsmarket.com", "dollargeneral.com", "ocado.com", "currys.co.uk",
    "mrw.es", "nacex.es", "lidl.es", "dia.es", "zalando.es", "wallapop.com", "vinted.es", "justeat.es",
    # utilities and telecoms
    "xcelenergy.com", "dominionenergy.com", "fpl.com", "georgiapower.com", "nationalgridus.com", "cox.com",
    # more US power, gas and water companies (their shut-off notices are copied by scammers, so their real sites
    # matter): Arizona, the Southwest, Texas, the Midwest, the Northeast, California, the South and the Northwest
    "srpnet.com", "aps.com", "swgas.com", "tep.com", "nvenergy.com", "centerpointenergy.com", "oncor.com",
    "atmosenergy.com", "austinenergy.com", "cpsenergy.com", "aep.com", "aepohio.com", "firstenergycorp.com",
    "comed.com", "peco.com", "bge.com", "pepco.com", "pseg.com", "eversource.com", "consumersenergy.com",
    "dteenergy.com", "ameren.com", "evergy.com", "we-energies.com", "alliantenergy.com", "nipsco.com",
    "entergy.com", "socalgas.com", "sdge.com", "ladwp.com", "smud.org", "piedmontng.com",
    "spireenergy.com", "jea.com", "tampaelectric.com", "pse.com", "portlandgeneral.com", "pacificpower.net",
    "rockymountainpower.net",
    "optimum.net", "frontier.com", "centurylink.com", "o2online.es", "yoigo.com", "masmovil.es",
    # travel
    "alaskaair.com", "spirit.com", "flyfrontier.com", "vueling.com", "aireuropa.com", "ihg.com", "hyatt.com",
    "hotels.com", "vrbo.com", "avis.com", "budget.com", "nationalcar.com", "iryo.eu", "ouigo.com", "alsa.es",
    "cabify.com", "bolt.eu", "nationalrail.co.uk", "gwr.com", "lner.co.uk",
    # banks and money apps
    "ally.com", "sofi.com", "citizensbank.com", "regions.com", "key.com", "huntington.com", "fifththird.com",
    "synchrony.com", "mysynchrony.com", "syf.com", "wise.com", "remitly.com", "westernunion.com", "moneygram.com",
    "bankinter.com", "unicajabanco.es", "kutxabank.es", "abanca.com", "ibercaja.es", "openbank.es", "evobanco.com",
    "imaginbank.com", "tsb.co.uk", "firstdirect.com", "starlingbank.com", "rbs.co.uk", "bankofscotland.co.uk",
    # news, homes, events, photo galleries, fundraising and video visits people share
    "patch.com", "rightmove.co.uk", "zoopla.co.uk", "onthemarket.com", "zillow.com", "realtor.com", "redfin.com",
    "trulia.com", "idealista.com", "fotocasa.es", "evite.com", "paperlesspost.com", "partiful.com", "punchbowl.com",
    "meetup.com", "pixieset.com", "smugmug.com", "flickr.com", "shutterfly.com", "gofundme.com", "justgiving.com",
    "doxy.me", "teladoc.com", "mdlive.com", "what3words.com", "w3w.co", "strava.com", "alltrails.com",
    # news people send each other: national US, UK and Spanish outlets and the big regional papers and TV stations
    "cnbc.com", "washingtonpost.com", "usatoday.com", "foxnews.com", "nbcnews.com", "go.com", "cbsnews.com",
    "npr.org", "apnews.com", "reuters.com", "bloomberg.com", "wsj.com", "latimes.com", "nypost.com", "axios.com",
    "politico.com", "forbes.com", "businessinsider.com", "people.com", "espn.com", "accuweather.com", "azcentral.com",
    "cleveland.com", "nj.com", "al.com", "mlive.com", "oregonlive.com", "seattletimes.com", "sfchronicle.com",
    "sfgate.com", "bostonglobe.com", "boston.com", "dallasnews.com", "houstonchronicle.com", "chron.com", "ajc.com",
    "miamiherald.com", "tampabay.com", "startribune.com", "denverpost.com", "kiro7.com", "king5.com", "kare11.com",
    "wral.com", "ktla.com", "abc7.com", "telegraph.co.uk", "independent.co.uk", "dailymail.co.uk", "thetimes.co.uk",
    "itv.com", "elmundo.es", "abc.es", "lavanguardia.com", "20minutos.es", "rtve.es",
    # recipes, flights and weddings people share
    "allrecipes.com", "seriouseats.com", "foodnetwork.com", "budgetbytes.com", "flightaware.com", "zola.com",
    "theknot.com",
    # booking, invoicing and rent platforms that small businesses and landlords send links from
    "getjobber.com", "housecallpro.com", "appfolio.com", "thumbtack.com", "buildium.com", "rentcafe.com",
    "mindbodyonline.com",
    # public bodies on ordinary domains
    "redsara.es", "householdresponse.com", "gov.scot", "gov.wales", "madrid.org", "gva.es", "juntadeandalucia.es", "gencat.cat", "euskadi.eus", "xunta.gal",
    "sepe.es", "canada.ca",
    # the sign-in services US agencies (IRS, Social Security, Veterans Affairs, states) send their codes from
    "id.me", "login.gov",
    # services that send notices on behalf of clinics, schools, employers and shops (their own, fixed domains)
    "phreesia.net", "followmyhealth.com", "athenahealth.com", "patientportal.com", "nextgen.com", "healow.com",
    "solv.com", "klara.com", "weave.com", "simplepractice.com", "jane.app", "express-scripts.com",
    "booksy.com", "vagaro.com", "fresha.com", "acuityscheduling.com", "setmore.com", "opentable.com", "resy.com",
    "sevenrooms.com", "toasttab.com", "clover.com", "axs.com", "seatgeek.com",
    "myschoolbucks.com", "schoolpay.com", "parentpay.com", "scopay.com", "schoolgateway.com", "parentmail.co.uk",
    "arbor-education.com", "schoolcloud.co.uk", "scholastic.com", "mylifetouch.com", "gamechanger.io", "spond.com",
    "pic-time.com", "shootproof.com", "zenfolio.com", "gofund.me", "famly.co", "tapestryjournal.com", "mybrightwheel.com",
    # big charities' own fundraising pages and the platforms small ones use; obituaries and memorial pages
    "alz.org", "redcross.org", "stjude.org", "heart.org", "cancer.org", "lls.org", "komen.org", "unitedway.org",
    "habitat.org", "classy.org", "givebutter.com", "donordrive.com", "legacy.com", "tributearchive.com",
    "dignitymemorial.com", "everloved.com", "kudoboard.com", "aarp.org", "draftkings.com", "fanduel.com", "rocketmortgage.com", "signup.com", "gofan.co", "cargurus.com", "autotrader.com", "cars.com", "truecar.com", "kbb.com",
    # states' road reports
    "wyoroad.info",
    "adp.com", "paychex.com", "gusto.com", "workday.com", "myworkday.com", "ukg.com",
    # airlines, shops, banks and carriers not listed above
    "ba.com", "lufthansa.com", "klm.com", "airfrance.com", "amex.com", "ingdirect.es", "lloydspharmacy.com",
    "wegmans.com", "aldi.us", "lidl.com", "morrisons.com", "primark.com",
    "cfe.mx", "estafeta.com", "liverpool.com.mx", "dhl.com.mx",
    # regional and last-mile couriers that deliver for big shops (their tracking texts carry their own sites)
    "shipveho.com", "lso.com", "gso.com", "axlehire.com", "bettertrucks.com", "uniuni.com", "cdldelivery.com",
    "spee-dee.com", "pitneybowes.com", "packlink.es",
    # invitations and wedding sites
    "evite.me", "greenvelope.com", "withjoy.com", "minted.com", "rsvpify.com",
    # pharmacies and grocery chains with pharmacies
    "alto.com", "capsule.com", "pillpack.com", "accredo.com", "costplusdrugs.com", "hy-vee.com", "fredmeyer.com",
    "gianteagle.com", "shoprite.com", "stopandshop.com", "giantfood.com", "foodlion.com", "harristeeter.com",
    "winndixie.com", "sprouts.com", "hannaford.com", "weismarkets.com",
    # car dealers' service and payment platforms, and car care chains
    "mykaarma.com", "xtime.com", "updatepromise.com", "dealer-fx.com", "cdk.com", "tekion.com", "jiffylube.com",
    "vioc.com", "discounttire.com", "tirerack.com", "pepboys.com", "midas.com", "meineke.com", "carvana.com",
    "carmax.com", "firestonecompleteautocare.com",
    # outage maps, bill payment and public alert systems that utilities, cities and counties use
    "kubra.io", "kubra.com", "paymentus.com", "invoicecloud.com", "everbridge.net", "nixle.com", "nixle.us",
    "ravemobilesafety.com", "smart911.com", "alertmedia.com", "civicplus.com", "onsolve.com",
    # school, daycare and youth-sports apps
    "rmd.me", "brightwheel.com", "procaresoftware.com", "tadpoles.com", "konstella.com", "membershiptoolkit.com",
    "schoology.com", "clever.com", "skyward.com", "finalsite.com", "smore.com", "gotsport.com", "playmetrics.com",
    "bluesombrero.com", "demosphere.com",
    # appointment-reminder and review services for clinics, dentists and vets; vet chains
    "lumahealth.io", "solutionreach.com", "demandforce.com", "lighthouse360.com", "revenuewell.com", "nexhealth.com",
    "podium.com", "birdeye.com", "petdesk.com", "vetstoria.com", "allydvm.com", "vetsource.com", "banfield.com",
    "vcahospitals.com",
    # gyms
    "planetfitness.com", "lafitness.com", "24hourfitness.com", "orangetheory.com", "ymca.org", "ymca.net",
    "clubready.com", "zenplanner.com",
    # landlords', HOAs' and storage companies' platforms
    "rentmanager.com", "yardi.com", "entrata.com", "tenantcloud.com", "turbotenant.com", "frontsteps.com",
    "townsq.io", "associaonline.com", "publicstorage.com", "extraspace.com", "cubesmart.com", "uhaul.com", "pods.com",
    # restaurants' online ordering
    "chownow.com", "slicelife.com", "menufy.com", "olo.com", "ezcater.com", "seamless.com", "order.online",
    # regional internet providers
    "windstream.com", "mediacomcable.com", "wowway.com", "astound.com", "breezeline.com", "sparklight.com",
    "metronet.com", "ziply.com", "hughesnet.com", "viasat.com", "starlink.com",
    # credit unions and regional banks
    "penfed.org", "alliantcreditunion.org", "becu.org", "schoolsfirstfcu.org", "golden1.com",
    "suncoastcreditunion.com", "lmcu.org", "desertfinancial.com", "americafirst.com", "mountainamerica.com", "dcu.org",
    "firsttechfed.com", "patelco.org", "ncsecu.org", "bmo.com", "mtb.com", "firstcitizens.com", "frostbank.com",
    "zionsbank.com", "umpquabank.com", "associatedbank.com", "bankozk.com", "synovus.com", "cadencebank.com",
    "woodforest.com", "arvest.com", "commercebank.com", "comerica.com", "eastwestbank.com", "websterbank.com",
    # sharing a bill, signing up for a race
    "splitwise.com", "runsignup.com",
    # high-school sports streams; flowers
    "nfhsnetwork.com", "1800flowers.com",
})

# Public suffixes only governments, the armed forces, schools and health services can register under (a link
# under one is that body's own site). Registries that sell to anyone are not here (edu.pe, gov.in ... are left
# out on purpose: their sites are often broken into and used for scam pages).
RESTRICTED_SUFFIXES = frozenset({
    "gov", "mil", "edu", "fed.us", "gov.uk", "nhs.uk", "police.uk", "ac.uk", "mod.uk", "gob.es", "edu.es",
    "gov.au", "edu.au", "gc.ca", "gouv.fr", "gov.ie", "europa.eu",
    # Other countries' government suffixes, which only public bodies can register:
    "gov.in", "nic.in", "gov.sg", "gov.my", "gov.ph", "gov.pk", "gov.bd", "gov.lk",
    "gov.za", "gov.ng", "gov.gh", "go.ke", "go.ug", "gov.br", "gob.mx", "gob.ar", "gob.cl", "gob.pe", "gov.co",
    "gob.ec", "gob.gt", "gob.do", "gob.pa", "gob.bo", "gub.uy", "gov.py", "govt.nz", "gov.hk", "go.jp",
    "go.kr", "gov.il", "gov.ae", "gov.sa", "gov.tr", "gov.pt", "gov.pl", "gv.at", "admin.ch", "gov.it",
})
