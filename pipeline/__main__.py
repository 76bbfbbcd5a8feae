"""``python -m pipeline``: the ``dalel`` command for environments without the console script."""
from pipeline.cli import main

main()
