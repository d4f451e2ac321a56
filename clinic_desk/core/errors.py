"""Errors a user may see. Each carries one clear sentence and the CLI exit code.

Messages are plain English here; the UI translates them by error class (see
clinic_desk/ui/messages.py), the CLI prints them as they are.
"""

from __future__ import annotations


class ClinicDeskError(Exception):
    """A failure with a message fit for a person. Exit code 1."""

    exit_code = 1

    def __init__(self, template: str, **params: object) -> None:
        message = template.format(**params) if params else template
        super().__init__(message)
        self.template = template  # the UI translates this, then fills in params
        self.params = params
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(ClinicDeskError):
    exit_code = 2


class InvalidInput(ClinicDeskError):
    """Rejected input: nothing was written."""

    exit_code = 1

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class WrongCredentials(ClinicDeskError):
    """Wrong user, password or recovery code."""

    exit_code = 3


class TooManyAttempts(WrongCredentials):
    def __init__(self, wait_seconds: int) -> None:
        super().__init__(
            "Too many wrong passwords. Wait {wait_seconds} seconds before trying again.",
            wait_seconds=wait_seconds,
        )
        self.wait_seconds = wait_seconds


class PermissionDenied(ClinicDeskError):
    exit_code = 1


class NotSetUp(ClinicDeskError):
    """The data folder holds no installation yet."""


class AlreadySetUp(ClinicDeskError):
    pass


class DamagedData(ClinicDeskError):
    """The database or key file is damaged. Never repaired silently."""


class NewerSchema(ClinicDeskError):
    """The database was written by a newer version of Clinic Desk."""


class InUse(ClinicDeskError):
    """Another copy of Clinic Desk has this data folder open."""


class NotWritable(ClinicDeskError):
    pass


class KeyringSecretMissing(WrongCredentials):
    """This PC's keyring secret, needed by the user slots, is not available."""


class TamperedOrForeign(ClinicDeskError):
    """A bundle or backup that is damaged, tampered with, or not for this installation."""

    exit_code = 4
