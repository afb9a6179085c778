"""One reader of mkdocs.yml: ``mkdocs build``, ``kbgen check``, ``translations``, ``mine``
and ``serve`` agree on a site's languages however ``languages`` is written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.commands._project import load_project
from kbgen.commands.serve import language_overrides

FAQ_FR = """---
title: Questions sur le compte
description: Mot de passe et adresse e-mail.
type: faq
---
## Comment changer mon mot de passe ?

Dans **Paramètres › Sécurité**, choisissez **Changer le mot de passe**.

## Comment changer mon adresse e-mail ?

Dans **Paramètres › Profil**, saisissez la nouvelle adresse.
"""
FAQ_EN = """---
title: Account questions
description: Password and email address.
type: faq
---
## How do I change my password?

In **Settings › Security**, choose **Change password**.

## How do I change my email address?

In **Settings › Profile**, type the new address.
"""
INVOICES_FR = """---
title: Où trouver mes factures
description: Toutes les factures en PDF dans les paramètres.
---
Dans **Paramètres › Facturation**, chaque facture est en PDF.
"""
TICKETS = """id,subject,body
1,Mot de passe,Comment changer mon mot de passe ? merci
2,Mot de passe oublié,Je ne peux pas changer mon mot de passe
3,Password,How do I change my password please
4,Password reset,I cannot change my password
"""

# Each way of writing the languages; every one means French (default) and English.
WAYS = {
    "codes": ("plugins:\n  - kbgen:\n      languages: [fr, en]\n", "English"),
    "objects with names": ("plugins:\n  - kbgen:\n      languages:\n"
                           "        - {code: fr, name: Français}\n"
                           "        - {code: en, name: Anglais}\n"
                           "      default_language: fr\n", "Anglais"),
    "objects without names": ("plugins:\n  - kbgen:\n      languages:\n"
                              "        - code: fr\n        - code: en\n", "English"),
    "locale alias": ("plugins:\n  - kbgen:\n      languages:\n"
                     "        - {locale: fr, name: Français}\n        - {locale: en}\n",
                     "English"),
    "plugins as a mapping": ("plugins:\n  kbgen:\n    languages: [fr, {code: en}]\n",
                             "English"),
}


def make_site(root: Path, plugins: str) -> Path:
    files = {"docs/fr/compte/faq.md": FAQ_FR, "docs/en/compte/faq.md": FAQ_EN,
             "docs/fr/compte/factures.md": INVOICES_FR, "tickets.csv": TICKETS,
             "mkdocs.yml": "site_name: Aide\nsite_url: https://aide.example/\n"
                           "theme:\n  name: material\n" + plugins}
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def mkdocs_build(site: Path, config: str = "mkdocs.yml") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config,
                           "-d", "out"], cwd=site, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)


def built_languages(out: Path) -> set[str]:
    return {p.parent.name for p in out.glob("*/index.html")}


@pytest.mark.parametrize("way", list(WAYS))
def test_build_and_every_command_agree_on_the_languages(tmp_path, monkeypatch, way):
    plugins, english_name = WAYS[way]
    site = make_site(tmp_path, plugins)
    monkeypatch.chdir(site)

    built = mkdocs_build(site)
    assert built.returncode == 0, built.stderr
    assert built_languages(site / "out") == {"fr", "en"}
    fallback = (site / "out" / "en" / "compte" / "factures" / "index.html").read_text(
        encoding="utf-8")
    assert '<html lang="en"' in fallback and english_name in fallback
    logged = set(re.findall(r"kbgen: ([\w/.-]+\.md): (KB\d{3}) ", built.stderr))
    assert ("fr/compte/factures.md", "KB301") in logged

    runner = CliRunner()
    check = runner.invoke(cli, ["check", "--format", "json"], catch_exceptions=False)
    found = {(d["path"].removeprefix("docs/"), d["code"]) for d in json.loads(check.output)}
    assert found == logged, (found, logged)

    cover = json.loads(runner.invoke(cli, ["translations", "--format", "json"]).output)
    assert cover["default_language"] == "fr"
    assert [row["lang"] for row in cover["languages"]] == ["en"]

    mined = runner.invoke(cli, ["mine", "tickets.csv", "--out", "s.json"])
    assert mined.exit_code == 0, mined.output
    decision = json.loads((site / "s.json").read_text(encoding="utf-8"))["decision"]
    assert {lang: d["articles"] for lang, d in decision.items()} == {"fr": 2, "en": 1}

    # kbgen serve: the languages it accepts, and the config it builds with --lang
    project = load_project("mkdocs.yml")
    assert (project.languages, project.default_language) == (["fr", "en"], "fr")
    unknown = runner.invoke(cli, ["serve", "--lang", "de"])
    assert unknown.exit_code == 1 and "configured: fr, en" in unknown.output
    overrides = {"INHERIT": "mkdocs.yml", **language_overrides(project, [])}
    (site / "serve.yml").write_text(yaml.safe_dump(overrides, allow_unicode=True),
                                    encoding="utf-8")
    served = mkdocs_build(site, "serve.yml")
    assert served.returncode == 0, served.stderr
    assert built_languages(site / "out") == {"fr"}


def test_a_language_listed_twice_stops_build_and_commands_alike(tmp_path, monkeypatch):
    site = make_site(tmp_path, "plugins:\n  - kbgen:\n      languages: [fr, en, {code: fr}]\n")
    monkeypatch.chdir(site)
    built = mkdocs_build(site)
    assert built.returncode == 1 and "Language 'fr' is listed twice." in built.stderr
    check = CliRunner().invoke(cli, ["check"])
    assert check.exit_code == 1
    assert "mkdocs.yml: plugins.kbgen.languages: Language 'fr' is listed twice." in check.output
