"""checks.password_import: one sample export per format, and bad files with clear messages."""

from __future__ import annotations

import codecs

import pytest

from checks import password_import as imp

BITWARDEN = (
    "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
    "Social,1,login,Twitter,,,0,https://twitter.com/login,alice@example.com,Sunshine2023!,\n"
    ",,note,My note,secret text,,0,,,,\n"
    ",,login,Bank,\"line one\nline two\",,0,https://www.chase.com,alice,P@ssw0rd,\n"
)
CHROME = (
    "name,url,username,password,note\n"
    "accounts.google.com,https://accounts.google.com/signin,alice@gmail.com,hunter2hunter2,\n"
    "shop.example,https://shop.example/login,alice,Summer2024!,\n"
)
FIREFOX = (
    '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed",'
    '"timePasswordChanged"\r\n'
    '"https://www.mozilla.org","bob","Tr0ub4dor&3","","https://www.mozilla.org","{abc}","1577836800000",'
    '"1577836800000","1609459200000"\r\n'
)
ONEPASSWORD = (
    "Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"
    "Netflix,https://www.netflix.com/login,carol@example.com,letmein123,,false,false,,\n"
)
KEEPASSXC = (
    '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"\n'
    '"Root/Email","Mail","dave@example.com","correct horse","https://mail.example.com","","","0",'
    '"2023-05-01T10:20:30Z","2020-01-01T00:00:00Z"\n'
)


@pytest.mark.parametrize(
    ("text", "fmt", "count"),
    [(BITWARDEN, "bitwarden", 2), (CHROME, "chrome", 2), (FIREFOX, "firefox", 1), (ONEPASSWORD, "1password", 1),
     (KEEPASSXC, "keepassxc", 1)],
)
def test_detects_each_format(text: str, fmt: str, count: int) -> None:
    parsed = imp.parse_export(text.encode())
    assert parsed.format == fmt
    assert len(parsed.logins) == count


def test_bitwarden_fields_and_skips_notes() -> None:
    parsed = imp.parse_export(BITWARDEN.encode())
    assert parsed.skipped == 1
    first, bank = parsed.logins
    assert (first.service, first.domain, first.username, first.password) == (
        "Twitter", "twitter.com", "alice@example.com", "Sunshine2023!")
    assert bank.domain == "chase.com" and bank.password == "P@ssw0rd"
    assert bank.line == 5  # the quoted newline in the notes counts as a line


def test_dates_where_the_format_has_them() -> None:
    assert imp.parse_export(FIREFOX.encode()).logins[0].last_changed == "2021-01-01"
    assert imp.parse_export(KEEPASSXC.encode()).logins[0].last_changed == "2023-05-01"
    assert imp.parse_export(CHROME.encode()).logins[0].last_changed is None


def test_password_is_not_in_repr() -> None:
    login = imp.parse_export(CHROME.encode()).logins[0]
    assert "hunter2" not in repr(login)


def test_bom_utf16_and_cp1252() -> None:
    assert imp.parse_export(codecs.BOM_UTF8 + CHROME.encode()).format == "chrome"
    assert imp.parse_export(CHROME.encode("utf-16")).format == "chrome"
    cp = "name,url,username,password\nCaf\u00e9,https://cafe.example,al,pw\u00e9pw\u00e9\n".encode("cp1252")
    parsed = imp.parse_export(cp)
    assert parsed.encoding == "cp1252" and parsed.logins[0].service == "Caf\u00e9"


def test_semicolon_delimiter() -> None:
    parsed = imp.parse_export(CHROME.replace(",", ";").encode())
    assert parsed.format == "chrome" and parsed.logins[1].password == "Summer2024!"


def test_unknown_header_counts_the_columns_without_echoing_them() -> None:
    with pytest.raises(imp.CsvImportError) as err:
        imp.parse_export(b"foo,bar\n1,2\n")
    assert "2 columns" in err.value.message and err.value.line == 1
    assert "foo" not in err.value.message and "bar" not in err.value.message
    assert "Bitwarden" in err.value.hint


def test_missing_columns_give_the_line() -> None:
    text = "name,url,username,password\nA,https://a.example,al,pw\nB,https://b.example\n"
    with pytest.raises(imp.CsvImportError) as err:
        imp.parse_export(text.encode())
    assert err.value.line == 3 and "Line 3" in err.value.message


def test_unclosed_quote_is_reported() -> None:
    text = 'name,url,username,password\nA,https://a.example,al,"pw\n'
    with pytest.raises(imp.CsvImportError) as err:
        imp.parse_export(text.encode())
    assert "Line" in err.value.message


def test_binary_empty_and_huge_files() -> None:
    with pytest.raises(imp.CsvImportError, match="binary"):
        imp.parse_export(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(imp.CsvImportError, match="empty"):
        imp.parse_export(b"   \n")
    with pytest.raises(imp.CsvImportError, match="MB"):
        imp.parse_export(b"x" * (imp.MAX_BYTES + 1))


def test_no_passwords_in_file() -> None:
    with pytest.raises(imp.CsvImportError, match="no saved passwords"):
        imp.parse_export(b"name,url,username,password\nA,https://a.example,al,\n")


@pytest.mark.parametrize(
    ("url", "domain"),
    [("https://www.Example.com/login", "example.com"), ("example.org", "example.org"),
     ("androidapp://com.example", ""), ("", ""), ("http://[::1", "")],
)
def test_domain_of(url: str, domain: str) -> None:
    assert imp.domain_of(url) == domain


def test_generic_title_url_export_and_multiple_uris() -> None:
    parsed = imp.parse_export(b"Title,URL,Username,Password,Notes,OTPAuth\nMail,https://mail.example,al,pw1,,\n")
    assert parsed.format == "generic" and parsed.logins[0].domain == "mail.example"
    bw = BITWARDEN.replace("https://twitter.com/login", '"https://twitter.com/login,https://x.com"')
    assert imp.parse_export(bw.encode()).logins[0].domain == "twitter.com"
