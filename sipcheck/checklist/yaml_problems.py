"""YAML syntax problems in words a person editing a checklist can act on.

PyYAML stops at the first syntax error and says it in parser terms ("expected <block end>,
but found '<block mapping start>'"). Here the common ones (an unclosed quote, wrong
indentation, a tab, a colon inside a value, a value starting with @) become one Swedish
and English sentence each, at the line to change. PyYAML also accepts a key written twice
and silently keeps the last: `duplicate_keys` finds them in the node tree.
"""

from __future__ import annotations

import re

import yaml

from sipcheck.checklist.problems import Problem
from sipcheck.text import Text


def duplicate_keys(root: yaml.Node | None, file: str) -> list[Problem]:
    """Keys written twice in one mapping. PyYAML silently keeps the last one, so a second
    `rules:` under a criterion would quietly replace the first."""
    problems: list[Problem] = []
    seen_nodes: set[int] = set()

    def walk(node: yaml.Node) -> None:
        if id(node) in seen_nodes:
            return
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if name is not None and name != "<<":
                    line = key_node.start_mark.line + 1
                    if name in first:
                        problems.append(Problem(
                            file, line, key_node.start_mark.column + 1,
                            Text(f"nyckeln «{name}» finns redan på rad {first[name]}; ta bort den "
                                 "ena (YAML använder bara den sista).",
                                 f"the key '{name}' already appears on line {first[name]}; remove "
                                 "one of them (YAML keeps only the last).")))
                    else:
                        first[name] = line
                walk(value_node)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)

    if root is not None:
        walk(root)
    return problems


def yaml_problem(exc: yaml.YAMLError, text: str, file: str) -> Problem:
    """A PyYAML error in words a person editing the file can act on."""
    if isinstance(exc, yaml.reader.ReaderError):
        before = text[:exc.position]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        return Problem(file, line, column,
                       Text(f"YAML-fel: otillåtet tecken (#x{exc.character:04x}); ta bort det.",
                            f"YAML error: character #x{exc.character:04x} is not allowed; remove "
                            "it."))
    problem, context = str(getattr(exc, "problem", "") or ""), str(exc.context or "")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    quote = _runaway_quote(text, mark)
    if quote is not None:
        char = text.splitlines()[quote.line][quote.column]
        return Problem(file, quote.line + 1, quote.column + 1,
                       Text(f"YAML-fel: citattecknet {char} här avslutas inte på samma rad; lägg "
                            f"till ett avslutande {char} i slutet av värdet.",
                            f"YAML error: the quote {char} here is not closed on the same line; "
                            f"add a closing {char} at the end of the value."))
    context_mark = getattr(exc, "context_mark", None)
    line_text = text.splitlines()[mark.line] if mark and mark.line < len(
        text.splitlines()) else ""
    sv, en, at = _yaml_words(problem, context, mark, context_mark, line_text, text)
    at = at or mark
    line, column = (at.line + 1, at.column + 1) if at else (1, 1)
    return Problem(file, line, column, Text(f"YAML-fel: {sv}", f"YAML error: {en}"))


def _runaway_quote(text: str, mark):
    """The start of a quoted value that ran on over several lines and ended where the
    parser then failed: an unclosed quote that found its end in a later line's quote."""
    if mark is None:
        return None
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"') and \
                    token.end_mark.line > token.start_mark.line:
                found = token
    except yaml.YAMLError:
        pass
    if found is not None and found.end_mark.line == mark.line:
        return found.start_mark
    return None


def _yaml_words(problem, context, mark, context_mark, line_text, text):
    """(Swedish, English, mark to report) for one PyYAML problem."""
    if "quoted scalar" in context and "end of stream" in problem:
        quote = text.splitlines()[context_mark.line][context_mark.column]
        return (f"citattecknet {quote} här avslutas aldrig; lägg till ett avslutande {quote} "
                "i slutet av värdet.",
                f"the quote {quote} here is never closed; add a closing {quote} at the end "
                "of the value.", context_mark)
    if "unknown escape character" in problem:
        char = problem.rsplit(" ", 1)[-1].strip("'")
        return (f"\\{char} går inte inom dubbla citattecken; skriv reguljära uttryck inom "
                f"enkla citattecken, t.ex. '\\{char}+'.",
                f"\\{char} is not allowed inside double quotes; write regular expressions "
                f"inside single quotes, e.g. '\\{char}+'.", None)
    if "cannot start any token" in problem:
        char = problem.split("'")[1] if "'" in problem else "?"
        if char == "\\t":
            return ("tabbtecken får inte användas i YAML; använd mellanslag för indrag.",
                    "tab characters are not allowed in YAML; indent with spaces.", None)
        value = re.split(r"[,\]}\s]", line_text[mark.column:], maxsplit=1)[0]
        return (f"ett värde kan inte börja med {char}; sätt det inom citattecken: '{value}'.",
                f"a value cannot start with {char}; put it in quotes: '{value}'.", None)
    if problem == "mapping values are not allowed here":
        before = line_text[:mark.column]
        if ": " not in before and not before.lstrip().startswith("- "):
            return ("fel indrag: raden är indragen mer än nyckeln ovanför. Nycklar på samma "
                    "nivå ska börja i samma kolumn.",
                    "wrong indentation: the line is indented more than the key above. Keys "
                    "at the same level must start in the same column.", None)
        return ("ett kolon följt av mellanslag får inte stå här; sätt hela värdet inom "
                "citattecken, t.ex. title: \"Mini: liten\".",
                "a colon followed by a space is not allowed here; put the whole value in "
                "quotes, e.g. title: \"Mini: liten\".", None)
    if "expected <block end>" in problem:
        return ("fel indrag: raden passar inte in under raderna ovanför. Nycklar på samma nivå "
                "ska börja i samma kolumn, och listrader (-) ska stå under sin nyckel.",
                "wrong indentation: the line does not fit under the lines above. Keys at the "
                "same level must start in the same column, and list items (-) under their "
                "key.", None)
    if "could not find expected ':'" in problem:
        return ("kolon saknas efter nyckeln; skriv nyckel: värde (med mellanslag efter "
                "kolonet).",
                "a colon is missing after the key; write key: value (with a space after the "
                "colon).", context_mark)
    if "but got '?'" in problem:
        start = max(line_text.rfind(",", 0, mark.column), line_text.rfind("[", 0, mark.column))
        value = line_text[start + 1:mark.column + 1].strip()
        return (f"ett värde med ? i en lista inom [ ] ska stå inom citattecken: '{value}'; "
                f"eller skriv listan med en rad per värde (- {value}).",
                f"a value with ? in a list in [ ] must be quoted: '{value}'; or write the "
                f"list with one line per value (- {value}).", None)
    for opening, closing, sv_name, en_name in (("[", "]", "listan", "list"),
                                               ("{", "}", "mappningen", "mapping")):
        if f"expected ',' or '{closing}'" in problem:
            return (f"{sv_name} som börjar med {opening} här stängs aldrig med {closing}, "
                    "eller så saknas ett kommatecken mellan värdena.",
                    f"the {en_name} opened with {opening} here is never closed with {closing}, "
                    "or a comma between values is missing.", context_mark)
    if "found undefined alias" in problem:
        name = problem.split("'")[1] if "'" in problem else "?"
        return (f"ankaret «*{name}» finns inte; det måste definieras med &{name} längre upp.",
                f"the anchor '*{name}' does not exist; define it with &{name} further up.",
                None)
    if "another document" in problem:
        return ("filen innehåller mer än ett YAML-dokument (en rad med ---); en checklista är "
                "ett enda dokument.",
                "the file holds more than one YAML document (a line with ---); a checklist "
                "is a single document.", None)
    if "unhashable key" in problem:
        return ("en nyckel måste vara text, inte en lista eller mappning.",
                "a key must be text, not a list or mapping.", None)
    detail = f"{problem} ({context})" if context else problem
    return f"{detail}.", f"{detail}.", None
