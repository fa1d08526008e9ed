"""Settings: defaults, validation a manager can read, a JSON file that survives damage."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.storage import (
    SecretName,
    SecretStore,
    Settings,
    SettingsError,
    format_tax_rate,
    load_settings,
    parse_tax_rate,
    read_settings,
    save_settings,
)

FIELDS = {f.name for f in dataclasses.fields(Settings)}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def configured() -> Settings:
    return Settings().replace(
        environment="sandbox",
        merchant_id="XQ0A9R4P8FN21",
        currency="cad",
        tax_rate_ppm=parse_tax_rate("13"),
        store_name="Maple Books",
        store_address="12 King St W\nToronto ON M5H 1A1",
        redeem_mode="redeem",
        swipe_max_gap_ms=80,
        register_ip="192.168.1.20",
        oauth_client_id="ABC123DEF456",
        cashout_requires_manager=False,
        receipt_footer="Merci !\nReturns within 30 days.",
    )


# ---- defaults and the file --------------------------------------------------------------


def test_defaults_are_training_mode_with_hold_then_capture() -> None:
    settings = Settings()
    assert settings.environment == "training"
    assert settings.merchant_id == ""
    assert settings.currency == "usd"
    assert settings.tax_rate_ppm == 0
    assert settings.redeem_mode == "hold"
    assert settings.swipe_max_gap_ms == 50
    assert settings.register_ip == ""  # the address found at start
    assert settings.cashout_requires_manager is True


def test_missing_file_gives_defaults_and_no_problem(path: Path) -> None:
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problems == ()
    assert not path.parent.exists()


def test_saved_settings_load_back_identical(path: Path, configured: Settings) -> None:
    path.parent.mkdir()
    save_settings(path, configured)
    assert load_settings(path) == configured
    assert read_settings(path).problems == ()


def test_settings_file_is_readable_json_with_a_schema_version(
    path: Path, configured: Settings
) -> None:
    path.parent.mkdir()
    save_settings(path, configured)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["tax_rate_ppm"] == 130_000
    assert data["store_address"] == "12 King St W\nToronto ON M5H 1A1"
    assert set(data) == FIELDS | {"schema_version"}


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_settings_file_is_private(path: Path) -> None:
    path.parent.mkdir()
    save_settings(path, Settings())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_settings_file_never_holds_a_secret(
    path: Path, configured: Settings, store: SecretStore
) -> None:
    secrets = {
        SecretName.API_TOKEN: "api-token-6c1f0e2b9d",
        SecretName.REFRESH_TOKEN: "refresh-token-77aa31",
        SecretName.PAKMS_KEY: "pakms-key-0f9e8d7c",
    }
    for name, value in secrets.items():
        store.set(name, value)
    path.parent.mkdir()
    save_settings(path, configured)
    text = path.read_text(encoding="utf-8")
    for value in secrets.values():
        assert value not in text
    for word in ("token", "pakms", "secret", "password"):
        assert word not in text.lower()


# ---- damaged files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"environment": "sandbox", ',  # cut off mid-write by an old editor
        b"\xff\xfe\x00garbage",  # not UTF-8
        b'["training"]',  # JSON, but not an object
        b"",  # empty
        b"[" * 100_000,  # nested too deep for the parser
    ],
    ids=["truncated", "binary", "list", "empty", "deep"],
)
def test_damaged_file_gives_defaults_a_warning_and_is_kept_aside(
    path: Path, content: bytes
) -> None:
    path.parent.mkdir()
    path.write_bytes(content)
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.field is None
    assert "default settings are in use" in problem.message
    assert "settings.json.bad" in problem.message
    bad = path.with_name("settings.json.bad")
    assert bad.read_bytes() == content
    assert not path.exists()


def test_after_damage_the_next_save_writes_a_good_file(path: Path) -> None:
    path.parent.mkdir()
    path.write_text("{oops", encoding="utf-8")
    settings = load_settings(path)
    save_settings(path, settings.replace(store_name="Corner Shop"))
    assert load_settings(path).store_name == "Corner Shop"
    assert path.with_name("settings.json.bad").read_text(encoding="utf-8") == "{oops"


def test_a_folder_in_place_of_the_file_gives_defaults_without_crashing(path: Path) -> None:
    path.mkdir(parents=True)
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problems[0].field is None


def test_a_bad_value_falls_back_to_its_default_and_keeps_the_others(path: Path) -> None:
    path.parent.mkdir()
    path.write_text(
        json.dumps({
            "schema_version": 1,
            "environment": "sandbox",
            "store_name": "Corner Shop",
            "swipe_max_gap_ms": 5000,  # out of range
            "tax_rate_ppm": 8.875,  # a float: never
            "cashout_requires_manager": "no",  # a string, not a bool
            "currency": "eur",
        }),
        encoding="utf-8",
    )
    loaded = read_settings(path)
    assert loaded.settings.environment == "sandbox"
    assert loaded.settings.store_name == "Corner Shop"
    assert loaded.settings.swipe_max_gap_ms == 50
    assert loaded.settings.tax_rate_ppm == 0
    assert loaded.settings.cashout_requires_manager is True
    assert loaded.settings.currency == "usd"
    messages = {p.field: p.message for p in loaded.problems}
    assert set(messages) == {
        "swipe_max_gap_ms", "tax_rate_ppm", "cashout_requires_manager", "currency"
    }
    assert messages["swipe_max_gap_ms"] == (
        "The card reader speed must be a whole number of milliseconds from 5 to 500. "
        "Using the default instead."
    )
    assert path.exists()  # a partly good file is not set aside


def test_unknown_keys_are_ignored_silently(path: Path) -> None:
    path.parent.mkdir()
    path.write_text(
        json.dumps({"schema_version": 1, "theme": "dark", "store_name": "Shop"}), encoding="utf-8"
    )
    loaded = read_settings(path)
    assert loaded.settings == Settings(store_name="Shop")
    assert loaded.problems == ()


def test_a_file_from_a_newer_version_loads_with_a_warning(path: Path) -> None:
    path.parent.mkdir()
    path.write_text(json.dumps({"schema_version": 99, "store_name": "Shop"}), encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings.store_name == "Shop"
    assert [p.field for p in loaded.problems] == ["schema_version"]
    assert "newer version of Counter POS" in loaded.problems[0].message


def test_a_file_without_a_version_is_read_as_the_current_one(path: Path) -> None:
    path.parent.mkdir()
    path.write_text(json.dumps({"redeem_mode": "redeem"}), encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings.redeem_mode == "redeem"
    assert loaded.problems == ()


# ---- validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("environment", "live", "The environment must be training, sandbox or production."),
        ("merchant_id", "XQ0A 9R4P", "The merchant ID has only letters and digits"),
        ("currency", "eur", "The currency must be USD or CAD."),
        ("tax_rate_ppm", 300_001, "The tax rate must be between 0 % and 30 %."),
        ("tax_rate_ppm", -1, "The tax rate must be between 0 % and 30 %."),
        ("tax_rate_ppm", "88750", "The tax rate must be between 0 % and 30 %."),
        ("tax_rate_ppm", True, "The tax rate must be between 0 % and 30 %."),
        ("store_name", "Corner\nShop", "The store name must fit on one line."),
        ("store_name", "x" * 61, "The store name can have at most 60 characters."),
        ("store_name", "Shop\x1b@", "The store name can't contain tabs or control characters."),
        ("store_address", "1\n2\n3\n4\n5\n6\n7", "The store address can have at most 6 lines."),
        ("redeem_mode", "capture", "Gift card payments must be 'hold'"),
        ("swipe_max_gap_ms", 4, "from 5 to 500"),
        ("swipe_max_gap_ms", 501, "from 5 to 500"),
        ("swipe_max_gap_ms", 50.0, "from 5 to 500"),
        ("register_ip", "192.168.1.300", "The register IP address must look like 192.168.1.20"),
        ("register_ip", "till-1.local", "The register IP address must look like 192.168.1.20"),
        ("oauth_client_id", "abc def", "The OAuth app ID has only letters"),
        ("cashout_requires_manager", 1, "Manager approval for cashouts must be yes or no."),
        ("receipt_footer", "x" * 301, "The receipt footer can have at most 300 characters."),
        ("receipt_printer", "escpos:net:", "Type the network printer's address"),
        ("receipt_printer", "escpos:lp:1", "starts escpos:net:, escpos:usb:"),
        ("receipt_printer", "escpos:usb:epson", "like escpos:usb:04b8:0202"),
        ("receipt_paper_mm", 72, "58 or 80 mm wide"),
        ("receipt_paper_mm", True, "58 or 80 mm wide"),
        ("cash_drawer", "pin3", "'pin2' (most drawers)"),
        ("receipt_logo", "a\nb", "The logo file must fit on one line."),
    ],
)
def test_replace_refuses_a_bad_value_with_a_readable_message(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings().replace(**{field: value})
    assert caught.value.field == field
    assert message in caught.value.user_message


def test_an_escpos_printer_is_saved_in_one_spelling_and_read_back(path: Path) -> None:
    settings = Settings().replace(receipt_printer=" ESCPOS:net:192.168.1.50 ",
                                  receipt_paper_mm=58, cash_drawer="pin5",
                                  receipt_logo="/srv/logo.png")
    assert settings.receipt_printer == "escpos:net:192.168.1.50:9100"
    path.parent.mkdir(parents=True)
    save_settings(path, settings)
    assert read_settings(path) == (settings, ())


def test_a_bad_paper_width_in_the_file_is_the_default_and_a_problem(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"receipt_paper_mm": 60, "receipt_printer": "escpos:net:"}))
    loaded = read_settings(path)
    assert loaded.settings.receipt_paper_mm == 80 and loaded.settings.receipt_printer == ""
    assert {p.field for p in loaded.problems} == {"receipt_paper_mm", "receipt_printer"}


def test_replace_refuses_an_unknown_setting() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings().replace(api_token="abc")
    assert caught.value.field == "api_token"
    assert caught.value.message == "There is no setting called 'api_token'."


def test_constructor_validates_too() -> None:
    with pytest.raises(SettingsError):
        Settings(swipe_max_gap_ms=0)


def test_settings_cannot_be_changed_in_place() -> None:
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.store_name = "x"  # type: ignore[misc]


def test_values_are_tidied_as_a_manager_would_expect() -> None:
    settings = Settings().replace(
        environment=" Sandbox ",
        currency="CAD",
        store_name="  Corner Shop ",
        store_address="\r\n12 Main St   \r\nSpringfield\r\n\r\n",
        merchant_id=" XQ0A9R4P8FN21 ",
        register_ip=" 2001:DB8::1 ",
    )
    assert settings.environment == "sandbox"
    assert settings.currency == "cad"
    assert settings.store_name == "Corner Shop"
    assert settings.store_address == "12 Main St\nSpringfield"
    assert settings.merchant_id == "XQ0A9R4P8FN21"
    assert settings.register_ip == "2001:db8::1"


def test_replace_keeps_the_original_unchanged() -> None:
    original = Settings()
    changed = original.replace(tax_rate_ppm=88_750)
    assert original.tax_rate_ppm == 0
    assert changed.tax_rate_ppm == 88_750
    assert changed.tax_rate_text == "8.875 %"


# ---- tax rates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "ppm"),
    [
        ("8.875", 88_750),
        ("8.875%", 88_750),
        ("8.875 %", 88_750),
        (" 8.875 % ", 88_750),
        ("0", 0),
        ("0.0", 0),
        ("13", 130_000),
        ("13.", 130_000),
        (".5", 5_000),
        ("0.0001", 1),
        ("7.25", 72_500),
        ("8.87500", 88_750),  # trailing zeros are not extra precision
        ("30", 300_000),
        ("30.0000", 300_000),
    ],
)
def test_tax_rate_is_parsed_exactly(typed: str, ppm: int) -> None:
    assert parse_tax_rate(typed) == ppm


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-1", "The tax rate can't be negative."),
        ("-0.5 %", "The tax rate can't be negative."),
        ("30.0001", "The tax rate can't be more than 30 %."),
        ("100", "The tax rate can't be more than 30 %."),
        ("8.87501", "The tax rate can have at most 4 decimal places."),
        ("", "Type the tax rate as a percentage, like 8.875."),
        ("%", "Type the tax rate as a percentage, like 8.875."),
        (".", "Type the tax rate as a percentage, like 8.875."),
        ("eight", "Type the tax rate as a percentage, like 8.875."),
        ("8,875", "Type the tax rate as a percentage, like 8.875."),
        ("8.8.5", "Type the tax rate as a percentage, like 8.875."),
        ("1e1", "Type the tax rate as a percentage, like 8.875."),
        ("nan", "Type the tax rate as a percentage, like 8.875."),
        ("٨", "Type the tax rate as a percentage, like 8.875."),  # an Arabic-Indic digit
        ("8.875%%", "Type the tax rate as a percentage, like 8.875."),
    ],
)
def test_tax_rate_refuses_what_is_not_a_rate(typed: str, message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        parse_tax_rate(typed)
    assert caught.value.field == "tax_rate_ppm"
    assert caught.value.user_message == message


@pytest.mark.parametrize(
    ("ppm", "text"),
    [(88_750, "8.875 %"), (0, "0 %"), (80_000, "8 %"), (1, "0.0001 %"), (300_000, "30 %"),
     (72_500, "7.25 %")],
)
def test_tax_rate_is_shown_without_trailing_zeros(ppm: int, text: str) -> None:
    assert format_tax_rate(ppm) == text


@given(st.integers(min_value=0, max_value=300_000))
def test_a_shown_tax_rate_reads_back_as_the_same_rate(ppm: int) -> None:
    assert parse_tax_rate(format_tax_rate(ppm)) == ppm
