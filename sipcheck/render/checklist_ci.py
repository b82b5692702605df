"""`checklist validate` and `checklist test` as CI reads them, the way ruff and yamllint
report: one line per problem or failed example, never wrapped, in one of three forms.

- `text`: `file:line:column: message`, which editors and CI logs link to the place;
- `github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), which
  show each problem on the changed line of a pull request;
- `json`: one document for other tools (`sipcheck-checklist-validate/1`,
  `sipcheck-checklist-test/1`), every checklist with its problems and every example.

Pure: `Finding`s and results in, text out; the command prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sipcheck.text import Text

VALIDATE_FORMAT = "sipcheck-checklist-validate/1"
TEST_FORMAT = "sipcheck-checklist-test/1"


@dataclass(frozen=True)
class Finding:
    """A problem in a checklist or an example that got the wrong level, and where."""

    file: str
    line: int  # 0 when there is no line to point at (a file that cannot be read)
    column: int
    message: Text

    def text(self, lang: str) -> str:
        if not self.line:
            return f"{self.file}: {self.message.pick(lang)}"
        return f"{self.file}:{self.line}:{self.column or 1}: {self.message.pick(lang)}"

    def github(self, lang: str, title: str) -> str:
        """A workflow command: `%`, line breaks, and in properties `:` and `,` escaped as
        GitHub's runner expects them."""
        where = [f"file={_property(self.file)}"]
        if self.line:
            where += [f"line={self.line}", f"col={self.column or 1}"]
        where.append(f"title={_property(title)}")
        return f"::error {','.join(where)}::{_data(self.message.pick(lang))}"

    def record(self, lang: str) -> dict:
        return {"file": self.file, "line": self.line or None,
                "column": (self.column or 1) if self.line else None,
                "message": self.message.pick(lang)}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def problem_finding(problem) -> Finding:
    """A checklist `Problem` (file, line, column, message) as a finding."""
    return Finding(problem.file, problem.line, problem.column, problem.message)


def error_finding(file: str, message: Text) -> Finding:
    """A checklist that could not be read at all: no line to point at."""
    return Finding(file, 0, 0, message)


def level_name(checklist, level_id: str, lang: str) -> str:
    names = {level.id: level for level in checklist.levels}
    level = names.get(level_id)
    if level is None:
        return Text("kunde inte läsas", "could not be read").pick(lang)
    return level.name(lang)


def example_finding(checklist, result) -> Finding:
    """An example that got another level than it names: where it is written, what it
    should have got, what it got and the review's reason."""
    example = result.example
    sv = (f"{result.criterion.id}/{example.name}: ska få "
          f"{level_name(checklist, example.level, 'sv')} men fick "
          f"{level_name(checklist, result.got, 'sv')}: {result.reason.sv}")
    en = (f"{result.criterion.id}/{example.name}: should get "
          f"{level_name(checklist, example.level, 'en')} but got "
          f"{level_name(checklist, result.got, 'en')}: {result.reason.en}")
    return Finding(example.file or str(checklist.source), example.line, example.column,
                   Text(sv, en))


def validate_json(checked: list[tuple[str, list[Finding]]], lang: str) -> str:
    """`checked`: (file, its findings) for every checklist named."""
    return _dumps({"format": VALIDATE_FORMAT, "lang": lang, "checklists": [
        {"file": file, "valid": not findings,
         "problems": [finding.record(lang) for finding in findings]}
        for file, findings in checked]})


def test_json(checked: list[tuple[str, object, list[Finding], list]], lang: str) -> str:
    """`checked`: (file, the checklist or None, its problems, its example results)."""
    out = []
    for file, _, problems, results in checked:
        examples = [{
            "criterion": result.criterion.id, "name": result.example.name,
            "file": result.example.file or file, "line": result.example.line or None,
            "column": result.example.column or None,
            "expected": result.example.level, "got": result.got or None,
            "passed": result.passed,
            "reason": None if result.passed else result.reason.pick(lang)}
            for result in results]
        out.append({"file": file, "valid": not problems,
                    "problems": [finding.record(lang) for finding in problems],
                    "passed": sum(e["passed"] for e in examples),
                    "failed": sum(not e["passed"] for e in examples),
                    "examples": examples})
    return _dumps({"format": TEST_FORMAT, "lang": lang, "checklists": out})


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
