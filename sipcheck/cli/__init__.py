"""The command line: `app` lists every command and `main` maps errors to exit codes
(`app.py`); each area has its module of commands (`review`, `scan`, `compare` with
`trend`, `assess`, `agreement`, `feedback`, `checklist`), and they share their options
(`options.py`) and how they print and write reports (`output.py`).

Commands are thin: parse, call the library, print. Nothing here decides a level or lays
out a report.
"""
