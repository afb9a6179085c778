"""Findings about content: where, what, and how to fix it.

Pure code: no MkDocs, no Click. Every checker in kbgen returns a list of
:class:`Diagnostic`; the CLI prints them and the MkDocs plugin logs them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # reported by ``kbgen check``, never fails a build


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding.

    Attributes:
        path: POSIX path relative to the docs folder (or the repo for config files).
        line: 1-based line number, or None when the finding is about the whole file.
        code: stable code, e.g. ``KB104`` (documented in dev/writers-guide.md).
        message: what is wrong, quoting the bad value.
        hint: how to fix it.
        severity: error (fails ``kbgen check`` and the strict build) or warning.
    """

    path: str
    line: int | None
    code: str
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """Return ``path:line: CODE message. hint``."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.code} {_sentence(self.message)}"
        if self.hint:
            text += f" {_sentence(self.hint)}"
        return text

    def format_github(self) -> str:
        """Return a GitHub Actions workflow annotation."""
        kind = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(self.severity, "notice")
        line = f",line={self.line}" if self.line else ""
        msg = f"{self.message}. {self.hint}".replace("%", "%25").replace("\n", "%0A")
        return f"::{kind} file={self.path}{line},title={self.code}::{msg}"

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def to_json(diagnostics: list[Diagnostic]) -> str:
    return json.dumps([d.to_dict() for d in diagnostics], ensure_ascii=False, indent=2)


def sort_key(d: Diagnostic) -> tuple[str, int, str]:
    return (d.path, d.line or 0, d.code)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."
