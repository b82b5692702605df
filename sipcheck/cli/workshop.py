"""`sipcheck workshop`: the review workshop as a local web page.

Checks what it can before serving (the round file, that it may be saved, the plans folder,
the checklist), then serves `sipcheck.workshop` until Ctrl-C. Flask and waitress are
imported only here, inside the command, so `sipcheck --help` never pays for them.
"""

import socket
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import check_can_save, say
from sipcheck.cli.project import use_lang
from sipcheck.text import SipcheckError, Text


def workshop(
    round_file: Annotated[Path, typer.Argument(metavar="OMGÅNG",
        help="Omgångsfilen (från sipcheck review --save). Varje svar sparas i den direkt.",
        show_default=False)],
    plans: Annotated[Path, typer.Option(
        "--plans", metavar="MAPP",
        help="Mappen med planerna som omgången granskades från; deras text visas "
        "bredvid bedömningen.", show_default=False)],
    reviewer: Annotated[str | None, typer.Option(
        "--reviewer", "-r", metavar="NAMN",
        help="Ditt namn som granskare (kan ändras på sidan).",
        show_default=False)] = None,
    checklist: Annotated[str | None, typer.Option(
        "--checklist", "-c", metavar="CHECKLISTA",
        help="Checklistan omgången granskades med (inbyggd eller "
        ".yaml), för nivådefinitionerna; standard: den inbyggda om den är densamma.",
        show_default=False)] = None,
    host: Annotated[str | None, typer.Option(
        "--host", metavar="ADRESS",
        help="Lyssna på en annan adress än 127.0.0.1. Då kan andra datorer nå "
        "sidan: gör det bara i ett nätverk du litar på.", show_default=False)] = None,
    port: Annotated[int, typer.Option(
        "--port", metavar="PORT", min=0, max=65535, help="Porten (standard: en ledig).")] = 0,
    no_browser: Annotated[bool, typer.Option(
        "--no-browser", help="Öppna inte webbläsaren; skriv bara ut adressen.")] = False,
    lang: LangOption = None,
) -> None:
    """Granskningsworkshop i webbläsaren: planen bredvid beläggen, en bedömning i taget.

    Startar en webbsida på den här datorn (127.0.0.1, en ledig port, en slumpad nyckel i
    adressen) och öppnar webbläsaren. Varje svar sparas direkt i omgångsfilen, som med
    sipcheck assess, så terminalen och webbläsaren kan användas samtidigt. Ctrl-C stoppar.
    """
    from sipcheck.rounds import load_round

    lang = use_lang(lang)
    round_data = load_round(round_file)
    check_can_save(round_file)
    if not plans.is_dir():
        raise SipcheckError(Text(f"{plans} är ingen mapp. Ange mappen med planerna som omgången "
                                 "granskades från, t.ex. --plans planer/2024-09.",
                                 f"{plans} is not a folder. Give the folder of plans the round "
                                 "was reviewed from, e.g. --plans plans/2024-09."))
    loaded = _checklist(checklist, round_data)
    from sipcheck.workshop.server import bind_address

    address = bind_address(host)
    from sipcheck.workshop.sources import Workshop

    source = Workshop(round_file, plans, loaded)
    present, total = source.found()
    if total and not present:
        raise SipcheckError(Text(f"Ingen av omgångens {total} planer finns i {plans}. Ange mappen "
                                 "som omgången granskades från (samma som till sipcheck review).",
                                 f"None of the round's {total} plans is in {plans}. Give the "
                                 "folder the round was reviewed from (the one given to sipcheck "
                                 "review)."))
    if present < total:
        say(Text(f"{total - present} av omgångens {total} planer finns inte i {plans}; deras text "
                 "kan inte visas, men de kan bedömas.",
                 f"{total - present} of the round's {total} plans are not in {plans}; their text "
                 "cannot be shown, but they can be judged.").pick(lang))
    if address.warning is not None:
        say(address.warning.pick(lang))
    _serve(source, address, port, reviewer, not no_browser, round_file, lang)


def _checklist(name: str | None, round_data: dict):
    """The checklist given with --checklist, refused unless the round was reviewed with it."""
    if name is None:
        return None
    from sipcheck.checklist.loader import load_checklist

    loaded = load_checklist(name)
    if loaded.sha256 != round_data["checklist"].get("sha256"):
        raise SipcheckError(Text(f"Checklistan {name} är inte den som omgången granskades med "
                                 f"({round_data['checklist'].get('id')}, annan sha256). Ange "
                                 "samma checklista som till sipcheck review, eller utelämna "
                                 "--checklist.",
                                 f"The checklist {name} is not the one the round was reviewed "
                                 f"with ({round_data['checklist'].get('id')}, another sha256). "
                                 "Give the same checklist as to sipcheck review, or leave "
                                 "--checklist out."))
    return loaded


def _serve(source, address, port: int, reviewer: str | None, browse: bool, round_file: Path,
           lang: str) -> None:
    from sipcheck.workshop.app import create_app
    from sipcheck.workshop.server import loopback_hosts, make_server, new_token, open_browser

    token = new_token()
    app = create_app(source, token, lang, reviewer,
                     hosts=loopback_hosts(address.host) if address.loopback else None)
    server = make_server(app, address.host, port)
    bound = server.effective_port
    shown = address.host
    if shown in ("0.0.0.0", "::"):
        shown = socket.gethostname()
    elif ":" in shown:
        shown = f"[{shown}]"
    url = f"http://{shown}:{bound}/{token}/"
    say(Text(f"Workshopen är öppen på {url}\nVarje svar sparas direkt i {round_file}. Ctrl-C "
             "stoppar.",
             f"The workshop is open at {url}\nEvery answer is saved in {round_file} at once. "
             "Ctrl-C stops it.").pick(lang), stderr=False)
    if browse:
        open_browser(url)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    say(Text(f"Workshopen är stängd; alla svar finns i {round_file}.",
             f"The workshop is closed; every answer is in {round_file}.").pick(lang),
        stderr=False)
