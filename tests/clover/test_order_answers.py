"""Order payment answers the sandbox never sends: Clover's documented order object names its
`charge` but has no `payments` list, so the client reads the charge itself."""

from __future__ import annotations

import httpx
import pytest

from pos_app.clover import OutcomeUnknown

from .conftest import ClientFactory, FakeClover, answer

ORDER = {"id": "ORDER00000001", "object": "order", "amount": 2500, "currency": "usd",
         "status": "paid", "items": [{"amount": 2500, "quantity": 1, "description": "Scarf"}]}


async def test_a_pay_answer_without_payments_reads_the_charge_it_names(
    fake: FakeClover, make_client: ClientFactory
) -> None:
    fake.script("POST /v1/orders/ORDER00000001/pay", answer(body={**ORDER,
                                                                  "charge": "CHARGE0000001"}))
    payment = await make_client().pay_order("ORDER00000001", "clv_1ABCDefgHI23jKL4m5nOPqR",
                                            1000, "usd")
    assert (payment.id, payment.amount, payment.last4) == ("CHARGE0000001", 1000, "1111")
    assert [r.path for r in fake.requests][-1] == "/v1/charges/CHARGE0000001"


async def test_a_pay_answer_naming_no_charge_is_an_unknown_outcome(
    fake: FakeClover, make_client: ClientFactory
) -> None:
    fake.script("POST /v1/orders/ORDER00000001/pay", answer(body=ORDER))
    with pytest.raises(OutcomeUnknown):
        await make_client().pay_order("ORDER00000001", "clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd")


async def test_a_payment_whose_charge_cannot_be_read_is_an_unknown_outcome(
    fake: FakeClover, make_client: ClientFactory
) -> None:
    fake.script("POST /v1/orders/ORDER00000001/pay",
                answer(body={**ORDER, "charge": "CHARGE0000002"}))
    fake.script("GET /v1/charges/CHARGE0000002", *[httpx.ConnectError("down")] * 5)
    with pytest.raises(OutcomeUnknown) as unknown:
        await make_client().pay_order("ORDER00000001", "clv_1ABCDefgHI23jKL4m5nOPqR", 1000, "usd")
    assert unknown.value.charge_id == "CHARGE0000002"
