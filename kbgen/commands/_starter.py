"""The files of a new help center (``kbgen init``): settings, content, CI, notes.

Every file is built here as text (or PNG bytes) keyed by its path; ``init``
decides what may be written. YAML is written by hand to keep the comments that
tell a writer what to fill in; every value goes through ``_q`` (a JSON string
is a valid YAML scalar), so no text can break the file.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from urllib.parse import urlsplit

from kbgen import __version__
from kbgen.commands._starter_text import TIMEZONES, text
from kbgen.core.strings import LANGUAGE_NAMES

SCREENSHOT = "assets/images/getting-started/sign-up.png"
VIDEO_URL = "https://www.youtube.com/watch?v=your-video-id"
_PLAIN_KEY = re.compile(r"^[a-z]{2,3}$")
_YAML_WORDS = {"y", "n", "no", "yes", "on", "off", "null", "true", "false"}


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _key(code: str) -> str:
    return code if _PLAIN_KEY.match(code) and code not in _YAML_WORDS else _q(code)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code) or LANGUAGE_NAMES.get(code.split("-")[0], code)


def _per_language(langs: list[str], indent: int, key: str, pick) -> list[str]:
    pad = " " * indent
    return [f"{pad}{key}:"] + [f"{pad}  {_key(c)}: {_q(pick(text(c)))}" for c in langs]


def _domain(url: str) -> str:
    host = urlsplit(url).hostname or "example.com"
    parts = host.split(".")
    if len(parts) > 2 and parts[0] in ("help", "support", "docs", "www", "hilfe", "aide",
                                        "ayuda", "voitheia"):
        parts = parts[1:]
    return ".".join(parts)


def mkdocs_yml(langs: list[str], name: str | None, url: str) -> str:
    first = text(langs[0])
    site_name = name or first["site"]
    email = f"support@{_domain(url)}"
    out = [
        f"# {site_name}: a help center built with kbgen (see README.md).",
        f"site_name: {_q(site_name)}",
        "# The published address. The CI workflow sets KBGEN_SITE_URL to the GitHub Pages",
        "# address; with a domain of your own, write it here and drop the !ENV part.",
        f"site_url: !ENV [KBGEN_SITE_URL, {_q(url)}]",
        f"site_description: {_q(first['home'][0])}",
        "theme:",
        "  name: material",
        "  palette:",
        "    primary: indigo",
        "    accent: deep orange",
        "  features:",
        "    - navigation.top",
        "plugins:",
        "  - kbgen:",
        "      # Content lives in docs/<code>/; the first language is the default, shown",
        "      # (with a notice) wherever a translation is missing.",
        "      languages:",
        *[f"        - {{code: {_key(c)}, name: {_q(language_name(c))}}}" for c in langs],
        f"      default_language: {_key(langs[0])}",
        *(["      # The name in the header and the <title>, per language."]
          + _per_language(langs, 6, "site_name", lambda t: t["site"])
          if name is None and len(langs) > 1 else []),
        "      # The \"Was this helpful?\" widget appears once the feedback API's address is",
        "      # set here (or in KBGEN_FEEDBACK_API_URL when building):",
        "      # feedback:",
        "      #   api_url: https://feedback.example.com",
        "      # The \"Still need help?\" block under every article: your channels, opening",
        "      # hours and response times, in every language. Replace the examples.",
        "      support:",
        *_per_language(langs, 8, "intro", lambda t: t["support"]["intro"]),
        "        channels:",
        *_channel(langs, "email", email, f"mailto:{email}", "material/email-outline"),
        *_channel(langs, "phone", "+1 555 0100", "tel:+15550100", "material/phone"),
        *_channel(langs, "chat", None, None, "material/chat-outline"),
        f"        timezone: {_q(TIMEZONES.get(langs[0], 'UTC'))}",
        "        hours:",
        *_hours(langs, "weekdays", '"09:00–17:00"'),
        f"            languages: {_q(', '.join(language_name(c) for c in langs))}",
        *_hours(langs, "weekend", None),
        *_per_language(langs, 8, "advice", lambda t: t["support"]["advice"]),
        "  # Screenshots open full size on a click or tap.",
        "  - glightbox:",
        "      touchNavigation: true",
        "      skip_classes: [kb-no-zoom]",
        "markdown_extensions:",
        "  - toc:",
        "      permalink: true",
    ]
    return "\n".join(out) + "\n"


def _hours(langs: list[str], days: str, time: str | None) -> list[str]:
    lines = ["          - days:"]
    lines += [f"              {_key(c)}: {_q(text(c)['support'][days])}" for c in langs]
    if time is not None:
        return lines + [f"            time: {time}"]
    return lines + _per_language(langs, 12, "time", lambda t: t["support"]["email_only"])


def _channel(langs: list[str], kind: str, value: str | None, url: str | None,
             icon: str) -> list[str]:
    lines = [f"          - icon: {icon}"]
    lines += _per_language(langs, 12, "name", lambda t: t["support"][kind])
    if value is None:
        lines += _per_language(langs, 12, "value", lambda t: t["support"]["chat_where"])
    else:
        lines.append(f"            value: {_q(value)}")
    if url:
        lines.append(f"            url: {_q(url)}")
    lines += _per_language(langs, 12, "response", lambda t: t["support"][f"{kind}_time"])
    return lines


def categories_yml(langs: list[str]) -> str:
    out = ["# Every category once: its title and description in each language, an icon",
           "# (any Material icon, e.g. material/truck-outline) and its place on the home page.",
           "# A category's articles live in docs/<language>/<category>/."]
    icons = {"getting-started": "material/rocket-launch-outline",
             "account": "material/account-circle-outline"}
    for order, slug in enumerate(icons, start=1):
        out += [f"{slug}:", f"  icon: {icons[slug]}", f"  order: {order}"]
        out += _per_language(langs, 2, "title", lambda t, s=slug: t["categories"][s][0])
        out += _per_language(langs, 2, "description",
                             lambda t, s=slug: t["categories"][s][1])
    return "\n".join(out) + "\n"


def _front_matter(**fields: object) -> str:
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(_q(str(v)) for v in value)}]")
        elif isinstance(value, str) and key in ("title", "description"):
            lines.append(f"{key}: {_q(value)}")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines + ["---", ""])


def home_md(lang: str, name: str | None) -> str:
    t = text(lang)
    return _front_matter(title=name or t["site"], description=t["home"][0],
                         type="home") + t["home"][1] + "\n"


def faq_md(lang: str) -> str:
    t = text(lang)["faq"]
    body = [t["intro"]] + [f"## {q}\n\n{a}" for q, a in t["entries"]]
    return _front_matter(title=t["title"], description=t["description"],
                         type="faq") + "\n\n".join(body) + "\n"


def tutorial_md(lang: str) -> str:
    t = text(lang)["tutorial"]
    (s1, b1), (s2, b2), (s3, b3) = t["steps"]
    m1, m2, m3 = t["markers"]
    callouts = "\n".join([
        "```callouts", f"image: ../../{SCREENSHOT}", f"alt: {_q(t['alt'])}", "markers:",
        "  - at: [72, 45]", f"    text: {_q(m1)}",
        "  - at: [72, 61]", f"    text: {_q(m2)}",
        "  - at: [50, 74]", "    shape: circle", f"    text: {_q(m3)}", "```"])
    body = [t["intro"], f"## {s1}\n\n{b1}", f"## {s2}\n\n{b2}\n\n{callouts}", f"## {s3}\n\n{b3}"]
    return _front_matter(title=t["title"], description=t["description"], type="tutorial",
                         time=5, prerequisites=[t["prerequisite"]],
                         related=["account/faq.md"]) + "\n\n".join(body) + "\n"


def video_md(lang: str) -> str:
    t = text(lang)["video"]
    body = [t["intro"],
            "<!-- Your own video here: a YouTube or Vimeo address, or a file in\n"
            "     docs/assets/videos/ with its captions beside it (<name>.<lang>.vtt). -->\n"
            f"![type:video]({VIDEO_URL})",
            f"## {t['heading']}", "\n".join(f"- {p}" for p in t["points"])]
    return _front_matter(title=t["title"], description=t["description"],
                         type="article") + "\n\n".join(body) + "\n"


def screenshot_png(width: int = 720, height: int = 450) -> bytes:
    """A wireframe of a sign-up form (no words, so every language can use it)."""
    rows = [bytearray(b"\xf3\xf4\xf8" * width) for _ in range(height)]

    def box(x0: int, y0: int, x1: int, y1: int, rgb: bytes) -> None:
        for y in range(y0, y1):
            rows[y][x0 * 3:x1 * 3] = rgb * (x1 - x0)

    box(0, 0, width, 56, b"\x3f\x51\xb5")             # header bar
    box(24, 18, 120, 38, b"\xc5\xca\xe9")             # logo
    box(600, 16, 696, 40, b"\xff\x6e\x40")            # "Sign up"
    box(200, 92, 520, 408, b"\xd9\xdc\xe3")           # card border
    box(201, 93, 519, 407, b"\xff\xff\xff")           # card
    box(232, 120, 400, 134, b"\x42\x45\x4d")          # heading
    for top in (172, 244):                            # email, password
        box(232, top, 330, top + 8, b"\x9e\xa3\xad")  # label
        box(232, top + 14, 488, top + 46, b"\xb0\xb5\xc0")
        box(233, top + 15, 487, top + 45, b"\xff\xff\xff")
    box(232, 318, 488, 350, b"\x3f\x51\xb5")          # "Create account"
    box(300, 330, 420, 338, b"\xff\xff\xff")
    raw = b"".join(b"\x00" + bytes(r) for r in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def requirements_txt() -> str:
    return ("# What builds this help center; CI installs exactly this.\n"
            f"kbgen=={__version__}\n")


GITIGNORE = """\
# The built site and local tools
/site/
.venv/
__pycache__/
.kbgen-serve-*.yml
.kbgen-cache/
.DS_Store
"""


def workflow_yml() -> str:
    return """\
# Checks every pull request (findings appear on the changed lines), builds the site
# strictly and attaches it to the run as a preview; on main, publishes it to GitHub Pages.
# One-time setup: Settings > Pages > Build and deployment > Source: "GitHub Actions".
name: Help center

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: help-center-${{ github.ref }}
  cancel-in-progress: ${{ github.event_name == 'pull_request' }}

jobs:
  site:
    name: Check and build
    runs-on: ubuntu-24.04
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
        with:
          # Full history: "last updated" dates and outdated translations come from git.
          fetch-depth: 0

      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
          cache-dependency-path: requirements.txt

      - name: Install kbgen
        run: python -m pip install -r requirements.txt

      - name: Check the content
        run: kbgen check --format github

      - name: Translation coverage
        if: always()
        run: |
          {
            echo "### Translation coverage"
            echo '```'
            kbgen translations --limit 10
            echo '```'
          } >> "$GITHUB_STEP_SUMMARY"

      - name: Find the Pages address
        id: pages
        if: github.event_name != 'pull_request'
        uses: actions/configure-pages@v5

      - name: Use the Pages address as site_url
        if: github.event_name != 'pull_request'
        env:
          BASE_URL: ${{ steps.pages.outputs.base_url }}
        run: echo "KBGEN_SITE_URL=${BASE_URL%/}/" >> "$GITHUB_ENV"

      - name: Keep the build cache
        # Pages whose sources, dates and templates did not change are kept from the last
        # build (site/), the rest rebuilt from what .kbgen-cache/ keeps of each article.
        uses: actions/cache@v4
        with:
          path: |
            .kbgen-cache
            site
          key: kbgen-build-${{ hashFiles('requirements.txt') }}-${{ github.sha }}
          restore-keys: |
            kbgen-build-${{ hashFiles('requirements.txt') }}-

      - name: Build the site (strict)
        run: kbgen build --site-dir site

      - name: Attach the preview to the run
        if: github.event_name == 'pull_request'
        uses: actions/upload-artifact@v4
        with:
          name: site-preview-pr-${{ github.event.pull_request.number }}
          path: site/
          retention-days: 14

      - name: Package the site for Pages
        if: github.event_name != 'pull_request'
        uses: actions/upload-pages-artifact@v3
        with:
          path: site/

  deploy:
    name: Publish to GitHub Pages
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    needs: [site]
    runs-on: ubuntu-24.04
    timeout-minutes: 10
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
      - name: Deploy
        id: deployment
        uses: actions/deploy-pages@v4
"""


def readme_md(langs: list[str], name: str | None) -> str:
    default = langs[0]
    other = langs[1] if len(langs) > 1 else None
    site_name = name or text(default)["site"]
    translate = (f"`kbgen translate docs/{default}/getting-started/video-tour.md --to {other}`"
                 if other else "`kbgen translate docs/<lang>/<category>/<article>.md --to "
                 "<lang>`, once a language is added to `languages` in `mkdocs.yml`")
    example = text(default)["new_example"].replace('"', '\\"')
    return f"""\
# {site_name}

The help center's articles, one markdown file each, in `docs/<language>/<category>/`.
Languages: {', '.join(f'{language_name(c)} (`{c}`)' for c in langs)}; `{default}` is the
default: an article not yet translated shows in it, with a notice.

## Work on it

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
kbgen serve            # preview at http://127.0.0.1:8000/, reloads on every save
kbgen check            # everything to fix, as file:line: CODE message
kbgen build            # the site in site/, stopping on any problem (what CI runs)
```

- A new article: `kbgen new "{example}" --category account` (add `--type faq` or
  `--type tutorial`; `--lang` for another language).
- A translation: {translate}.
- What is translated: `kbgen translations`.
- Front matter (`title`, `description`, `type: faq|tutorial|article`, `tags`,
  `related`, `review_by`, ...) is checked against `kbgen schema`.

Keep the folder in git (`git init`, then commit): the "last updated" dates and the
outdated translations that `kbgen check` and `kbgen translations` report come from its history.

## Before you publish

1. Replace the examples: the `support` block (channels, hours, response times) and
   `site_url` in `mkdocs.yml`; the screenshot `docs/{SCREENSHOT}` (a real one of
   your sign-up page; the markers of the ```` ```callouts ```` block are in percent of the
   image); the video link in `docs/{default}/getting-started/video-tour.md`; and the
   articles themselves.
2. Categories, their titles and icons: `docs/categories.yml`.
3. Publishing: push to GitHub and turn on Pages (Settings > Pages > Source: "GitHub
   Actions"); `.github/workflows/help-center.yml` checks every pull request and publishes
   `main`. The "Was this helpful?" widget appears once `feedback.api_url` is set in
   `mkdocs.yml`.
"""


def starter_files(langs: list[str], name: str | None, url: str) -> dict[str, str | bytes]:
    """Every file of a new help center, by path relative to its folder."""
    files: dict[str, str | bytes] = {
        "mkdocs.yml": mkdocs_yml(langs, name, url),
        "requirements.txt": requirements_txt(),
        "README.md": readme_md(langs, name),
        ".gitignore": GITIGNORE,
        ".github/workflows/help-center.yml": workflow_yml(),
        "docs/categories.yml": categories_yml(langs),
        f"docs/{SCREENSHOT}": screenshot_png(),
    }
    for lang in langs:
        files[f"docs/{lang}/index.md"] = home_md(lang, name)
        files[f"docs/{lang}/account/faq.md"] = faq_md(lang)
        files[f"docs/{lang}/getting-started/create-account.md"] = tutorial_md(lang)
    # Written in the default language only: the other languages show it with a notice
    # until someone translates it (kbgen translate).
    files[f"docs/{langs[0]}/getting-started/video-tour.md"] = video_md(langs[0])
    return files
