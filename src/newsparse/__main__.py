"""`python -m newsparse …`: the `newsparse` command."""

from .cli import main

raise SystemExit(main())
