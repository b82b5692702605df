"""`python -m sipcheck`: the same as the `sipcheck` command."""

from sipcheck.cli.app import main

if __name__ == "__main__":
    main()
