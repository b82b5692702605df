"""The one exception class sipcheck raises for problems a user can fix.

Library code raises `SipcheckError` with a Swedish and an English message; only the CLI
catches it, prints the message in the user's language and exits with its code. Anything
else escaping is a bug.
"""

from __future__ import annotations

USAGE = 2  # usage, checklist or unreadable input: the review is not trustworthy as asked


class SipcheckError(Exception):
    def __init__(self, message: str, message_en: str | None = None,
                 exit_code: int = USAGE, details: list[str] | None = None,
                 details_en: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message
        self.exit_code = exit_code
        self.details = details or []
        self.details_en = details_en or self.details

    def text(self, lang: str = "sv") -> str:
        head = self.message_en if lang == "en" else self.message
        lines = self.details_en if lang == "en" else self.details
        return "\n".join([head, *lines])


def pick(lang: str, sv: str, en: str) -> str:
    """Swedish by default, English on request."""
    return en if lang == "en" else sv
