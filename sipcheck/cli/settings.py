"""`sipcheck config`: the settings in force in this folder, and where each came from.

A project leader who wonders why a report is in English, or which checklist a colleague's
review used, asks here: the configuration file found (from this folder upwards), then
every setting with its value and its source (the file and line, the environment, or
sipcheck's default).
"""

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import console
from sipcheck.cli.project import settings, use_lang
from sipcheck.text import Text


def config(lang: LangOption = None) -> None:
    """Visa inställningarna som gäller här och varifrån var och en kommer.

    Projektets inställningar står i sipcheck.toml (eller under [tool.sipcheck] i
    pyproject.toml) i den här mappen eller en mapp ovanför: checklist, lang, rounds och
    enheternas namn under [units].
    """
    from sipcheck.render.grid import Grid
    from sipcheck.render.grid_terminal import GridView

    lang = use_lang(lang)
    rows = [[setting.name, setting.value, setting.source.pick(lang)] for setting in settings()]
    headers = [Text("Inställning", "Setting"), Text("Värde", "Value"),
               Text("Varifrån", "Source")]
    grid = Grid("config", Text("Inställningar", "Settings").pick(lang),
                [header.pick(lang) for header in headers], rows, [False, False, False])
    console().print(GridView(grid, whole=(0,)))
