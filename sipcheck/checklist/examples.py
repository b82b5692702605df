"""A checklist's own tests: every criterion's `examples` run as real plans.

Each example's plan text is written to a temporary `.md` file and goes the way a plan in a
review goes: the Markdown reader, the section finder with the checklist's vocabulary, and
the engine. The example passes when its criterion gets the level the example names.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sipcheck.checklist.model import Checklist, Criterion, Example
from sipcheck.text import Text


@dataclass(frozen=True)
class ExampleResult:
    criterion: Criterion
    example: Example
    got: str          # the level the engine gave ("" when the plan could not be read)
    reason: Text

    @property
    def passed(self) -> bool:
        return self.got == self.example.level


def run_examples(checklist: Checklist) -> list[ExampleResult]:
    """Every example of every criterion, in checklist order."""
    from sipcheck.documents import read_document
    from sipcheck.engine import assess
    from sipcheck.sections import find_sections

    vocabulary = checklist.vocabulary()
    results = []
    with tempfile.TemporaryDirectory(prefix="sipcheck-examples-") as folder:
        for criterion in checklist.criteria:
            # Only this criterion is assessed: the engine decides each one on its own.
            alone = replace(checklist, criteria=[criterion])
            for number, example in enumerate(criterion.examples, start=1):
                path = Path(folder) / f"{criterion.id}-{number}.md"
                path.write_text(example.plan, encoding="utf-8")
                document = read_document(path)
                if not document.ok:
                    results.append(ExampleResult(criterion, example, "", Text(
                        document.message or "", document.message_en or "")))
                    continue
                result = assess(find_sections(document, vocabulary), alone)[0]
                results.append(ExampleResult(criterion, example, result.level,
                                             Text(result.reason, result.reason_en)))
    return results
