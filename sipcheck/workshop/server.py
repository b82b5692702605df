"""Serving the workshop: on loopback by default, on a free port, behind a random key.

The pages show plan text (masked, but still the content of care plans) and take answers
that change the round file, so by default nothing outside this computer can reach them:
the server binds to 127.0.0.1 and answers only to the loopback names. Another address is
used only when `--host` names it, with a warning. Every address carries a key made for
this run (`secrets`), so another program or web page on the same computer cannot read or
answer either.

The server is waitress: a small, pure-Python WSGI server that is made for real use (not a
development server), runs on every platform and needs nothing else.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import socket
import sys
import webbrowser
from dataclasses import dataclass

from sipcheck.text import SipcheckError, Text

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Address:
    host: str
    loopback: bool
    warning: Text | None = None


def bind_address(host: str | None) -> Address:
    """Where to listen: loopback unless `host` is given; a host that is not loopback comes
    with a warning, one that is no address of this computer with an error."""
    if host is None:
        return Address(LOOPBACK, True)
    host = host.strip()
    try:
        resolved = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)[0][4][0]
    except (socket.gaierror, UnicodeError) as exc:
        raise SipcheckError(Text(f"--host {host}: ingen adress med det namnet. Ange t.ex. "
                                 "127.0.0.1 (bara den här datorn).",
                                 f"--host {host}: no address by that name. Give e.g. "
                                 "127.0.0.1 (this computer only).")) from exc
    if ipaddress.ip_address(resolved.split("%")[0]).is_loopback:
        return Address(host, True)
    return Address(host, False, Text(
        f"Varning: workshopen lyssnar på {host}, så andra datorer i nätverket kan nå den. "
        "Sidorna visar planernas text och tar emot bedömningar; alla som har adressen med "
        "nyckeln kan läsa och svara, och trafiken är okrypterad. Använd det bara i ett "
        "nätverk du litar på.",
        f"Warning: the workshop listens on {host}, so other computers on the network can "
        "reach it. The pages show the plans' text and take judgements; anyone with the "
        "address and its key can read and answer, and the traffic is not encrypted. Use "
        "it only on a network you trust."))


def new_token() -> str:
    return secrets.token_urlsafe(24)


def loopback_hosts(host: str) -> list[str]:
    """The Host headers a loopback workshop answers to (any port): a page elsewhere that
    points its own name at 127.0.0.1 is refused."""
    return list(dict.fromkeys(["127.0.0.1", "localhost", host]))


def make_server(app, host: str, port: int):
    """A waitress server bound now (port 0: a free one), not yet serving."""
    from waitress import create_server

    try:
        return create_server(app, host=host, port=port, threads=4, ident="sipcheck",
                             clear_untrusted_proxy_headers=True)
    except OSError as exc:
        raise SipcheckError(Text(f"Kan inte lyssna på {host}:{port} ({exc.strerror}). Välj en "
                                 "annan port med --port, eller utelämna --port för en ledig.",
                                 f"Cannot listen on {host}:{port} ({exc.strerror}). Choose "
                                 "another port with --port, or leave --port out for a free "
                                 "one.")) from exc


def open_browser(url: str) -> bool:
    """Opens `url` in the default browser when there is a graphical one; never a text
    browser in this terminal, which would hide the server's messages."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        return False
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # lynx, w3m, … in the terminal
        return False
    try:
        return bool(browser.open(url))
    except Exception:  # a browser that fails to start is no reason to stop the workshop
        return False
