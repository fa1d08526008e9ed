"""Promotion codes as a manager types them in Settings, and the amounts each one allows."""

from __future__ import annotations

import pytest

from pos_app.promotions import Promotion, PromotionError, format_promotions, parse_promotions
from pos_app.storage import Settings, SettingsError


def test_a_fixed_value_and_a_range_are_read_and_written_back_the_same() -> None:
    found = parse_promotions(" 67062=50 ,\n67063=1.00-500.00")
    assert found == (Promotion("67062", 5000), Promotion("67063", None, 100, 50_000))
    assert format_promotions(found) == "67062=50.00, 67063=1.00-500.00"
    assert Settings(gift_card_promotions="67062=50").gift_card_promotions == "67062=50.00"


@pytest.mark.parametrize("text", ["67062", "67062=fifty", "6706 2=50.00", "67063=5.00-1.00",
                                  "67062=0"])
def test_a_promotion_list_that_cant_be_read_is_refused_with_a_message(text: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings(gift_card_promotions=text)
    assert refused.value.field == "gift_card_promotions"
    assert "67062" in refused.value.message or "6706" in refused.value.message


def test_a_fixed_value_card_takes_only_its_value_and_a_range_only_amounts_inside() -> None:
    fixed, ranged = Promotion("67062", 5000), Promotion("67063", None, 100, 50_000)
    assert fixed.amount_for(None) == fixed.amount_for(5000) == 5000
    assert ranged.amount_for(2000) == 2000
    for promotion, amount in ((fixed, 3000), (ranged, None), (ranged, 99), (ranged, 50_001)):
        with pytest.raises(PromotionError):
            promotion.amount_for(amount)
