"""Run lawreview from a checkout: `python cli.py ...` is the `lawreview` command."""

from lawreview.cli import main

if __name__ == "__main__":
    main()
