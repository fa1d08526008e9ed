"""Card-number encryption: Clover's raw key blob and RSA-OAEP(SHA-1) of "00000000" + PAN."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from pos_app.clover import CardDetails, CardEncryptionKey, EncryptionKeyError, InvalidRequest

from .conftest import PAKMS_KEY, ClientFactory, FakeClover, answer, key_blob

OAEP_SHA1 = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)


def decrypt(private_key: rsa.RSAPrivateKey, encrypted_pan: str) -> bytes:
    return private_key.decrypt(base64.b64decode(encrypted_pan), OAEP_SHA1)


def test_encrypted_pan_decrypts_to_prefix_and_card_number(rsa_private_key: rsa.RSAPrivateKey):
    blob = key_blob(rsa_private_key.public_key())
    assert len(blob) == 684
    assert blob.endswith("AAABAAE=")

    encrypted = CardEncryptionKey.from_base64(blob, "TA_PUBLIC_KEY_DEV").encrypt_pan(
        "4111111111111111"
    )

    assert len(encrypted) == 344  # base64 of a 256-byte ciphertext
    assert decrypt(rsa_private_key, encrypted) == b"000000004111111111111111"


def test_pem_or_der_key_is_refused_with_a_clear_error(rsa_private_key: rsa.RSAPrivateKey):
    der = rsa_private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(EncryptionKeyError, match="expected 512"):
        CardEncryptionKey.from_base64(base64.b64encode(der).decode())


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff" * 256 + b"\x00" * 256, "exponent 0"),
        (b"\xff" * 255 + b"\xfe" + (65537).to_bytes(256, "big"), "modulus"),
        (b"\x01" * 100, "100 bytes"),
    ],
)
def test_malformed_key_blob_is_refused(raw: bytes, message: str):
    with pytest.raises(EncryptionKeyError, match=message) as caught:
        CardEncryptionKey.from_base64(base64.b64encode(raw).decode())
    assert "encryption key" in caught.value.user_message


def test_non_base64_key_is_refused():
    with pytest.raises(EncryptionKeyError, match="not base64"):
        CardEncryptionKey.from_base64("this is not base64!")


def test_encrypting_something_that_is_not_a_card_number_is_refused(
    rsa_private_key: rsa.RSAPrivateKey,
):
    key = CardEncryptionKey.from_base64(key_blob(rsa_private_key.public_key()))
    with pytest.raises(InvalidRequest):
        key.encrypt_pan("4111-abc")


async def test_card_token_request_carries_only_the_encrypted_number(
    fake: FakeClover, make_client: ClientFactory, rsa_private_key: rsa.RSAPrivateKey
):
    api = make_client()
    card = CardDetails("6011 3610 0000 6668", exp_month=12, exp_year=30, cvv="123")

    token = await api.create_card_token(card)

    assert token.last4 == "1111"  # what the fake answered
    (sent,) = fake.seen("POST /v1/tokens")
    fields = sent.json["card"]
    assert decrypt(rsa_private_key, fields["encrypted_pan"]) == b"000000006011361000006668"
    assert fields == {
        "encrypted_pan": fields["encrypted_pan"],
        "first6": "601136",
        "last4": "6668",
        "exp_month": "12",
        "exp_year": "2030",
        "cvv": "123",
        "brand": "DISCOVER",
    }
    assert b"6011361000006668" not in sent.content
    assert sent.headers["apikey"] == PAKMS_KEY


async def test_encryption_key_is_fetched_once_per_client(
    fake: FakeClover, make_client: ClientFactory
):
    api = make_client()
    for _ in range(3):
        await api.create_card_token(CardDetails("4111111111111111", 1, 2031, "999"))
    assert len(fake.seen("GET /assets/keys.json")) == 1


async def test_keys_json_without_the_environment_key_is_an_encryption_key_error(
    fake: FakeClover, make_client: ClientFactory
):
    fake.script("GET /assets/keys.json", answer(body={"TA_PUBLIC_KEY_PROD": fake.keys_blob}))
    api = make_client()
    with pytest.raises(EncryptionKeyError, match="TA_PUBLIC_KEY_DEV"):
        await api.create_card_token(CardDetails("4111111111111111", 1, 2031, "999"))
    assert fake.seen("POST /v1/tokens") == []
