"""How the admin writes values for German editors."""

from __future__ import annotations

from decimal import Decimal


def german_amount(value: Decimal | float | None) -> str:
    """An amount as German editors write it, with two decimals: „1.234,50“."""
    if value is None:
        return ""
    whole, cents = f"{Decimal(value):,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"
