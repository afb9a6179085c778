"""``kbgen init``: a new help center that passes every check and builds strictly at once."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.media import image_size


def init(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, ["init", *args], catch_exceptions=False)


def mkdocs_build(site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d",
                           str(site / "site")], cwd=site, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)


@pytest.mark.parametrize("languages", ["el,en", "en", "fr,en,de", "es,el", "pt-BR,en"])
def test_a_new_help_center_passes_check_and_builds_strictly_without_warnings(
        tmp_path, monkeypatch, languages):
    site = tmp_path / "help"
    assert init(str(site), "--languages", languages).exit_code == 0
    monkeypatch.chdir(site)
    check = CliRunner().invoke(cli, ["check", "--strict"])
    assert check.exit_code == 0, check.output
    assert "error" not in check.output and "warning" not in check.output
    built = mkdocs_build(site)
    assert built.returncode == 0, built.stderr
    assert "WARNING" not in built.stderr
    for lang in languages.split(","):
        assert (site / "site" / lang / "account" / "faq" / "index.html").is_file()
        assert (site / "site" / lang / "getting-started" / "video-tour" / "index.html").is_file()


@pytest.mark.parametrize(("lang", "faq_title", "step"), [
    ("el", "Ερωτήσεις για τον λογαριασμό σας", "## Συμπληρώστε τη φόρμα"),
    ("en", "Questions about your account", "## Fill in the form"),
    ("fr", "Questions sur votre compte", "## Remplissez le formulaire"),
    ("de", "Fragen zu Ihrem Konto", "## Füllen Sie das Formular aus"),
    ("es", "Preguntas sobre su cuenta", "## Rellene el formulario"),
    ("it", "Questions about your account", "## Fill in the form"),  # English text
])
def test_starter_articles_are_written_in_each_language(tmp_path, lang, faq_title, step):
    assert init(str(tmp_path), "--languages", f"{lang},en" if lang != "en" else "en").exit_code == 0
    faq = yaml.safe_load((tmp_path / "docs" / lang / "account" / "faq.md").read_text(
        encoding="utf-8").split("---")[1])
    assert (faq["title"], faq["type"]) == (faq_title, "faq")
    tutorial = (tmp_path / "docs" / lang / "getting-started" / "create-account.md").read_text(
        encoding="utf-8")
    assert step in tutorial and "```callouts" in tutorial


def test_the_first_language_is_the_default_and_the_others_fall_back_to_it(tmp_path):
    assert init(str(tmp_path), "--languages", "de,en", "--name", "Acme Hilfe",
                "--url", "https://hilfe.acme.example").exit_code == 0
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    kbgen = next(p["kbgen"] for p in yaml.load(config, Loader=yaml.BaseLoader)["plugins"]
                 if "kbgen" in p)
    assert kbgen["default_language"] == "de"
    assert kbgen["languages"] == [{"code": "de", "name": "Deutsch"},
                                  {"code": "en", "name": "English"}]
    assert "site_url: !ENV [KBGEN_SITE_URL, \"https://hilfe.acme.example/\"]" in config
    assert 'site_name: "Acme Hilfe"' in config
    assert "site_name" not in kbgen  # one brand name in every language
    assert kbgen["support"]["channels"][0]["value"] == "support@acme.example"
    assert kbgen["support"]["hours"][0]["days"] == {"de": "Montag–Freitag",
                                                    "en": "Monday–Friday"}
    assert (tmp_path / "docs" / "de" / "getting-started" / "video-tour.md").is_file()
    assert not (tmp_path / "docs" / "en" / "getting-started" / "video-tour.md").exists()


def test_without_a_name_each_language_names_the_site_in_its_own_words(tmp_path):
    assert init(str(tmp_path), "--languages", "el,en,fr").exit_code == 0
    config = yaml.load((tmp_path / "mkdocs.yml").read_text(encoding="utf-8"),
                       Loader=yaml.BaseLoader)
    kbgen = next(p["kbgen"] for p in config["plugins"] if "kbgen" in p)
    assert config["site_name"] == "Κέντρο βοήθειας"
    assert kbgen["site_name"] == {"el": "Κέντρο βοήθειας", "en": "Help Center",
                                  "fr": "Centre d'aide"}
    home = (tmp_path / "docs" / "fr" / "index.md").read_text(encoding="utf-8")
    assert 'title: "Centre d\'aide"' in home


def test_the_screenshot_is_a_real_png(tmp_path):
    init(str(tmp_path))
    png = tmp_path / "docs" / "assets" / "images" / "getting-started" / "sign-up.png"
    assert image_size(png) == (720, 450)
    assert 1_000 < png.stat().st_size < 20_000


def test_existing_files_are_never_overwritten_without_force(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Ours\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", str(tmp_path)])
    assert result.exit_code == 1
    assert "1 file already exist" in result.output and "mkdocs.yml" in result.output
    assert "--force" in result.output
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Ours\n"
    assert not (tmp_path / "docs").exists()  # nothing written at all
    assert init(str(tmp_path), "--force").exit_code == 0
    assert "kbgen" in (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("value", "message"), [
    ("el,,EN", "EN: not a language code"), ("el,en,el", "el given twice"),
    ("", "at least one language code")])
def test_bad_language_lists_are_refused(tmp_path, value, message):
    result = CliRunner().invoke(cli, ["init", str(tmp_path), "--languages", value])
    assert result.exit_code == 2
    assert message in result.output and "'--languages'" in result.output
    assert not any(tmp_path.iterdir())


def test_the_workflow_runs_real_commands(tmp_path):
    init(str(tmp_path))
    flow = yaml.safe_load((tmp_path / ".github" / "workflows" / "help-center.yml").read_text(
        encoding="utf-8"))
    lines = [ln.strip() for step in flow["jobs"]["site"]["steps"]
             for ln in step.get("run", "").splitlines()]
    commands = [ln for ln in lines if ln.startswith("kbgen ")]
    assert "kbgen check --format github" in commands and "kbgen build --site-dir site" in commands
    for line in commands:
        args = shlex.split(line)[1:]
        command = cli.get_command(click.Context(cli), args[0])
        command.make_context(args[0], args[1:])  # raises on an unknown option
    assert "python -m pip install -r requirements.txt" in lines
    assert (tmp_path / "requirements.txt").read_text(encoding="utf-8").count("kbgen==") == 1


def test_a_new_help_center_keeps_its_build_cache_out_of_git_and_in_ci(tmp_path):
    init(str(tmp_path))
    assert ".kbgen-cache/" in (tmp_path / ".gitignore").read_text(encoding="utf-8").splitlines()
    flow = yaml.safe_load((tmp_path / ".github" / "workflows" / "help-center.yml").read_text(
        encoding="utf-8"))
    steps = flow["jobs"]["site"]["steps"]
    cached = [i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/cache@")]
    built = [i for i, s in enumerate(steps) if "kbgen build" in s.get("run", "")]
    assert cached and built and cached[0] < built[0]
    # the cache, and the last build's pages that it lets the next build keep
    assert steps[cached[0]]["with"]["path"].split() == [".kbgen-cache", "site"]
