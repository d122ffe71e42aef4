"""Link red flags: each fires on its trick, and real company links stay quiet. No link is ever fetched."""

from __future__ import annotations

import pytest

from checks.scam import analyse
from checks.scam._urls import analyse_url, find_urls

CASES = {
    "url_homoglyph": "https://pаypal.com/signin",  # Cyrillic а
    "url_punycode": "https://xn--pypal-4ve.com/login",
    "url_idn": "https://bücher-shop.com/angebote",
    "url_at_sign": "https://www.paypal.com@verify-user.top/signin",
    "url_ip_host": "http://185.203.44.17/track",
    "url_shortener": "https://bit.ly/3AbCdEf",
    "url_free_hosting": "https://parcel-help.weebly.com/",
    "url_login_on_free_host": "https://account-verify.netlify.app/login",
    "url_risky_tld": "https://parcel-status.top/id",
    "url_brand_wrong_domain": "https://usps.xyz/track",
    "url_brand_in_domain": "https://usps-redelivery.com/pay",
    "url_lookalike": "https://paypa1.com/login",
    "url_deceptive_subdomain": "https://paypal.com.account-verify.co/login",
    "url_http_login": "http://secure-banking-portal.com/login",
    "url_complex_host": "https://a.b.c.d.e.example-service.com/",
    "url_odd_port": "http://example-shop.com:8081/deal",
    "url_file_download": "https://example-updates.com/files/update.apk",
    "url_dangerous_scheme": "javascript:alert(1)",
    "url_chat_link": "https://wa.me/15555550123",
    "url_encoded_host": "http://%70aypal-help.com/",
    "url_tunnel": "https://parcel-help.trycloudflare.com/pay",
    "url_scam_words": "https://secure-banking-update.com/",
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_url_flag(code: str) -> None:
    url = CASES[code]
    info = analyse_url(url, url)
    assert code in {f.code for f in info.flags}, [f.code for f in info.flags]


@pytest.mark.parametrize("url", [
    "https://www.paypal.com/myaccount/summary",
    "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223456789012",
    "https://www.amazon.co.uk/gp/css/order-history",
    "https://accounts.google.com/signin",
    "https://login.microsoftonline.com/common/oauth2/authorize",
    "https://www.chase.com/personal/online-banking",
    "https://secure.royalmail.com/track",
    "https://www.gov.uk/check-vehicle-tax",
    "https://www.irs.gov/refunds",
    "https://github.com/python/cpython",
    "https://en.wikipedia.org/wiki/Phishing",
    "https://www.bbc.co.uk/news",
    "https://www.applebees.com/en/menu",
])
def test_real_sites_have_no_flags(url: str) -> None:
    info = analyse_url(url, url)
    assert info.flags == [], [f.code for f in info.flags]
    assert analyse(url).verdict == "likely_safe"


def test_official_domain_is_recognised() -> None:
    info = analyse_url("https://tools.usps.com/go/x", "https://tools.usps.com/go/x")
    assert info.official_brand == "USPS"
    assert info.registrable == "usps.com"


def test_deceptive_subdomain_reports_the_real_site() -> None:
    info = analyse_url("https://secure-login.paypal.com.account-verify.co.uk/x", "")
    flag = next(f for f in info.flags if f.code == "url_deceptive_subdomain")
    assert "account-verify.co.uk" in flag.message
    assert info.registrable == "account-verify.co.uk"


def test_find_urls_in_text_with_offsets() -> None:
    text = "Pay here: https://ezpass-tolls.top/pay. Or visit usps.com today, or bit.ly/abc!"
    hits = find_urls(text)
    found = [text[h.start:h.end] for h in hits]
    assert found == ["https://ezpass-tolls.top/pay", "usps.com", "bit.ly/abc"]


def test_a_link_with_a_broken_scheme_is_still_a_link() -> None:
    # "http//" (no colon) slips past filters, and past a finder that only knows "http://"
    text = "CaixaBank: se ha solicitado un pago de 780,00 EUR. Si no reconoce esta operación, cancélela aquí http//caixa-bloqueo.com"
    hits = find_urls(text)
    assert [text[h.start:h.end] for h in hits] == ["http//caixa-bloqueo.com"]
    report = analyse(text)
    assert report.verdict in ("scam", "suspicious")
    assert any(text[r.start:r.end] == "http//caixa-bloqueo.com" for r in report.reasons)
    assert find_urls("HTTP/1.1 200 OK") == []


def test_sentences_without_spaces_are_not_links() -> None:
    assert find_urls("I am home.Are you coming? See you at 5.30pm ok.now") == []


def test_defanged_link_is_re_fanged() -> None:
    report = analyse("Go to hxxps://paypal-verify[.]top/login now")
    assert "https://paypal-verify.top/login" in report.indicators.urls
    r = next(r for r in report.reasons if r.code == "url_brand_in_domain")
    assert report.analysed_text[r.start:r.end] == "hxxps://paypal-verify[.]top/login"


def test_url_reason_offsets_point_at_the_link() -> None:
    text = "Hi! Your parcel is waiting: https://usps.com-trackhelp.top/us thanks"
    report = analyse(text)
    r = next(r for r in report.reasons if r.code.startswith("url_"))
    assert text[r.start:r.end] == "https://usps.com-trackhelp.top/us"


def test_link_not_official_when_message_names_a_brand() -> None:
    report = analyse("Netflix: your payment failed. Update here: https://billing-update-center.com/nf")
    codes = {r.code for r in report.reasons}
    assert "link_not_official" in codes
    assert report.verdict in ("scam", "suspicious")


def test_indicators_hold_urls_and_registrable_domains() -> None:
    report = analyse("see https://a.b.example.co.uk/x and https://www.amazon.com/")
    assert report.indicators.domains == ("example.co.uk", "amazon.com")
    assert len(report.indicators.urls) == 2


def test_thousands_of_links_are_counted_not_all_analysed() -> None:
    text = " ".join(f"https://site{i}.example.com/p" for i in range(400))
    report = analyse(text)
    assert "many_links" in {r.code for r in report.reasons}
    assert len(report.indicators.urls) == 200


@pytest.mark.parametrize("url", [
    "https://sites.google.com/view/parcel-track-center",
    "https://storage.googleapis.com/bucket/login.html",
    "https://s3.amazonaws.com/bucket/verify.html",
    "https://docs.google.com/forms/d/e/1FAIpQLSe/viewform",
])
def test_free_hosting_on_a_big_company_domain_is_not_that_company(url: str) -> None:
    info = analyse_url(url, url)
    assert info.official_brand is None
    assert "url_free_hosting" in {f.code for f in info.flags}
    # The hosting company's own name is not called a fake.
    assert not {"url_brand_wrong_domain", "url_lookalike"} & {f.code for f in info.flags}


@pytest.mark.parametrize("url", [
    "https://docs.google.com/presentation/d/1a2b3c",
    "https://photos.app.goo.gl/xYz12AbC",
    "https://www.loves.com/locations",
    "https://www.hilton.com/en/hotels/",
    "https://www.marriott.com/default.mi",
])
def test_more_real_sites_have_no_flags(url: str) -> None:
    assert analyse_url(url, url).flags == []


@pytest.mark.parametrize("url,code", [
    ("https://bonvoy-points-claim.com", "url_brand_in_domain"),
    ("https://fl-turnpike.pages.dev", "url_deceptive_subdomain"),
    ("https://amazon.wixsite.com/signin", "url_deceptive_subdomain"),
    ("https://e-zpass.tolls-pay.com", "url_deceptive_subdomain"),
    ("https://abc123.ngrok-free.app/login", "url_tunnel"),
    ("https://claim-my-reward.buzz", "url_scam_words"),
])
def test_modern_fake_addresses(url: str, code: str) -> None:
    assert code in {f.code for f in analyse_url(url, url).flags}


def test_bare_shortener_and_tunnel_hosts_are_links() -> None:
    text = "Claim it: rb.gy/k2x9 or nflx-update.loca.lt now"
    found = [text[h.start:h.end] for h in find_urls(text)]
    assert found == ["rb.gy/k2x9", "nflx-update.loca.lt"]


def test_hidden_link_with_a_lure_is_a_scam() -> None:
    report = analyse("Your account is on hold. Update now: bit.ly/3xUpd")
    assert "combo_hidden_link_and_lure" in {r.code for r in report.reasons}
    assert report.verdict == "scam"


def test_lone_throwaway_link_with_click_request_is_suspicious() -> None:
    report = analyse("Click here: https://abc-files.trycloudflare.com/doc")
    assert report.verdict in ("suspicious", "scam")
    assert "combo_hidden_link_click" in {r.code for r in report.reasons}


def test_official_phone_line_is_not_a_number_to_act_on() -> None:
    report = analyse("Social Security: your account password was changed. If you did not make this change, "
                     "call 1-800-772-1213.")
    assert report.verdict == "likely_safe", [(r.code, r.points) for r in report.reasons]


@pytest.mark.parametrize(("registrable", "official"), [
    ("irs.gov", True), ("lincoln.k12.ca.us", True), ("ox.ac.uk", True), ("x.nhs.uk", True),
    ("agenciatributaria.gob.es", True), ("harvard.edu", True), ("t-mo.co", True), ("parentsquare.com", True),
    ("uidai.gov.in", True), ("cra-arc.gc.ca", True), ("sat.gob.mx", True), ("ird.govt.nz", True), ("iras.gov.sg", True),
    # registries that sell to anyone, and their broken-into sites used for scam pages
    ("upp.edu.pe", False), ("brightvision.edu.pk", False), ("safe-paying.com", False), ("gov-ticket.com", False),
    ("gov-in.co", False), ("govt.nz.refund-ird.com", False),
])
def test_sites_of_public_bodies_schools_and_known_companies(registrable: str, official: bool) -> None:
    from checks.scam._urls import official_brand_for

    assert bool(official_brand_for(registrable, registrable)) is official


@pytest.mark.parametrize(("text", "url"), [
    ("Your account is locked. Unlock: bit . ly/3AppleSecure", "bit.ly/3AppleSecure"),
    ("Update your address here: amazon .com-delivery-update .info", "amazon.com-delivery-update.info"),
    ("Restore full access at mtb-restore .com today", "mtb-restore.com"),
])
def test_a_link_broken_with_spaces_round_its_dot_is_a_link(text: str, url: str) -> None:
    report = analyse(text)
    assert url in report.indicators.urls, report.indicators.urls
    assert report.analysed_text == text  # the user's text is shown as written


@pytest.mark.parametrize("text", [
    "ok. me too, see you at 5. Info at the door.",
    "I'm at work. Me and Jo will come by. Shop closes at 6. Live music after.",
    "Thanks so much . Co-op is open till 10",
])
def test_sentences_are_not_joined_into_links(text: str) -> None:
    assert not analyse(text).indicators.urls
