"""The ``kbgen`` command: a thin Click group.

Each subcommand lives in ``kbgen/commands/<name>.py`` as a Click command
called ``command``; it is imported only when used, so ``kbgen --help`` stays
fast and one broken command cannot break the others.
"""

from __future__ import annotations

import importlib

import click

from kbgen import __version__

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("kbgen.commands.check", "Find everything wrong with the content, without a build."),
    "init": ("kbgen.commands.init", "Create a new help center, ready to build."),
    "new": ("kbgen.commands.new", "Scaffold a new article."),
    "translate": ("kbgen.commands.translate", "Create a translation stub of an article."),
    "translations": ("kbgen.commands.translations", "Show translation coverage per language."),
    "serve": ("kbgen.commands.serve", "Preview the site locally, rebuilding on save."),
    "build": ("kbgen.commands.build", "Build the site strictly (as mkdocs build --strict)."),
    "mine": ("kbgen.commands.mine", "Mine a helpdesk export for missing and failing articles."),
    "schema": ("kbgen.commands.schema", "Print the JSON Schema of article front matter."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, help_text = COMMANDS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            return None
        command: click.Command = module.command
        command.short_help = command.short_help or help_text
        return command


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="kbgen")
def cli() -> None:
    """kbgen: a multilingual help center from markdown in git."""


def main() -> None:
    cli()
