"""``kbgen build``: the site, built strictly with kbgen's checks.

Exactly ``mkdocs build --strict`` (the same process, messages and exit code):
content errors and warnings abort the build, each as ``path:line: CODE message``.
"""

from __future__ import annotations

import os

import click

from kbgen.commands._project import config_option, load_project


@click.command(name="build")
@config_option()
@click.option("--site-dir", "-d", default=None, type=click.Path(file_okay=False),
              help="Where to write the site (default: site_dir in mkdocs.yml, else site/).")
@click.option("--strict/--no-strict", default=True, show_default=True,
              help="Abort on warnings, as CI does.")
@click.option("--quiet", "-q", is_flag=True, help="Only show warnings and errors.")
@click.option("--verbose", "-v", is_flag=True,
              help="Show every step, with how many pages the build cache kept.")
def command(config_file: str, site_dir: str | None, strict: bool, quiet: bool,
            verbose: bool) -> None:
    """Build the help center into static files, stopping on any problem.

    The same as 'mkdocs build --strict': every check of 'kbgen check' runs, and
    any warning or error makes the command exit 1, so CI never publishes a site
    with something to fix.

    \b
    Examples:
      kbgen build                      # into site/
      kbgen build --site-dir public    # somewhere else
    """
    from mkdocs.__main__ import cli as mkdocs_cli

    project = load_project(config_file)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # a banner for site developers, not writers
    args = ["build", "--config-file", str(project.config_file),
            "--strict" if strict else "--no-strict"]
    if site_dir:
        args += ["--site-dir", site_dir]
    if quiet:
        args.append("--quiet")
    if verbose:
        args.append("--verbose")
    mkdocs_cli.main(args, prog_name="kbgen", standalone_mode=True)
