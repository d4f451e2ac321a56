"""Validation of intake input. Every service validates on its own, before its first
write, so the form, the CLI and imports all go through the same checks.

Errors are `InvalidInput(template, field=..., **params)`: the template is translated by
the UI and the field tells the form where to show it. In a household form the fields of
member N are named "members.N.<field>".

Document numbers:
- DNI: exactly 8 digits (RENIEC). The check digit printed on the card is not part of
  the number and is not asked for.
- Carné de extranjería (CE): Migraciones issues 9-digit numbers today; older cards and
  other systems (SUNAT's document catalogue allows up to 12 alphanumeric characters)
  carry letters and longer numbers, so we accept 9 to 12 letters or digits, upper-cased.

Phones (Peru): a mobile is 9 digits starting with 9; a Lima landline is 7 digits (or
01 + 7 digits); a province landline is 0 + 2-digit area code + 6 digits. With +51 the
leading 0 of the area code is dropped (+51 1 …, +51 64 …). Other countries: + and 8 to
15 digits. Only digits, spaces and a leading + may be typed; spaces are not stored.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from clinic_desk.core.errors import InvalidInput
from clinic_desk.core.intake.models import (
    DOC_TYPES,
    GENDER_IDENTITIES,
    LANGUAGES,
    REFERRAL_SOURCES,
    RELATIONSHIPS,
    SEXES,
    SEXUAL_ORIENTATIONS,
)

MAX_AGE = 120
MIN_MOTHER_GAP_YEARS = 12  # a mother at least this much older than her child
APPROX_TOLERANCE_YEARS = 2  # when an age is approximate, allow this much error

_DNI = re.compile(r"^\d{8}$")
_CE = re.compile(r"^[A-Z0-9]{9,12}$")
_PHONE_CHARS = re.compile(r"^\+?[\d ]+$")
_PE_NATIONAL = re.compile(r"^(9\d{8}|[1-8]\d{6}|0\d{8})$")
_PE_INTERNATIONAL = re.compile(r"^\+51(9\d{8}|1\d{7}|[4-8]\d{7})$")
_FOREIGN = re.compile(r"^\+[1-9]\d{7,14}$")
_NAME_BAD = re.compile(r"[\d@#$%&*_=+<>{}\[\]|\\/;:!?¿¡\"]")


def fold(text: str | None) -> str:
    """Accent-free, lower-case, single-spaced text: 'José  ÑAUPARI' -> 'jose naupari'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold()
    plain = re.sub(r"[^0-9a-z ]+", " ", plain)
    return " ".join(plain.split())


def clean_text(value: str | None) -> str:
    """Trimmed, single-spaced, NFC text; '' for None."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _optional(value: str | None) -> str | None:
    text = clean_text(value)
    return text or None


@dataclass(frozen=True)
class PersonInput:
    """What a form (or the CLI, or an import) gives to register or edit a person.

    Give `birth_date` when it is known, else `approx_age` in years; not both."""

    given_names: str
    first_surname: str
    second_surname: str | None = None
    sex: str = "female"
    doc_type: str = "none"
    doc_number: str | None = None
    birth_date: dt.date | None = None
    approx_age: int | None = None
    gender_identity: str | None = None
    sexual_orientation: str | None = None
    languages: Sequence[str] = ("es",)
    language_other: str | None = None
    phone: str | None = None
    sector: str | None = None
    referral_source: str | None = None
    staff_notes: str | None = None


@dataclass(frozen=True)
class CleanPerson:
    """A validated PersonInput, ready to be written."""

    given_names: str
    first_surname: str
    second_surname: str | None
    sex: str
    doc_type: str
    doc_number: str | None
    birth_date: dt.date | None
    birth_year: int | None
    age_is_approx: bool
    gender_identity: str | None
    sexual_orientation: str | None
    languages: str
    language_other: str | None
    phone: str | None
    sector: str | None
    referral_source: str | None
    staff_notes: str | None
    name_norm: str = field(default="")
    surname_norm: str = field(default="")

    def columns(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _f(prefix: str, name: str) -> str:
    return f"{prefix}{name}"


def _check_name(value: str, fld: str, required: bool, max_len: int,
                missing: str) -> str | None:
    text = clean_text(value)
    if not text:
        if required:
            raise InvalidInput(missing, field=fld)
        return None
    if len(text) > max_len:
        raise InvalidInput("This name is too long (at most {max} characters).", field=fld,
                           max=max_len)
    if _NAME_BAD.search(text):
        raise InvalidInput("A name may contain only letters, spaces, apostrophes and hyphens.",
                           field=fld)
    if not fold(text):
        raise InvalidInput(missing, field=fld)
    return text


def clean_document(doc_type: str | None, number: str | None, prefix: str = "") -> tuple[
        str, str | None]:
    kind = (doc_type or "none").strip().lower()
    if kind not in DOC_TYPES:
        raise InvalidInput("Choose a document type: DNI, carné de extranjería or none.",
                           field=_f(prefix, "doc_type"))
    raw = "".join((number or "").split()).replace("-", "")
    if kind == "none":
        if raw:
            raise InvalidInput("Choose the document type for this number.",
                               field=_f(prefix, "doc_type"))
        return kind, None
    if kind == "dni":
        if not _DNI.match(raw):
            raise InvalidInput("A DNI has exactly 8 digits.", field=_f(prefix, "doc_number"))
        return kind, raw
    raw = raw.upper()
    if not _CE.match(raw):
        raise InvalidInput("A carné de extranjería number has 9 to 12 letters or digits.",
                           field=_f(prefix, "doc_number"))
    return kind, raw


def clean_phone(value: str | None, fld: str = "phone") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _PHONE_CHARS.match(text):
        raise InvalidInput("A phone number may contain only digits, spaces and a leading +.",
                           field=fld)
    compact = text.replace(" ", "")
    if compact.startswith("+"):
        if compact.startswith("+51"):
            if _PE_INTERNATIONAL.match(compact):
                return compact
        elif _FOREIGN.match(compact):
            return compact
    elif _PE_NATIONAL.match(compact):
        return compact
    raise InvalidInput(
        "Enter a 9-digit mobile number starting with 9, or a landline with its area code.",
        field=fld,
    )


def _choice(value: str | None, allowed: Iterable[str], fld: str, optional: bool = True
            ) -> str | None:
    if value is None or value == "":
        if optional:
            return None
        raise InvalidInput("Choose a value.", field=fld)
    if value not in allowed:
        raise InvalidInput("Choose one of the listed values.", field=fld)
    return value


def clean_birth(birth_date: dt.date | None, approx_age: int | None, today: dt.date,
                prefix: str = "") -> tuple[dt.date | None, int | None, bool]:
    """(birth_date, birth_year, age_is_approx)."""
    if birth_date is not None and approx_age is not None:
        raise InvalidInput("Give either the date of birth or an approximate age, not both.",
                           field=_f(prefix, "approx_age"))
    if birth_date is not None:
        if isinstance(birth_date, dt.datetime) or not isinstance(birth_date, dt.date):
            raise InvalidInput("Enter a valid date of birth.", field=_f(prefix, "birth_date"))
        if birth_date > today:
            raise InvalidInput("The date of birth cannot be in the future.",
                               field=_f(prefix, "birth_date"))
        if age_on(birth_date, today) > MAX_AGE:
            raise InvalidInput("The age cannot be more than {max} years.",
                               field=_f(prefix, "birth_date"), max=MAX_AGE)
        return birth_date, birth_date.year, False
    if approx_age is not None:
        if isinstance(approx_age, bool) or not isinstance(approx_age, int):
            raise InvalidInput("Enter the age as a whole number of years.",
                               field=_f(prefix, "approx_age"))
        if approx_age < 0 or approx_age > MAX_AGE:
            raise InvalidInput("The age must be between 0 and {max} years.",
                               field=_f(prefix, "approx_age"), max=MAX_AGE)
        return None, today.year - approx_age, True
    return None, None, False


def age_on(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def age_of(birth_date: dt.date | None, birth_year: int | None,
           today: dt.date | None = None) -> int | None:
    today = today or dt.date.today()
    if birth_date is not None:
        return age_on(birth_date, today)
    if birth_year is not None:
        return max(0, today.year - birth_year)
    return None


def validate_person(inp: PersonInput, today: dt.date | None = None,
                    prefix: str = "") -> CleanPerson:
    """Check every field; raise InvalidInput for the first problem found."""
    today = today or dt.date.today()
    given = _check_name(inp.given_names, _f(prefix, "given_names"), True, 80,
                        "Enter the given names.")
    first = _check_name(inp.first_surname, _f(prefix, "first_surname"), True, 60,
                        "Enter the first surname.")
    second = _check_name(inp.second_surname or "", _f(prefix, "second_surname"), False, 60,
                         "Enter the second surname.")
    sex = _choice(inp.sex, SEXES, _f(prefix, "sex"), optional=False)
    doc_type, doc_number = clean_document(inp.doc_type, inp.doc_number, prefix)
    birth_date, birth_year, approx = clean_birth(inp.birth_date, inp.approx_age, today, prefix)
    gi = _choice(inp.gender_identity, GENDER_IDENTITIES, _f(prefix, "gender_identity"))
    so = _choice(inp.sexual_orientation, SEXUAL_ORIENTATIONS, _f(prefix, "sexual_orientation"))
    langs = list(dict.fromkeys(str(x).strip().lower() for x in (inp.languages or ()) if x))
    if not langs:
        raise InvalidInput("Choose at least one language.", field=_f(prefix, "languages"))
    for code in langs:
        if code not in LANGUAGES:
            raise InvalidInput("Choose one of the listed languages.",
                               field=_f(prefix, "languages"))
    lang_other = _optional(inp.language_other)
    if lang_other and "other" not in langs:
        langs.append("other")
    if lang_other and len(lang_other) > 60:
        raise InvalidInput("This text is too long (at most {max} characters).",
                           field=_f(prefix, "language_other"), max=60)
    phone = clean_phone(inp.phone, _f(prefix, "phone"))
    sector = _optional(inp.sector)
    if sector and len(sector) > 80:
        raise InvalidInput("This text is too long (at most {max} characters).",
                           field=_f(prefix, "sector"), max=80)
    source = _choice(inp.referral_source, REFERRAL_SOURCES, _f(prefix, "referral_source"))
    notes = (inp.staff_notes or "").strip() or None
    assert given is not None and first is not None and sex is not None
    return CleanPerson(
        given_names=given, first_surname=first, second_surname=second, sex=sex,
        doc_type=doc_type, doc_number=doc_number, birth_date=birth_date,
        birth_year=birth_year, age_is_approx=approx, gender_identity=gi,
        sexual_orientation=so, languages=",".join(langs), language_other=lang_other,
        phone=phone, sector=sector, referral_source=source, staff_notes=notes,
        name_norm=fold(f"{given} {first} {second or ''}"),
        surname_norm=fold(f"{first} {second or ''} {given}"),
    )


def check_relationship(value: str, fld: str) -> str:
    if value not in RELATIONSHIPS or value == "head":
        raise InvalidInput("Choose how this person is related to her.", field=fld)
    return value


def check_mother_child(mother: CleanPerson, child: CleanPerson, fld: str) -> None:
    """A child cannot be older than her mother, nor less than 12 years younger.
    With an approximate age on either side, two years of error are allowed."""
    if mother.birth_year is None or child.birth_year is None:
        return
    if mother.birth_date is not None and child.birth_date is not None:
        gap = age_on(mother.birth_date, child.birth_date) if child.birth_date >= \
            mother.birth_date else -1
        ok = gap >= MIN_MOTHER_GAP_YEARS
    else:
        gap = child.birth_year - mother.birth_year
        ok = gap >= MIN_MOTHER_GAP_YEARS - APPROX_TOLERANCE_YEARS
    if not ok:
        if gap < 0:
            raise InvalidInput("A child cannot be older than her mother.", field=fld)
        raise InvalidInput(
            "The mother must be at least {years} years older than her child. "
            "Check both dates of birth.",
            field=fld, years=MIN_MOTHER_GAP_YEARS,
        )
