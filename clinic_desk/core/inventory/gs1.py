"""GS1 element strings from a barcode scanner that types like a keyboard.

A GS1 DataMatrix or GS1-128 code on a medicine box carries (01) GTIN, (17) expiry
YYMMDD and (10) lot, often also (21) serial. The scanner sends them as one string:
fixed-length elements run on; a variable-length element ends with FNC1, which the
scanner types as the GS character (\\x1d), or at the end of the string. A symbology
prefix (]d2, ]C1, ]Q3, ]e0) may come first. The human-readable form with brackets,
"(01)07501031311309(17)260600(10)L2405", is accepted too. Day 00 in a date means the
last day of that month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from clinic_desk.core.errors import InvalidInput

GS = "\x1d"
# AI -> fixed length of its data (None: variable, with the maximum length)
FIXED = {"00": 18, "01": 14, "02": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6,
         "17": 6, "20": 2}
VARIABLE = {"10": 20, "21": 20, "22": 20, "30": 8, "37": 8, "240": 30, "241": 30,
            "250": 30, "251": 30, "400": 30, "710": 20, "711": 20, "712": 20, "713": 20,
            "714": 20}
VARIABLE.update({str(n): 90 for n in range(91, 100)})
DATE_AIS = ("11", "12", "13", "15", "16", "17")
PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


@dataclass(frozen=True)
class GS1Data:
    gtin: str | None = None
    lot: str | None = None
    expiry: dt.date | None = None
    serial: str | None = None
    elements: dict[str, str] = field(default_factory=dict)


def looks_like_gs1(text: str) -> bool:
    """Whether a scanned string is a GS1 element string (rather than a plain code)."""
    t = PREFIX.sub("", text.strip())
    return t.startswith("(") or (len(t) > 16 and t[:2] in FIXED and t[:2] in ("01", "02"))


def gs1_date(text: str, today: dt.date | None = None) -> dt.date:
    """YYMMDD; DD 00 is the end of the month; the century by GS1's sliding window."""
    if len(text) != 6 or not text.isdigit():
        raise InvalidInput("The date in the code is not valid.", field="expiry")
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    today = today or dt.date.today()
    century = today.year // 100 * 100
    diff = yy - today.year % 100
    year = century + yy - 100 if diff >= 51 else century + yy + 100 if diff <= -50 else \
        century + yy
    if not 1 <= mm <= 12:
        raise InvalidInput("The date in the code is not valid.", field="expiry")
    if dd == 0:
        dd = calendar.monthrange(year, mm)[1]
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        raise InvalidInput("The date in the code is not valid.", field="expiry") from None


def _ai_at(text: str, i: int) -> str:
    for length in (2, 3, 4):
        ai = text[i:i + length]
        if ai in FIXED or ai in VARIABLE:
            return ai
    raise InvalidInput("The barcode holds an element this program does not read.",
                       field="barcode")


def _split_plain(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    i = 0
    while i < len(text):
        if text[i] == GS:
            i += 1
            continue
        ai = _ai_at(text, i)
        i += len(ai)
        if ai in FIXED:
            value = text[i:i + FIXED[ai]]
            if len(value) != FIXED[ai] or GS in value:
                raise InvalidInput("The barcode is incomplete; scan it again.", field="barcode")
            i += FIXED[ai]
        else:
            end = text.find(GS, i)
            end = len(text) if end < 0 else end
            value = text[i:end]
            if not value or len(value) > VARIABLE[ai]:
                raise InvalidInput("The barcode is incomplete; scan it again.", field="barcode")
            i = end
        out[ai] = value
    return out


def _split_bracketed(text: str) -> dict[str, str]:
    parts = re.findall(r"\((\d{2,4})\)([^(]*)", text)
    if not parts or "".join(f"({a}){v}" for a, v in parts) != text:
        raise InvalidInput("The barcode is not a GS1 code.", field="barcode")
    out = {}
    for ai, value in parts:
        value = value.replace(GS, "")
        if ai in FIXED and len(value) != FIXED[ai]:
            raise InvalidInput("The barcode is incomplete; scan it again.", field="barcode")
        if ai not in FIXED and ai not in VARIABLE:
            raise InvalidInput("The barcode holds an element this program does not read.",
                               field="barcode")
        out[ai] = value
    return out


def parse(scanned: str, today: dt.date | None = None) -> GS1Data:
    """The GTIN, lot, expiry (and serial) in a scanned GS1 string; InvalidInput if it
    is not one, or its GTIN check digit is wrong."""
    from clinic_desk.core.inventory.catalogue import clean_gtin

    text = PREFIX.sub("", (scanned or "").strip("\r\n\t "))
    text = text.replace("<GS>", GS)
    if not text:
        raise InvalidInput("The barcode is not a GS1 code.", field="barcode")
    elements = _split_bracketed(text) if text.startswith("(") else _split_plain(text)
    gtin = elements.get("01") or elements.get("02")
    expiry = gs1_date(elements["17"], today) if "17" in elements else None
    return GS1Data(gtin=clean_gtin(gtin, "barcode") if gtin else None, lot=elements.get("10"),
                   expiry=expiry, serial=elements.get("21"), elements=elements)
