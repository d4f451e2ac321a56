from __future__ import annotations

import datetime as dt

import pytest

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.inventory import gs1

TODAY = dt.date(2026, 11, 28)


def test_plain_with_fnc1_separator_and_prefix():
    d = gs1.parse("]d2010750103131130910L2405-A\x1d17270315", TODAY)
    assert (d.gtin, d.lot, d.expiry) == ("07501031311309", "L2405-A", dt.date(2027, 3, 15))


def test_plain_without_separator_lot_last_and_day_00():
    d = gs1.parse("01075010313113091728020010AB12", TODAY)
    assert (d.gtin, d.lot, d.expiry) == ("07501031311309", "AB12", dt.date(2028, 2, 29))


def test_bracketed_human_readable_form():
    d = gs1.parse("(01)07501031311309(17)260600(10)L77(21)S1", TODAY)
    assert (d.lot, d.expiry, d.serial) == ("L77", dt.date(2026, 6, 30), "S1")
    assert gs1.looks_like_gs1("(01)07501031311309(17)260600(10)L77")
    assert not gs1.looks_like_gs1("7501031311309")


def test_century_window():
    assert gs1.gs1_date("991231", TODAY) == dt.date(1999, 12, 31)
    assert gs1.gs1_date("300101", TODAY) == dt.date(2030, 1, 1)


@pytest.mark.parametrize("bad", ["", "hello", "0107501031311308172606001 0X",
                                 "01075010313113", "(01)0750(10)X", "0107501031311309171399"
                                 "99", "(01)07501031311309(17)261301"])
def test_bad_codes(bad):
    with pytest.raises(InvalidInput):
        gs1.parse(bad.replace(" ", ""), TODAY)


def test_quantities_never_guess_a_thousands_separator():
    from decimal import Decimal

    import pytest

    from clinic_desk.core.errors import InvalidInput
    from clinic_desk.core.inventory.quantities import parse_number

    assert parse_number("2,5") == Decimal("2.5")
    assert parse_number("1000") == Decimal(1000)
    assert parse_number(" 12.25 ") == Decimal("12.25")
    for ambiguous in ("1,000", "1,000,000", "1.000,5", "12,500"):
        with pytest.raises(InvalidInput) as err:
            parse_number(ambiguous)
        assert "thousands" in err.value.message
