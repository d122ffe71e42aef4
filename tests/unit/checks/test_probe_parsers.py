"""Parsers on recorded command outputs for Linux, Windows and macOS (tests/data/probes/<os>/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.parsers import common as C
from checks.parsers import linux as L
from checks.parsers import macos as M
from checks.parsers import windows as W

DATA = Path(__file__).resolve().parents[2] / "data" / "probes"


def text(os_name: str, name: str) -> str:
    return (DATA / os_name / name).read_text(encoding="utf-8")


def raw(os_name: str, name: str) -> bytes:
    return (DATA / os_name / name).read_bytes()


# -- Linux ----------------------------------------------------------------------------------


class TestLinuxGateway:
    def test_proc_net_route_little_endian(self) -> None:
        assert L.parse_proc_net_route(text("linux", "proc_net_route.txt")) == {"ip": "192.168.1.1", "interface": "wlp2s0"}

    def test_proc_net_route_lowest_metric_wins(self) -> None:
        assert L.parse_proc_net_route(text("linux", "proc_net_route_two_defaults.txt")) == {"ip": "10.0.0.1", "interface": "enp0s31f6"}

    def test_proc_net_route_without_default(self) -> None:
        assert L.parse_proc_net_route(text("linux", "proc_net_route_no_default.txt")) is None

    def test_ip_route_json(self) -> None:
        assert L.parse_ip_route_json(text("linux", "ip_route_default.json")) == {"ip": "192.168.1.1", "interface": "wlp2s0"}
        assert L.parse_ip_route_json(text("linux", "ip_route_default_two.json"))["ip"] == "10.0.0.1"
        assert L.parse_ip_route_json(text("linux", "ip6_route_default.json"))["ip"] == "fe80::1"
        assert L.parse_ip_route_json(text("linux", "ip_route_empty.json")) is None
        assert L.parse_ip_route_json("garbage{") is None

    def test_arp_and_neigh(self) -> None:
        assert L.parse_proc_net_arp(text("linux", "proc_net_arp.txt"), "192.168.1.1") == "a0:04:60:12:34:56"
        assert L.parse_proc_net_arp(text("linux", "proc_net_arp.txt"), "192.168.1.99") is None  # incomplete entry
        assert L.parse_ip_neigh(text("linux", "ip_neigh.txt"), "192.168.178.1") == "c8:0e:14:ab:cd:ef"
        assert L.parse_ip_neigh(text("linux", "ip_neigh.txt"), "192.168.178.30") is None


class TestLinuxDns:
    def test_resolvectl(self) -> None:
        assert L.parse_resolvectl_dns(text("linux", "resolvectl_dns.txt")) == ["192.168.1.1", "fd00::ca0e:14ff:feab:cdef"]

    def test_resolvectl_with_server_names(self) -> None:
        assert L.parse_resolvectl_dns(text("linux", "resolvectl_dns_dot.txt")) == ["1.1.1.1", "9.9.9.9", "192.168.1.1"]

    def test_nmcli_escaped_ipv6(self) -> None:
        assert L.parse_nmcli_dns(text("linux", "nmcli_dns.txt")) == ["192.168.178.1", "fd00::ca0e:14ff:feab:cdef", "10.0.0.1"]

    def test_resolv_conf(self) -> None:
        assert L.parse_resolv_conf(text("linux", "resolv_conf_stub.txt")) == ["127.0.0.53"]
        assert L.parse_resolv_conf(text("linux", "resolv_conf_plain.txt")) == ["192.168.178.1", "fd00::ca0e:14ff:feab:cdef"]


class TestLinuxWifi:
    @pytest.mark.parametrize(
        ("name", "ssid", "mode"),
        [
            ("nmcli_wifi_wpa2.txt", "Miller Family", "wpa2"),
            ("nmcli_wifi_wpa3.txt", "FRITZ!Box 7590 XY", "wpa3"),
            ("nmcli_wifi_transition.txt", "Vodafone-A1B2", "wpa2_wpa3"),
            ("nmcli_wifi_open.txt", "Cafe Free WiFi", "open"),
            ("nmcli_wifi_wep.txt", "NETGEAR42", "wep"),
            ("nmcli_wifi_mixed_tkip.txt", "TP-Link_3F2A", "wpa2_tkip"),
            ("nmcli_wifi_escaped.txt", "Home:Office \\ 5G", "wpa2"),
            ("nmcli_wifi_enterprise.txt", "eduroam", "enterprise"),
        ],
    )
    def test_active_row_and_mode(self, name: str, ssid: str, mode: str) -> None:
        row = L.parse_nmcli_wifi(text("linux", name))
        assert row is not None and row["ssid"] == ssid
        assert L.wifi_mode_from_nmcli(row["security"], row["wpa_flags"], row["rsn_flags"]) == mode

    def test_no_active_row(self) -> None:
        assert L.parse_nmcli_wifi(text("linux", "nmcli_wifi_none_active.txt")) is None

    def test_terse_split(self) -> None:
        assert L.split_nmcli_terse(r"yes:a\:b:c\\d:") == ["yes", "a:b", "c\\d", ""]


class TestLinuxDevice:
    @pytest.mark.parametrize(
        ("name", "product", "version"),
        [
            ("os_release_ubuntu.txt", "ubuntu", "24.04"),
            ("os_release_debian.txt", "debian", "12"),
            ("os_release_fedora.txt", "fedora", "40"),
            ("os_release_mint.txt", "linuxmint", "21.3"),
        ],
    )
    def test_os_release(self, name: str, product: str, version: str) -> None:
        rel = L.parse_os_release(text("linux", name))
        assert rel["ID"] == product and rel["VERSION_ID"] == version

    def test_lsblk_luks_on_lvm(self) -> None:
        info = L.parse_lsblk_encryption(text("linux", "lsblk_luks.json"))
        assert info == {"mounts": {"/": True}, "method": "LUKS"}

    def test_lsblk_plain(self) -> None:
        assert L.parse_lsblk_encryption(text("linux", "lsblk_plain.json")) == {"mounts": {"/": False}, "method": ""}

    def test_lsblk_old_mountpoint_key(self) -> None:
        info = L.parse_lsblk_encryption(text("linux", "lsblk_old_mountpoint.json"))
        assert info is not None and info["mounts"] == {"/home": True, "/": True}

    def test_lsblk_garbage(self) -> None:
        assert L.parse_lsblk_encryption("lsblk: unknown column: MOUNTPOINTS") is None
        assert L.parse_lsblk_encryption('{"blockdevices": []}') is None

    def test_ufw_conf(self) -> None:
        assert L.parse_ufw_conf(text("linux", "ufw_conf_enabled.txt")) is True
        assert L.parse_ufw_conf(text("linux", "ufw_conf_disabled.txt")) is False
        assert L.parse_ufw_conf("") is None

    def test_apt(self) -> None:
        assert L.parse_apt_check(text("linux", "apt_check_stderr.txt")) == (12, 4)
        assert L.parse_apt_check(text("linux", "apt_check_stderr_none.txt")) == (0, 0)
        assert L.parse_apt_check("E: some apt error") is None
        assert L.parse_apt_list_upgradable(text("linux", "apt_list_upgradable.txt")) == (4, 2)
        assert L.parse_apt_list_upgradable(text("linux", "apt_list_upgradable_debian.txt")) == (2, 1)

    def test_apt_config(self) -> None:
        assert L.parse_apt_config_unattended(text("linux", "apt_config_unattended_on.txt")) is True
        assert L.parse_apt_config_unattended(text("linux", "apt_config_unattended_off.txt")) is False
        assert L.parse_apt_config_unattended(text("linux", "apt_config_unattended_missing.txt")) is None

    def test_gsettings(self) -> None:
        assert L.parse_gsettings_value(text("linux", "gsettings_lock_enabled.txt")) is True
        assert L.parse_gsettings_value(text("linux", "gsettings_idle_delay.txt")) == 300
        assert L.parse_gsettings_value(text("linux", "gsettings_idle_delay_never.txt")) == 0
        assert L.parse_gsettings_value(text("linux", "gsettings_proxy_mode.txt")) == "none"
        assert L.parse_gsettings_value("No such schema “org.gnome.desktop.session”") is None

    def test_browser_versions(self) -> None:
        assert L.parse_version_output(text("linux", "chrome_version.txt")) == "131.0.6778.85"
        assert L.parse_version_output(text("linux", "firefox_version.txt")) == "133.0"
        assert L.parse_version_output(text("linux", "chromium_version.txt")) == "130.0.6723.116"
        assert L.parse_version_output("") is None

    def test_listeners(self) -> None:
        assert L.parse_proc_net_tcp_listeners(text("linux", "proc_net_tcp.txt")) == [("0.0.0.0", 22)]


# -- Windows ---------------------------------------------------------------------------------


class TestWindowsNetwork:
    def test_netroute_picks_lowest_metric(self) -> None:
        assert W.parse_netroute_json(text("windows", "get_netroute.json")) == {"ip": "10.10.0.1", "interface": "Ethernet"}
        assert W.parse_netroute_json(text("windows", "get_netroute_single.json")) == {"ip": "192.168.0.1", "interface": "WLAN"}
        assert W.parse_netroute_json(text("windows", "get_netroute_error.txt")) is None

    @pytest.mark.parametrize(
        ("name", "ip"),
        [("route_print_en.txt", "192.168.0.1"), ("route_print_de.txt", "192.168.178.1"), ("route_print_vpn_onlink.txt", "192.168.1.1")],
    )
    def test_route_print_any_language(self, name: str, ip: str) -> None:
        gw = W.parse_route_print(text("windows", name))
        assert gw is not None and gw["ip"] == ip

    def test_neighbour(self) -> None:
        assert W.parse_netneighbor_json(text("windows", "get_netneighbor.json"), "192.168.0.1") == "50:c7:bf:12:34:56"
        assert W.parse_arp_a(text("windows", "arp_a_en.txt"), "192.168.0.1") == "50:c7:bf:12:34:56"
        assert W.parse_arp_a(text("windows", "arp_a_de.txt"), "192.168.178.1") == "c8:0e:14:ab:cd:ef"
        assert W.parse_arp_a(text("windows", "arp_a_en.txt"), "192.168.0.2") is None

    def test_dns_client(self) -> None:
        assert W.parse_dns_client_json(text("windows", "dns_client.json")) == ["192.168.0.1", "fec0:0:0:ffff::1", "fec0:0:0:ffff::2"]
        assert W.parse_dns_client_json(text("windows", "dns_client_rogue.json")) == ["93.188.166.2", "8.8.8.8"]

    @pytest.mark.parametrize(
        ("name", "ssid", "mode"),
        [
            ("netsh_wlan_en_wpa2.txt", "Miller Family", "wpa2"),
            ("netsh_wlan_de_wpa2.txt", "FRITZ!Box 7530 QW", "wpa2"),
            ("netsh_wlan_fr_wpa3.txt", "Livebox-7A3C", "wpa3"),
            ("netsh_wlan_en_open.txt", "Airport_Free_WiFi", "open"),
            ("netsh_wlan_en_tkip.txt", "TP-Link_3F2A", "wpa2_tkip"),
        ],
    )
    def test_netsh_connected(self, name: str, ssid: str, mode: str) -> None:
        info = W.parse_netsh_wlan_interfaces(text("windows", name))
        assert info["state"] == "connected" and info["ssid"] == ssid
        assert W.wifi_mode_from_netsh(info["authentication"], info["cipher"]) == mode

    def test_netsh_24h2_location_permission(self) -> None:
        assert W.parse_netsh_wlan_interfaces(text("windows", "netsh_wlan_location_24h2.txt")) == {"state": "location_permission"}

    def test_netsh_no_wifi(self) -> None:
        assert W.parse_netsh_wlan_interfaces(text("windows", "netsh_wlan_no_interface.txt"))["state"] == "no_wifi"
        assert W.parse_netsh_wlan_interfaces(text("windows", "netsh_wlan_no_service.txt"))["state"] == "no_wifi"

    def test_netsh_disconnected(self) -> None:
        assert W.parse_netsh_wlan_interfaces(text("windows", "netsh_wlan_disconnected.txt"))["state"] == "disconnected"


class TestWindowsDevice:
    def test_bitlocker_values(self) -> None:
        assert W.parse_bitlocker_protection(text("windows", "bitlocker_protection_on.txt")) == "on"
        assert W.parse_bitlocker_protection(text("windows", "bitlocker_protection_off.txt")) == "off"
        assert W.parse_bitlocker_protection(text("windows", "bitlocker_protection_encrypting.txt")) == "encrypting"
        assert W.parse_bitlocker_protection(text("windows", "bitlocker_protection_empty.txt")) == "off"
        assert W.parse_bitlocker_protection("9") is None

    def test_firewall_profiles(self) -> None:
        assert W.parse_firewall_profiles_json(text("windows", "firewall_profiles.json")) == {"Domain": True, "Private": True, "Public": True}
        assert W.parse_firewall_profiles_json(text("windows", "firewall_profiles_public_off.json"))["Public"] is False

    def test_antivirus_product_state(self) -> None:
        products = W.parse_antivirus_json(text("windows", "antivirus.json"))
        assert [(p["name"], p["enabled"], p["up_to_date"]) for p in products] == [
            ("Windows Defender", False, True),
            ("Avast Antivirus", True, True),
        ]
        assert W.parse_antivirus_json(text("windows", "antivirus_defender_only.json"))[0]["enabled"] is True
        outdated = W.parse_antivirus_json(text("windows", "antivirus_outdated.json"))[0]
        assert outdated["enabled"] is True and outdated["up_to_date"] is False

    def test_registry_version_build_decides(self) -> None:
        v11 = W.windows_version_from_registry(W.parse_reg_query(text("windows", "reg_currentversion_win11.txt")))
        assert v11 is not None and v11["major"] == "11" and v11["display_version"] == "24H2" and v11["build"] == 26100
        v10 = W.windows_version_from_registry(W.parse_reg_query(text("windows", "reg_currentversion_win10.txt")))
        assert v10 is not None and v10["major"] == "10" and v10["edition"] == "Core"
        assert W.windows_version_from_registry(W.parse_reg_query(text("windows", "reg_missing.txt"))) is None

    def test_reg_query_dword(self) -> None:
        values = W.parse_reg_query(text("windows", "reg_policy_system.txt"))
        assert values["InactivityTimeoutSecs"] == "900"

    def test_reg_missing_key_localized(self) -> None:
        assert W.parse_reg_query(text("windows", "reg_missing.txt")) == {}
        assert W.parse_reg_query(text("windows", "reg_missing_de.txt")) == {}

    def test_screen_lock(self) -> None:
        desktop = W.parse_reg_query(text("windows", "reg_desktop.txt"))
        assert W.screen_lock_from_registry(desktop, {}) == {"lock_enabled": True, "delay_seconds": 600}
        no_saver = W.parse_reg_query(text("windows", "reg_desktop_no_saver.txt"))
        assert W.screen_lock_from_registry(no_saver, {})["lock_enabled"] is False
        policy = W.parse_reg_query(text("windows", "reg_policy_system.txt"))
        assert W.screen_lock_from_registry(no_saver, policy) == {"lock_enabled": True, "delay_seconds": 900}

    def test_browsers_from_registry(self) -> None:
        assert W.parse_reg_query(text("windows", "reg_chrome_blbeacon.txt"))["version"] == "131.0.6778.86"
        assert W.parse_reg_query(text("windows", "reg_firefox.txt"))["CurrentVersion"].startswith("133.0")

    def test_update_search(self) -> None:
        assert W.parse_update_search_json(text("windows", "wu_search.json")) == (3, 1)
        assert W.parse_update_search_json(text("windows", "wu_search_none.json")) == (0, 0)
        assert W.parse_update_search_json("Exception from HRESULT: 0x8024402C") is None


# -- macOS -----------------------------------------------------------------------------------


class TestMacos:
    def test_route(self) -> None:
        assert M.parse_route_get_default(text("macos", "route_get_default.txt")) == {"ip": "192.168.1.254", "interface": "en0"}
        assert M.parse_route_get_default(text("macos", "route_get_default_none.txt")) is None
        assert M.parse_route_get_default(text("macos", "route_get_default_vpn.txt")) is None

    def test_arp_drops_leading_zeros(self) -> None:
        assert M.parse_arp_n(text("macos", "arp_n.txt"), "192.168.1.254") == "00:1f:33:0a:0b:0c"
        assert M.parse_arp_n(text("macos", "arp_n_noentry.txt"), "192.168.1.254") is None

    def test_scutil_dns(self) -> None:
        assert M.parse_scutil_dns(text("macos", "scutil_dns.txt")) == ["192.168.1.254", "fe80::21f:33ff:fe0a:b0c"]

    def test_system_profiler(self) -> None:
        info = M.parse_system_profiler_wifi(text("macos", "system_profiler_wifi_sonoma.json"))
        assert info == {"ssid": "<redacted>", "security": "spairport_security_mode_wpa2_personal"}
        assert M.wifi_mode_from_macos(info["security"]) == "wpa2"
        old = M.parse_system_profiler_wifi(text("macos", "system_profiler_wifi_ventura.json"))
        assert old is not None and old["ssid"] == "BTHub6-XY12" and M.wifi_mode_from_macos(old["security"]) == "wpa2_tkip"
        assert M.parse_system_profiler_wifi(text("macos", "system_profiler_wifi_off.json")) == {"ssid": "", "security": ""}
        assert M.parse_system_profiler_wifi("not json") is None

    def test_ipconfig_summary(self) -> None:
        info = M.parse_ipconfig_summary(text("macos", "ipconfig_getsummary_en0.txt"))
        assert info == {"ssid": "<redacted>", "security": "WPA2_PSK"}
        assert M.wifi_mode_from_macos(info["security"]) == "wpa2"
        wpa3 = M.parse_ipconfig_summary(text("macos", "ipconfig_getsummary_wpa3.txt"))
        assert wpa3 is not None and M.wifi_mode_from_macos(wpa3["security"]) == "wpa3"
        assert M.parse_ipconfig_summary(text("macos", "ipconfig_getsummary_ethernet.txt")) is None

    def test_fdesetup(self) -> None:
        assert M.parse_fdesetup_status(text("macos", "fdesetup_on.txt")) == "on"
        assert M.parse_fdesetup_status(text("macos", "fdesetup_off.txt")) == "off"
        assert M.parse_fdesetup_status(text("macos", "fdesetup_encrypting.txt")) == "encrypting"
        assert M.parse_fdesetup_status(text("macos", "fdesetup_deferred.txt")) == "off"
        assert M.parse_fdesetup_status("") is None

    def test_firewall(self) -> None:
        assert M.parse_socketfilterfw_state(text("macos", "socketfilterfw_enabled.txt")) == 1
        assert M.parse_socketfilterfw_state(text("macos", "socketfilterfw_disabled.txt")) == 0
        assert M.parse_socketfilterfw_state(text("macos", "socketfilterfw_block_all.txt")) == 2

    def test_softwareupdate(self) -> None:
        assert M.parse_softwareupdate_list(text("macos", "softwareupdate_list.txt")) == (2, 1)
        assert M.parse_softwareupdate_list(text("macos", "softwareupdate_none.txt")) == (0, 0)
        assert M.parse_softwareupdate_list("Could not connect") is None

    def test_auto_update_defaults(self) -> None:
        on = M.auto_updates_from_defaults(M.parse_defaults_plist_text(text("macos", "defaults_softwareupdate.txt")))
        assert on["check"] and on["security"] and not on["macos"]
        off = M.auto_updates_from_defaults(M.parse_defaults_plist_text(text("macos", "defaults_softwareupdate_off.txt")))
        assert not off["check"] and not off["security"]
        assert M.auto_updates_from_defaults({})["security"] is True  # missing keys mean the default (on)

    def test_screen_lock(self) -> None:
        assert M.parse_sysadminctl_screenlock(text("macos", "sysadminctl_screenlock_immediate.txt")) == {"lock_enabled": True, "delay_seconds": 0}
        assert M.parse_sysadminctl_screenlock(text("macos", "sysadminctl_screenlock_300.txt")) == {"lock_enabled": True, "delay_seconds": 300}
        assert M.parse_sysadminctl_screenlock(text("macos", "sysadminctl_screenlock_off.txt"))["lock_enabled"] is False
        assert M.parse_sysadminctl_screenlock(text("macos", "sysadminctl_screenlock_minus1.txt"))["lock_enabled"] is False
        assert M.parse_sysadminctl_screenlock("usage: sysadminctl") is None

    def test_screen_lock_total_time(self) -> None:
        idle = M.parse_defaults_int(text("macos", "defaults_idletime.txt"))
        assert idle == 600 and M.parse_defaults_int(text("macos", "defaults_idletime_missing.txt")) is None
        display = M.parse_pmset_displaysleep(text("macos", "pmset_g.txt"))
        assert display == 10
        pw = M.parse_sysadminctl_screenlock(text("macos", "sysadminctl_screenlock_immediate.txt"))
        assert M.combine_screen_lock(pw, idle, display) == {"lock_enabled": True, "delay_seconds": 600}
        pw300 = M.parse_sysadminctl_screenlock(text("macos", "sysadminctl_screenlock_300.txt"))
        assert M.combine_screen_lock(pw300, None, None) == {"lock_enabled": True, "delay_seconds": 1500}  # default 20 min + 5 min
        assert M.combine_screen_lock(pw, 0, 0)["lock_enabled"] is False  # screen saver and display sleep both "never"

    def test_versions(self) -> None:
        assert M.parse_sw_vers(text("macos", "sw_vers.txt")) == {"name": "macOS", "version": "14.7.1", "build": "23H222"}
        assert M.parse_sw_vers(text("macos", "sw_vers_catalina.txt"))["version"] == "10.15.7"
        assert M.parse_info_plist_version(raw("macos", "chrome_info.plist")) == "118.0.5993.88"
        assert M.parse_info_plist_version(b"\x00garbage") is None
        assert M.parse_spctl_status(text("macos", "spctl_enabled.txt")) is True
        assert M.parse_spctl_status(text("macos", "spctl_disabled.txt")) is False


# -- common: router page, SSDP/UPnP, NAT-PMP, DNS, hosts -------------------------------------


class TestCommon:
    def test_admin_page_login_over_http(self) -> None:
        page = C.parse_admin_page(200, {"Server": "httpd"}, text("common", "router_netgear_login.html"))
        assert page["title"] == "NETGEAR Router R7000" and page["password_form"] and not page["redirect_https"]

    def test_admin_page_basic_auth_realm(self) -> None:
        page = C.parse_admin_page(401, {"WWW-Authenticate": 'Basic realm="NETGEAR R6250"'}, "")
        assert page["realm"] == "NETGEAR R6250" and page["password_form"] and page["basic_auth"]

    def test_admin_page_redirects(self) -> None:
        assert C.parse_admin_page(302, {"Location": "https://192.168.1.1/"}, "")["redirect_https"]
        assert C.parse_admin_page(200, {}, text("common", "router_tplink_redirect.html"))["redirect_https"]
        plain = C.parse_admin_page(200, {}, text("common", "router_no_login.html"))
        assert not plain["password_form"] and plain["title"] == "Welcome"

    def test_fritzbox_page(self) -> None:
        page = C.parse_admin_page(200, {}, text("common", "router_fritzbox.html"))
        assert page["title"] == "FRITZ!Box" and page["password_form"]

    def test_ssdp(self) -> None:
        h = C.parse_ssdp_response(raw("common", "ssdp_igd_reply.bin"))
        assert h is not None and h["location"] == "http://192.168.1.1:5000/rootDesc.xml" and "MiniUPnPd" in h["server"]
        f = C.parse_ssdp_response(raw("common", "ssdp_fritz_wanip.bin"))
        assert f is not None and f["st"].endswith("WANIPConnection:1")
        assert C.parse_ssdp_response(raw("common", "ssdp_notify.bin")) is None
        assert C.parse_ssdp_response(b"\x00" * 9000) is None

    def test_msearch(self) -> None:
        msg = C.build_msearch("urn:schemas-upnp-org:device:InternetGatewayDevice:1").decode()
        assert msg.startswith("M-SEARCH * HTTP/1.1\r\n") and 'MAN: "ssdp:discover"' in msg and msg.endswith("\r\n\r\n")

    def test_device_description(self) -> None:
        d = C.parse_device_description(raw("common", "igd_rootdesc.xml"))
        assert d is not None
        assert (d["manufacturer"], d["model_name"], d["model_number"]) == ("NETGEAR, Inc.", "R7000", "V1.0.11.136")
        assert d["wan_services"] == [{"service_type": "urn:schemas-upnp-org:service:WANIPConnection:1", "control_url": "/ctl/IPConn"}]

    def test_xml_bomb_refused(self) -> None:
        assert C.parse_device_description(raw("common", "xml_bomb.xml")) is None
        assert C.parse_soap_response(raw("common", "xml_bomb.xml"), "GetExternalIPAddress")["ok"] is False
        assert C.parse_device_description(b"<root>" + b"x" * (C.MAX_XML_BYTES + 1)) is None
        assert C.parse_device_description(b"<root><device>") is None

    def test_soap(self) -> None:
        ext = C.parse_soap_response(raw("common", "soap_external_ip.xml"), "GetExternalIPAddress")
        assert ext == {"ok": True, "values": {"NewExternalIPAddress": "100.72.14.9"}}
        m = C.parse_soap_response(raw("common", "soap_mapping_0.xml"), "GetGenericPortMappingEntry")
        mapping = C.port_mapping_from_soap(m["values"])
        assert mapping is not None and mapping["external_port"] == 3074 and mapping["internal_client"] == "192.168.1.31"
        err = C.parse_soap_response(raw("common", "soap_error_713.xml"), "GetGenericPortMappingEntry")
        assert err["ok"] is False and err["error_code"] == 713
        assert b"<NewPortMappingIndex>3</NewPortMappingIndex>" in C.build_soap("GetGenericPortMappingEntry", "urn:x", {"NewPortMappingIndex": "3"})

    def test_natpmp(self) -> None:
        reply = bytes([0, 128, 0, 0, 0, 0, 0x1C, 0x20, 100, 72, 14, 9])
        assert C.parse_natpmp_response(reply) == {"result": 0, "epoch": 7200, "external_ip": "100.72.14.9"}
        assert C.parse_natpmp_response(b"\x00\x80") is None
        assert C.parse_natpmp_response(bytes([2, 128]) + bytes(10)) is None  # PCP, not NAT-PMP

    def test_dns_round_trip(self) -> None:
        q = C.build_dns_query("abc.com", 0x1234)
        answer = (
            bytes.fromhex("1234 8180 0001 0001 0000 0000".replace(" ", ""))
            + q[12:]
            + bytes.fromhex("c00c 0001 0001 0000003c 0004".replace(" ", ""))
            + bytes([93, 184, 216, 34])
        )
        assert C.parse_dns_response(answer, 0x1234) == {"rcode": 0, "addresses": ["93.184.216.34"]}
        nx = bytes.fromhex("1234 8183 0001 0000 0000 0000".replace(" ", "")) + q[12:]
        assert C.parse_dns_response(nx, 0x1234) == {"rcode": 3, "addresses": []}
        assert C.parse_dns_response(answer, 0x9999) is None
        assert C.parse_dns_response(answer[:20], 0x1234) is None

    def test_hosts(self) -> None:
        pairs = C.parse_hosts(text("common", "hosts_hijacked_windows.txt"))
        assert ("185.141.25.12", "www.paypal.com") in pairs and ("127.0.0.1", "update.avast.com") in pairs
        assert all(not name.startswith("#") for _, name in pairs)

    def test_mac_helpers(self) -> None:
        assert C.normalize_mac("A0-04-60-12-34-56") == "a0:04:60:12:34:56"
        assert C.normalize_mac("a004.6012.3456") == "a0:04:60:12:34:56"
        assert C.normalize_mac("ff:ff:ff:ff:ff:ff") is None
        assert C.mac_is_locally_administered("02:11:22:33:44:55") and not C.mac_is_locally_administered("a0:04:60:12:34:56")

    def test_ip_kind(self) -> None:
        assert [C.ip_kind(x) for x in ("192.168.1.1", "100.72.1.1", "8.8.8.8", "127.0.0.53", "fe80::1", "x")] == [
            "private", "cgnat", "public", "loopback", "link_local", "invalid"
        ]

    def test_version_tuple(self) -> None:
        assert C.version_tuple("131.0.6778.85") == (131, 0, 6778, 85)
        assert C.version_tuple("133.0 (x64 en-US)") == (133, 0)
        assert C.version_tuple("") == ()
