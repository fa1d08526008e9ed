"""Async client for Clover's Ecommerce and Gift Card API (pure Python, no Qt)."""

from __future__ import annotations

from .auth import Credentials, OAuthCredentials, OAuthTokens, StaticCredentials
from .cards import CardDetails, detect_brand, luhn_valid
from .client import CloverClient
from .crypto import CardEncryptionKey, encrypt_pan, key_from_keys_json
from .environments import Environment, Hosts
from .errors import (
    AuthenticationError,
    CardDeclined,
    CloverError,
    ConnectionFailed,
    EncryptionKeyError,
    IdempotencyConflict,
    InvalidRequest,
    NoResponse,
    NotFound,
    OutcomeUnknown,
    ProcessingError,
    RateLimited,
    ResponseFormatError,
    ServerError,
    error_from_response,
)
from .giftcards import GiftCardTransaction, NewGiftCard
from .models import (
    BalanceInquiry,
    CardToken,
    Charge,
    ChargeList,
    GiftCardBalances,
    GiftCardToken,
    PakmsKey,
    Refund,
)
from .orders import LineItem, Order, OrderItem, OrderReturn
from .transport import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, RetryPolicy

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "AuthenticationError",
    "BalanceInquiry",
    "CardDeclined",
    "CardDetails",
    "CardEncryptionKey",
    "CardToken",
    "Charge",
    "ChargeList",
    "CloverClient",
    "CloverError",
    "ConnectionFailed",
    "Credentials",
    "EncryptionKeyError",
    "Environment",
    "GiftCardBalances",
    "GiftCardToken",
    "GiftCardTransaction",
    "Hosts",
    "IdempotencyConflict",
    "InvalidRequest",
    "LineItem",
    "NewGiftCard",
    "NoResponse",
    "NotFound",
    "OAuthCredentials",
    "OAuthTokens",
    "Order",
    "OrderItem",
    "OrderReturn",
    "OutcomeUnknown",
    "PakmsKey",
    "ProcessingError",
    "RateLimited",
    "Refund",
    "ResponseFormatError",
    "RetryPolicy",
    "ServerError",
    "StaticCredentials",
    "detect_brand",
    "encrypt_pan",
    "error_from_response",
    "key_from_keys_json",
    "luhn_valid",
]
