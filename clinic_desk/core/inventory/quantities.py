"""Quantities in dispensing units: parsing user input, milli-unit storage, display.

The database stores thousandths of a dispensing unit as integers (see models.py). A
unit that cannot be split accepts whole numbers only; a divisible one up to three
decimals. Input may be an int, a Decimal or text ("12", "12.5", "12,5").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory.models import MILLI, CatalogueItem


def parse_number(value: object, field: str = "quantity") -> Decimal:
    """A number from user input, or InvalidInput (letters, empty, NaN)."""
    if isinstance(value, bool) or value is None:
        raise InvalidInput("The quantity must be a number.", field=field)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(str(value))
    else:
        text = str(value).strip().replace(" ", "")
        if "," in text:
            # "2,5" is two and a half; "1,000" could be a thousand or one: never guess.
            if "." in text or text.count(",") > 1 or re.fullmatch(r"-?\d+,\d{3}", text):
                raise InvalidInput(
                    "Write the quantity without thousands separators (for example 1000); "
                    "use a point or a comma only for decimals.", field=field)
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidInput("The quantity must be a number.", field=field) from None
    if not number.is_finite():
        raise InvalidInput("The quantity must be a number.", field=field)
    return number


def to_milli(number: Decimal, item: CatalogueItem, field: str = "quantity") -> int:
    """Milli-units of a parsed number, refusing decimals for a unit that cannot be split."""
    scaled = number * MILLI
    if scaled != scaled.to_integral_value():
        raise InvalidInput("Enter at most three decimals.", field=field)
    milli = int(scaled)
    if not item.divisible and milli % MILLI:
        raise InvalidInput(
            "A {unit} cannot be split: enter a whole number.", field=field, unit=item.unit
        )
    return milli


def positive_milli(value: object, item: CatalogueItem, field: str = "quantity") -> int:
    """A quantity above zero, in milli-units."""
    number = parse_number(value, field)
    if number <= 0:
        raise InvalidInput("The quantity must be more than zero.", field=field)
    return to_milli(number, item, field)


def signed_milli(value: object, item: CatalogueItem, field: str = "quantity") -> int:
    """A non-zero signed quantity (adjustments), in milli-units."""
    number = parse_number(value, field)
    if number == 0:
        raise InvalidInput("The quantity must not be zero.", field=field)
    return to_milli(number, item, field)


def count_milli(value: object, item: CatalogueItem, field: str = "counted") -> int:
    """A counted quantity: zero or more."""
    number = parse_number(value, field)
    if number < 0:
        raise InvalidInput("A count cannot be negative.", field=field)
    return to_milli(number, item, field)


def units(milli: int | None) -> Decimal:
    """Dispensing units from milli-units, without trailing zeros (12, 2.5)."""
    if milli is None:
        return Decimal(0)
    value = Decimal(int(milli)) / MILLI
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def fmt(value: Decimal | int | None) -> str:
    """Plain text for reports and CSV: '12', '2.5', '' for None."""
    if value is None:
        return ""
    d = Decimal(value)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")
