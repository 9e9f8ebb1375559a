"""The ``hutong`` command: the GUI by default, headless subcommands for scripting."""
