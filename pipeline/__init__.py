"""dalel pipeline: the stages and the `dalel` command."""
