"""Typer in the user's language: help, usage lines and usage errors in Swedish, or in
English with `--lang en` (or SIPCHECK_LANG=en, or the project's `lang`).

Typer writes its own words in English ("Usage:", "Options", "No such option", "Missing
argument") and marks each parameter with its Python type (`<bool>`, `<list[Path]>`).
`SipcheckGroup` is the class of the app and of `sipcheck checklist`; when the app starts
it finds the language before anything is parsed (a usage error comes before `--lang`
could be read), then puts every command's help, placeholder and heading in that language
and answers a usage error itself, in plain lines with the next step:

    Användning: sipcheck review [ALTERNATIV] PLANER...
    Fel: okänt alternativ --bogus. Menade du --jobs?
    Hjälp: sipcheck review --help

The words are Typer's constants (`typer.rich_utils`) and the exceptions' own fields
(which option, which parameter), never a parse of Typer's English sentences, except the
detail of a bad value, which is translated where it is known and kept otherwise. The
constants are set when help or an error is about to be shown: `typer.rich_utils` brings
Rich's Markdown with it (0.03 s), which a run that shows neither need not import.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from contextlib import contextmanager

from typer import Exit
from typer.core import TyperArgument, TyperCommand, TyperGroup

from sipcheck.cli.help_en import METAVARS, english
from sipcheck.cli.output import state
from sipcheck.cli.values import plain, plain_param
from sipcheck.text import Text
from sipcheck.text.words import TYPER, words

CURRENT = {"lang": "sv"}

USAGE = Text("Användning: ", "Usage: ")
OPTIONS = Text("[ALTERNATIV]", "[OPTIONS]")
SUBCOMMAND = Text("KOMMANDO [ARGUMENT]...", "COMMAND [ARGS]...")
HELP_OPTION = Text("Visa den här hjälpen och avsluta.", "Show this help and exit.")


def given_language(args: list[str]) -> str | None:
    """`--lang` among the arguments, before or after the command's name."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return "en" if args[index + 1] == "en" else "sv"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "sv"
    return None


def language(args: list[str]) -> str:
    """The language of this run, found before Typer parses anything: `--lang` among the
    arguments, else SIPCHECK_LANG, else the project's `lang`, else Swedish."""
    given = given_language(args)
    if given:
        return given
    if os.environ.get("SIPCHECK_LANG") in ("sv", "en"):
        return os.environ["SIPCHECK_LANG"]
    try:
        from sipcheck import config

        return config.load().lang or "sv"
    except Exception:  # a broken configuration is reported when a command reads it
        return "sv"


def localize(command, lang: str, path: str = "") -> None:
    """Every help text, placeholder and heading of `command` and below in `lang`."""
    CURRENT["lang"] = lang
    command.options_metavar = OPTIONS.pick(lang)
    if not hasattr(command, "swedish"):  # the help as declared, before any translation
        command.swedish = command.help
        for param in command.params:
            param.swedish = param.help
            param.swedish_metavar = param.metavar
    command.help = _reflowed((english(path, "") or command.swedish) if lang == "en"
                             else command.swedish)
    command.marked_up = False  # plain text until help is shown (`_marked_up`)
    for param in command.params:
        param.help = (english(path, param.name) or param.swedish) if lang == "en" \
            else param.swedish
        param.metavar = _metavar(param, lang)
        if isinstance(param, TyperArgument):  # the name says it; no "<path>" beside it
            param.display_type_rich = lambda ctx: None
    for name, sub in getattr(command, "commands", {}).items():
        localize(sub, lang, f"{path} {name}".strip())


_LINE_BREAK = re.compile(r"[ \t]*\n(?![ \t]*(?:[-•*]|\d+[.)])\s)[ \t]*")


def _reflowed(text: str | None) -> str | None:
    """A command's help with the line breaks of its docstring taken out of each paragraph,
    so that the terminal wraps it at its own width (a list's lines stay apart): Typer
    keeps them after the first line, and at 80 columns "2: fel i" stood alone."""
    if not text:
        return text
    return "\n\n".join(paragraph if paragraph.startswith("\b") else
                       _LINE_BREAK.sub(" ", paragraph) for paragraph in text.split("\n\n"))


def _marked_up(command) -> None:
    """The help texts of `command` and below as Rich markup, for Typer to show: square
    brackets are text ("[tool.sipcheck]" was left out). Done when help is shown, since
    Rich's markup brings most of Rich with it (0.03 s)."""
    if getattr(command, "marked_up", False):
        return
    from rich.markup import escape

    command.marked_up = True
    command.help = escape(command.help) if command.help else command.help
    for param in command.params:
        param.help = escape(param.help) if param.help else param.help
    for sub in getattr(command, "commands", {}).values():
        _marked_up(sub)


def _metavar(param, lang: str) -> str | None:
    """The placeholder: a flag has none, a choice lists its values, anything else has
    the name it was declared with, in `lang`."""
    declared = param.swedish_metavar
    if getattr(param, "is_flag", False):
        return ""
    if declared is None:
        choices = getattr(getattr(param, "type_descriptor", None), "choices", None)
        if choices:
            return "|".join(str(getattr(c, "value", c)) for c in choices)
        return declared
    return METAVARS.get(declared, declared) if lang == "en" else declared


def typer_words(ctx=None) -> None:
    """Typer's words for help and errors in the run's language, before Typer shows
    either (see the module's docstring); with the help's `ctx`, every help text as
    markup."""
    from typer import rich_utils

    if ctx is not None:
        _marked_up(ctx.find_root().command)

    for name, value in words(TYPER, CURRENT["lang"]).items():
        setattr(rich_utils, name, value)
    rich_utils.rich_format_error = show_usage_error


class SipcheckCommand(TyperCommand):
    """A command whose usage line is in the user's language, arguments by their names."""

    def format_help(self, ctx, formatter) -> None:
        typer_words(ctx)
        return super().format_help(ctx, formatter)

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              prefix=USAGE.pick(CURRENT["lang"]))

    def collect_usage_pieces(self, ctx) -> list[str]:
        return usage_pieces(self, ctx)

    def get_help_option(self, ctx):
        return _help_option(super().get_help_option(ctx))


class SipcheckGroup(TyperGroup):
    """The app and `sipcheck checklist`: like a command, and the app's entry point finds
    the language and answers usage errors in it."""

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              prefix=USAGE.pick(CURRENT["lang"]))

    def collect_usage_pieces(self, ctx) -> list[str]:
        return [*usage_pieces(self, ctx), SUBCOMMAND.pick(CURRENT["lang"])]

    def get_help_option(self, ctx):
        return _help_option(super().get_help_option(ctx))

    def format_help(self, ctx, formatter) -> None:
        typer_words(ctx)
        return super().format_help(ctx, formatter)

    def main(self, args=None, prog_name=None, **extra):
        args = list(sys.argv[1:] if args is None else args)
        state["given_lang"] = given_language(args)  # `sipcheck --lang en review …` too
        localize(self, language(args))
        plain(self)
        return super().main(args=args, prog_name=prog_name, **extra)

    # Every usage error and abort of a run is raised inside these two (a subcommand's
    # parsing inside `invoke`), and Typer shows it with `typer.rich_utils` right after.
    def make_context(self, *args, **kwargs):
        with _words_for_what_is_raised():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _words_for_what_is_raised():
            return super().invoke(ctx)


@contextmanager
def _words_for_what_is_raised():
    """Typer's words in place before an error leaves (sipcheck's own errors pass through
    on their way to `app.main`; an `Exit` is no error)."""
    try:
        yield
    except Exit:
        raise
    except Exception:
        typer_words()
        raise


def usage_pieces(command, ctx) -> list[str]:
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.params:
        if isinstance(param, TyperArgument):
            name = param.metavar or param.name.upper()
            if param.nargs != 1 and not name.endswith("..."):
                name += "..."
            pieces.append(name if param.required else f"[{name}]")
    return pieces


def _help_option(option):
    if option is not None:
        plain_param(option)
        option.help = HELP_OPTION.pick(CURRENT["lang"])
        option.metavar = ""
    return option


def show_usage_error(error) -> None:
    """A usage error as sipcheck's other errors are shown: plain lines on stderr, in the
    user's language, with what to type for help."""
    if error.__class__.__name__ == "NoArgsIsHelpError":
        return  # the help itself was printed
    from sipcheck.cli.output import say

    lang = CURRENT["lang"]
    ctx = getattr(error, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
    lines.append(Text("Fel: ", "Error: ").pick(lang) + usage_message(error, lang, ctx))
    if ctx is not None:
        lines.append(Text(f"Hjälp: {ctx.command_path} --help",
                          f"Help: {ctx.command_path} --help").pick(lang))
    for line in lines:
        say(line)


def _param_name(param) -> str:
    if isinstance(param, TyperArgument):
        return param.metavar or param.name.upper()
    long = [opt for opt in param.opts if opt.startswith("--")]
    return (long or param.opts)[0]


def usage_message(error, lang: str, ctx=None) -> str:
    """What is wrong, from the exception's fields, in `lang`."""
    kind = error.__class__.__name__
    param = getattr(error, "param", None)
    if kind == "NoSuchOption":
        close = getattr(error, "possibilities", None) or []
        hint = Text(f" Menade du {' eller '.join(sorted(close))}?",
                    f" Did you mean {' or '.join(sorted(close))}?").pick(lang) if close else ""
        return Text(f"okänt alternativ {error.option_name}.",
                    f"no such option {error.option_name}.").pick(lang) + hint
    if kind == "MissingParameter" and param is not None:
        name = _param_name(param).removesuffix("...")
        if isinstance(param, TyperArgument):
            what = (param.help or "").split(". ")[0].rstrip(".")
            what = f": {what[:1].lower()}{what[1:]}" if what else ""
            return Text(f"{name} saknas{what}.", f"{name} is missing{what}.").pick(lang)
        return Text(f"alternativet {name} saknas.", f"the option {name} is missing.").pick(lang)
    if kind == "BadParameter" and param is not None:
        return Text(f"ogiltigt värde för {_param_name(param)}: ",
                    f"invalid value for {_param_name(param)}: ").pick(lang) + \
            _detail(error.message, lang, ctx)
    return _detail(error.message, lang, ctx)


_DETAILS = [
    (r"(?:Value error, )?'(.*)' is not one of (.+)\.",
     lambda m: Text(f"«{m[1]}» finns inte; välj en av: {_choices(m[2])}.",
                    f"'{m[1]}' is not allowed; choose one of: {_choices(m[2])}.")),
    (r"Input should be greater than or equal to (\S+)",
     lambda m: Text(f"värdet ska vara minst {m[1]}.", f"the value must be at least {m[1]}.")),
    (r"Input should be less than or equal to (\S+)",
     lambda m: Text(f"värdet ska vara högst {m[1]}.", f"the value must be at most {m[1]}.")),
    (r"Input should be a valid (integer|number).*",
     lambda m: Text("värdet ska vara ett heltal." if m[1] == "integer" else
                    "värdet ska vara ett tal.", f"the value must be an {m[1]}."
                    if m[1] == "integer" else "the value must be a number.")),
    (r"Option '(.+)' requires an argument\.",
     lambda m: Text(f"{m[1]} behöver ett värde.", f"{m[1]} needs a value.")),
    (r"Option '(.+)' does not take a value\.",
     lambda m: Text(f"{m[1]} tar inget värde.", f"{m[1]} takes no value.")),
    (r"Got unexpected extra arguments? \((.+)\)",
     lambda m: Text(f"för många argument: {m[1]}.", f"too many arguments: {m[1]}.")),
    (r"No such command '(.+?)'\..*",
     lambda m, known: Text(f"kommandot «{m[1]}» finns inte.{_command_hint(m[1], known, 'sv')}",
                           f"there is no command '{m[1]}'.{_command_hint(m[1], known, 'en')}")),
    (r"Missing command\.", lambda m: Text("ange ett kommando.", "give a command.")),
]


def _choices(listed: str) -> str:
    return ", ".join(part.strip().strip("'") for part in listed.split(","))


def _command_hint(name: str, known: list[str], lang: str) -> str:
    close = difflib.get_close_matches(name, known, 1)
    if close:
        return f" Menade du {close[0]}?" if lang == "sv" else f" Did you mean {close[0]}?"
    return f" Kommandona: {', '.join(known)}." if lang == "sv" else \
        f" The commands: {', '.join(known)}."


def _detail(message: str, lang: str, ctx=None) -> str:
    known = list(getattr(getattr(ctx, "command", None), "commands", {}) or [])
    for pattern, wording in _DETAILS:
        found = re.fullmatch(pattern, message.strip(), re.S)
        if found:
            said = wording(found, known) if wording.__code__.co_argcount == 2 else wording(found)
            return said.pick(lang)
    return message
