"""`python -m newsparse …`: the `newsparse` command."""

from .cli import main

if __name__ == "__main__":  # importing the package's modules one by one must not run it
    raise SystemExit(main())
