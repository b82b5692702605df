"""Round files: the one canonical record of a review round, written safely.

A round file is the JSON a review prints with `--format json`. It is written atomically
(a temporary file in the same folder, then renamed), so an interrupted run never leaves a
half-written file, and an existing file is never replaced without `force`.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from importlib.resources import files
from json.encoder import encode_basestring
from pathlib import Path

from sipcheck.plan_entries import PlanEntries
from sipcheck.review import ROUND_FORMAT
from sipcheck.text import SipcheckError, Text, without_controls_in


def unit_name(round_data: dict, unit: str | None) -> str | None:
    """A unit as reports show it: the name plans.csv or the project's configuration gave
    it ("Köping"), else its folder's name ("koping")."""
    if not unit:
        return unit
    return round_data.get("unit_names", {}).get(unit) or unit


PART = 1 << 16  # characters per piece of `json_parts`


def dumps(round_data: dict) -> str:
    """A round (or a comparison) as JSON; NaN and Infinity are refused, never written."""
    return "".join(json_parts(round_data))


def json_parts(round_data: dict) -> Iterator[str]:
    """`json.dumps(round_data, ensure_ascii=False, indent=2, allow_nan=False) + "\\n"` in
    pieces of about PART characters, the same text: a county's round is tens of MB of
    JSON, which a review prints or saves piece by piece instead of holding all of it (and
    its pieces) at once. Packed plans (`PlanEntries`) are written as the list they stand
    for, one by one."""
    pieces: list[str] = []
    length = counted = 0
    for _ in _top(round_data, pieces):
        length += sum(len(piece) for piece in pieces[counted:])
        counted = len(pieces)
        if length >= PART:
            yield "".join(pieces)
            pieces.clear()
            length = counted = 0
    pieces.append("\n")
    yield "".join(pieces)


# The text `json`'s indenting encoder writes, written about twice as fast: the standard
# library's C encoder cannot indent, and its Python one passes every piece through a
# generator per level. Strings are escaped by the same C function, numbers written by the
# same `repr`s, keys converted as it converts them.
_CONTAINERS = (dict, list, tuple, PlanEntries)


def _top(value, out: list[str]) -> Iterator[None]:
    """`_write(value, out)`, yielding after each item of the top mapping and of each list
    in it (a round's plans), so `json_parts` can hand on what is written."""
    if not isinstance(value, dict) or not value:
        _write(value, out, "\n")
        yield
        return
    out.append("{\n  ")
    for number, (key, item) in enumerate(value.items()):
        out.append((",\n  " if number else "") + _key(key) + ": ")
        if isinstance(item, list | PlanEntries) and len(item):
            out.append("[\n    ")
            for index, element in enumerate(item):
                if index:
                    out.append(",\n    ")
                _write(element, out, "\n    ")
                yield
            out.append("\n  ]")
        else:
            _write(item, out, "\n  ")
        yield
    out.append("\n}")


def _write(value, out: list[str], indent: str) -> None:
    """`value` as indented JSON onto `out`; `indent`: a line break and the spaces of its
    depth."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        separator = "{" + inner
        for key, item in value.items():
            name = encode_basestring(key) if type(key) is str else _key(key)
            if type(item) is str:  # most values: the quickest way first
                out.append(separator + name + ": " + encode_basestring(item))
            elif isinstance(item, _CONTAINERS):
                out.append(separator + name + ": ")
                _write(item, out, inner)
            else:
                out.append(separator + name + ": " + _scalar(item))
            separator = "," + inner
        out.append(indent + "}")
    elif isinstance(value, _CONTAINERS):
        if not len(value):
            out.append("[]")
            return
        inner = indent + "  "
        separator = "[" + inner
        for item in value:
            if isinstance(item, _CONTAINERS):
                out.append(separator)
                _write(item, out, inner)
            else:
                out.append(separator + _scalar(item))
            separator = "," + inner
        out.append(indent + "]")
    else:
        out.append(_scalar(value))


def _scalar(value) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (math.inf, -math.inf):
            raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
        return float.__repr__(value)
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


def _key(key) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, bool | int | float) or key is None:
        return '"' + _scalar(key) + '"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def write_atomic(path: Path, text: str | Iterable[str], force: bool = False) -> None:
    """Writes `text` (UTF-8; a string or its pieces, as `json_parts` gives them) to `path`
    atomically; refuses to overwrite unless `force`."""
    parts = [text] if isinstance(text, str) else text
    _write_atomic(path, (part.encode("utf-8") for part in parts), force)


def check_writable(path: Path, force: bool = False) -> None:
    """Refuses, before any work is done, a target that cannot or may not be written: an
    existing file without `force`, a folder, or a place inside something that is a file."""
    if path.is_dir():
        raise SipcheckError(Text(f"{path} är en mapp. Ange ett filnamn, t.ex. "
                                 f"{path / 'omgang.json'}.",
                                 f"{path} is a folder. Give a file name, e.g. "
                                 f"{path / 'round.json'}."))
    if path.exists() and not force:
        raise SipcheckError(_exists(path))
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise SipcheckError(Text(f"{path} kan inte skrivas: {parent} är en fil, inte en "
                                         "mapp.",
                                         f"{path} cannot be written: {parent} is a file, not a "
                                         "folder."))
            if not os.access(parent, os.W_OK):
                raise SipcheckError(Text(f"{path} kan inte skrivas: ingen skrivrätt i {parent}.",
                                         f"{path} cannot be written: no write permission in "
                                         f"{parent}."))
            break


def target_of(path: Path) -> Path:
    """The file a path names: a link's target (a round kept elsewhere and linked into a
    shared folder gets the judgements, instead of the link being replaced by a copy)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_bytes_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Writes `data` to `path` atomically; refuses to overwrite unless `force` (see
    `_write_atomic`)."""
    _write_atomic(path, [data], force)


def _write_atomic(path: Path, data: Iterable[bytes], force: bool = False) -> None:
    """Writes `data`, piece by piece, to `path` atomically; refuses to overwrite unless
    `force`.

    The data goes to a hidden temporary file in the same folder, named after this
    process, and is then moved into place: with `force` by a rename, without it by a hard
    link that fails if the file has appeared meanwhile (two `--save` at once: one wins,
    the other says the file exists). Temporary files left by a process that was killed
    are removed by the next write to the same name."""
    check_writable(path, force)
    path = target_of(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(folder, path.name)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.",
                                             suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SipcheckError(_cannot_write(path, exc)) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            for piece in data:  # an error half-way (a NaN in the data) leaves no file
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); give it the mode any saved file gets.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        if force:
            os.replace(temporary, path)
        else:
            _move_exclusively(temporary, path)
    except FileExistsError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise SipcheckError(_exists(path)) from exc
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise SipcheckError(_cannot_write(path, exc)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _move_exclusively(temporary: str, path: Path) -> None:
    """Moves the finished file into place unless `path` exists (FileExistsError)."""
    try:
        os.link(temporary, path)  # atomic, and fails if another run got there first
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: claim the name, then fill it
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _cannot_write(path: Path, exc: OSError) -> Text:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Text(f"{path} kan inte skrivas: disken är full. Gör plats och försök igen; "
                    "inget halvskrivet sparades.",
                    f"{path} cannot be written: the disk is full. Free some space and try again; "
                    "nothing half written was saved.")
    return Text(f"{path} kan inte skrivas ({exc.strerror}).",
                f"{path} cannot be written ({exc.strerror}).")


def _exists(path: Path) -> Text:
    return Text(f"{path} finns redan. Välj ett annat filnamn eller lägg till --force för att "
                "skriva över.",
                f"{path} already exists. Choose another name or add --force to overwrite.")


def _remove_leftovers(folder: Path, name: str) -> None:
    """Hidden temporary files `.NAME.PID.*.tmp` of processes that no longer run."""
    for leftover in folder.glob(f".{glob_escape(name)}.*.tmp"):
        pid = leftover.name[len(name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or _running(int(pid)):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, but is not ours
        return True
    return True


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


MAX_ROUND_BYTES = 200_000_000  # 400 plans with evidence are a few MB
MAX_NUMBER_DIGITS = 15  # a point, a weight or a count; more is no number sipcheck wrote


class _NotANumber(ValueError):
    """NaN, Infinity or a number too long for a round file, with the text as written."""


def _refuse_constant(name: str):
    raise _NotANumber(name)


def _number(text: str, kind):
    if len(text.lstrip("-").replace(".", "").split("e")[0].split("E")[0]) > MAX_NUMBER_DIGITS \
            or len(text) > 40:
        raise _NotANumber(text)
    value = kind(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise _NotANumber(text)
    return value


def _parse(path: Path, text: str):
    """The JSON of a round file, refusing what JSON allows but a round never holds: NaN,
    Infinity, numbers of thousands of digits, nesting deeper than Python's stack."""
    try:
        return json.loads(text, parse_constant=_refuse_constant,
                          parse_int=lambda t: _number(t, int),
                          parse_float=lambda t: _number(t, float))
    except _NotANumber as exc:
        written = str(exc)
        at = max(text.find(written), 0)
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        shown = written if len(written) <= 20 else f"{written[:12]}… ({len(written)} tecken)"
        raise SipcheckError(Text(
            f"{path}:{line}:{column}: talet «{shown}» hör inte hemma i en omgångsfil (inte ett "
            "ändligt tal av rimlig storlek); skapa filen på nytt med sipcheck review --save.",
            f"{path}:{line}:{column}: the number '{shown}' does not belong in a round file (not "
            "a finite number of reasonable size); create it again with sipcheck review "
            "--save.")) from None
    except RecursionError:
        raise SipcheckError(Text(
            f"{path}: värdena är nästlade för djupt för en omgångsfil; skapa den på nytt med "
            "sipcheck review --save.",
            f"{path}: the values are nested too deeply for a round file; create it again with "
            "sipcheck review --save.")) from None


def load_round(path: Path) -> dict:
    """Reads a round file, with a clear error, in the user's language and with the next
    step, for anything that is not one: a plan given by mistake, a file edited by hand."""
    try:
        if path.stat().st_size > MAX_ROUND_BYTES:
            raise SipcheckError(Text(f"{path} är för stor för en omgångsfil.",
                                     f"{path} is too large for a round file."))
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise SipcheckError(Text(f"{path} finns inte.", f"{path} does not exist.")) from exc
    except IsADirectoryError as exc:
        raise SipcheckError(Text(f"{path} är en mapp. Ange en omgångsfil (.json) från sipcheck "
                                 "review --save.",
                                 f"{path} is a folder. Give a round file (.json) from sipcheck "
                                 "review --save.")) from exc
    except OSError as exc:
        raise SipcheckError(Text(f"{path} kan inte läsas ({exc.strerror}).",
                                 f"{path} cannot be read ({exc.strerror}).")) from exc
    kind = _document_kind(raw)
    if kind:
        raise SipcheckError(Text(
            f"{path} är {kind.sv}, inte en omgångsfil. Granska planerna först och spara "
            f"omgången: sipcheck review MAPP --save omgang.json; ge sedan omgångsfilerna till "
            f"sipcheck.",
            f"{path} is {kind.en}, not a round file. Review the plans first and save the round: "
            f"sipcheck review FOLDER --save round.json; then give sipcheck the round files."))
    try:
        text = raw.decode("utf-8")
        data = _parse(path, text)
    except UnicodeDecodeError as exc:
        raise SipcheckError(Text(f"{path} är ingen omgångsfil (det är inte text i UTF-8). En "
                                 "omgångsfil skapas med sipcheck review --save.",
                                 f"{path} is not a round file (it is not UTF-8 text). A round "
                                 "file is made with sipcheck review --save.")) from exc
    except json.JSONDecodeError as exc:
        raise SipcheckError(Text(
            f"{path}:{exc.lineno}:{exc.colno}: filen är inte giltig JSON (ändrad för hand eller "
            "avklippt?). Rätta raden, eller skapa omgångsfilen på nytt med sipcheck review "
            "--save.",
            f"{path}:{exc.lineno}:{exc.colno}: the file is not valid JSON (edited by hand or cut "
            "short?). Correct the line, or make the round file again with sipcheck review "
            "--save.")) from exc
    if not isinstance(data, dict) or data.get("format") != ROUND_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise SipcheckError(
            Text(f"{path}: okänt format «{found}»; sipcheck läser {ROUND_FORMAT}, omgångsfiler "
                 "från sipcheck review --save.",
                 f"{path}: unknown format '{found}'; sipcheck reads {ROUND_FORMAT}, round files "
                 "from sipcheck review --save."))
    problems = round_problems(data, text, str(path))
    if problems:
        raise SipcheckError(
            Text(f"{path} är skadad eller ändrad för hand ({counted_problems(len(problems), 'sv')})"
                 "; skapa den på nytt med sipcheck review --save:",
                 f"{path} is damaged or was edited by hand "
                 f"({counted_problems(len(problems), 'en')}); create it again with sipcheck "
                 "review --save:"),
            details=[p.as_text() for p in problems])
    return _masked(without_controls_in(data))  # no "\x1b]0;…" from a hand-edited file


def _masked(data: dict) -> dict:
    """The round with what came from the user's files masked again, however it was
    written: plan ids, files and units, reviewers' comments."""
    from sipcheck import privacy

    lang = data["round"].get("lang") or "sv"
    for plan in data["plans"]:
        for key in ("id", "file", "unit"):
            if isinstance(plan.get(key), str):
                plan[key] = privacy.redact_name(plan[key], lang)
        for result in plan["criteria"]:
            for answer in [*result.get("assessments", []), result.get("resolution") or {}]:
                if isinstance(answer.get("comment"), str):
                    answer["comment"] = privacy.redact(answer["comment"], lang)
    return data


def counted_problems(count: int, lang: str) -> str:
    return f"{count} fel" if lang != "en" else f"{count} problem{'s' if count != 1 else ''}"


def _document_kind(raw: bytes) -> Text | None:
    """What a file given as a round is, when it is plainly a document: a plan by mistake."""
    if raw.startswith(b"PK\x03\x04"):
        return Text("ett Word-dokument (eller annan Office-fil)", "a Word document (or another "
                    "Office file)")
    if raw.startswith(b"%PDF"):
        return Text("en PDF", "a PDF")
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return Text("ett äldre Office-dokument (.doc)", "an older Office document (.doc)")
    return None


def round_problems(data: dict, text: str, name: str) -> list:
    """Every way a round file departs from its schema and from itself (levels it names must
    be levels of its checklist), positioned at file:line:column. Positions are looked up
    only when something is wrong: a valid round is read at JSON speed."""
    from jsonschema import Draft202012Validator

    from sipcheck.checklist.problems import Problem, locate, positions, translate

    schema = json.loads((files("sipcheck") / "schema" / "round.schema.json").read_text("utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    bad_levels = []
    if not errors:
        levels = {level["id"] for level in data["checklist"]["levels"]}
        bad_levels = [(path, level)
                      for p_index, plan in enumerate(data["plans"])
                      for c_index, result in enumerate(plan["criteria"])
                      for path, level in _levels_named(result, ("plans", p_index, "criteria",
                                                                c_index))
                      if level not in levels]
    seen: set[str] = set()
    twice = []  # a plan listed twice would be counted twice in every share
    for index, plan in enumerate(data["plans"] if not errors else []):
        if plan["id"] in seen:
            twice.append((("plans", index, "id"), plan["id"]))
        seen.add(plan["id"])
    if not errors and not bad_levels and not twice:
        return []
    try:
        where = positions(text)
    except Exception:  # JSON that YAML cannot place: report without positions
        where = {}
    problems = [problem for error in errors for problem in translate(error, where, name)]
    for path, plan_id in twice:
        line, column = locate(where, path)[-2:]
        problems.append(Problem(name, line, column, Text(
            f"plans.{path[1]}.id: planen «{plan_id}» står redan tidigare i filen.",
            f"plans.{path[1]}.id: the plan '{plan_id}' is already listed earlier in the file.")))
    for path, level in bad_levels:
        line, column = locate(where, path)[-2:]
        dotted = ".".join(str(part) for part in path)
        problems.append(Problem(
            name, line, column,
            Text(f"{dotted}: nivån «{level}» finns inte i omgångens checklista.",
                 f"{dotted}: the level '{level}' is not in the round's checklist.")))
    return problems


def _levels_named(result: dict, path: tuple):
    """(path, level) for every level a criterion result names: the final level, the
    automatic one, each reviewer's and a resolution's."""
    yield (*path, "level"), result["level"]
    if "automatic" in result:
        yield (*path, "automatic"), result["automatic"]
    for index, answer in enumerate(result.get("assessments", [])):
        yield (*path, "assessments", index, "level"), answer["level"]
    if "resolution" in result:
        yield (*path, "resolution", "level"), result["resolution"]["level"]


@contextmanager
def _locked(path: Path):
    """Holds an advisory lock on the round file's folder while a change is read, made and
    written, so two experts assessing the same round at once never lose each other's
    answers. Where advisory locks do not exist (Windows), changes are still atomic."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    folder = os.open(path.parent if str(path.parent) else ".", os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock


def update_round(path: Path, change) -> dict:
    """Reads the round file afresh, applies `change(round_data)` and writes it back
    atomically, under a lock. Returns the round as written; if `change` raises, the file
    is left as it was."""
    path = target_of(path)
    with _locked(path):
        data = load_round(path)
        change(data)
        write_atomic(path, json_parts(data), force=True)
    return data
