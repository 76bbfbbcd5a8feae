"""One module per `dalel` subcommand (or group); each exposes COMMANDS."""
