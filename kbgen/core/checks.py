"""Content checks that need the whole tree: links, media, translations, editorial.

:func:`check_tree` is what ``kbgen check`` runs after loading the content, and
what the MkDocs plugin calls so ``mkdocs build --strict`` fails on the same
findings. Front matter problems (KB1xx) come from :mod:`kbgen.core.articles`
while loading; everything here works on loaded articles:

- KB2xx links, images and media (:func:`check_links`, :func:`check_media`),
- KB3xx translations (:func:`check_translations`),
- KB6xx editorial: stale, duplicates, drafts, placeholders, tags.

Every code is documented for writers, with how to fix it, in dev/writers-guide.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import posixpath
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import yaml

from kbgen.core import cache
from kbgen.core.articles import Article, ContentTree
from kbgen.core.history import History, load_history
from kbgen.core.translations import TRANSLATE_MARK, State, translation_status
from kbgen.diagnostics import Diagnostic, Severity, sort_key

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*([\w-]*)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+\1")
_INLINE = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_REFDEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)")
_HTML_TAG = re.compile(r"<(img|a|video|source)\b([^>]*)>", re.I)
_HTML_ATTR = re.compile(r"([\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_EXPLICIT_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}|\b(?:id|name)\s*=\s*[\"']([^\"']+)[\"']")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)
_VIDEO_EXT = (".mp4", ".webm", ".ogv", ".mov")
_TRANSLATE_MARK = TRANSLATE_MARK
_TRANSLATE_KEYS = "# translate:"  # the front matter line of a stub naming keys to translate
_TODO = re.compile(r"\bTODO\b")
_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True)
class Ref:
    """A link, image or video found in an article body."""

    kind: str  # "link", "image", "video"
    target: str
    text: str  # link text or alt text ("" when none)
    line: int
    has_alt: bool = True


# ------------------------------------------------------------------ scanning bodies

def _body_lines(article: Article) -> Iterator[tuple[int, str, str]]:
    """(file line, line, fence info) for every body line; fence info is '' outside fences."""
    fence, info = "", ""
    for i, line in enumerate(article.body.split("\n")):
        m = _FENCE.match(line)
        if m and not fence:
            fence, info = m.group(1), m.group(2) or "code"
            yield article.body_line + i, line, "open:" + info
            continue
        if m and fence and m.group(1).startswith(fence[0]) and len(m.group(1)) >= len(fence):
            fence, info = "", ""
            yield article.body_line + i, line, "close"
            continue
        yield article.body_line + i, line, info


def scan_refs(article: Article) -> list[Ref]:
    """Links, images and videos of ``article``'s body, with their file lines."""
    refs: list[Ref] = []
    callout: list[tuple[int, str]] | None = None
    in_comment = False
    for line_no, line, info in _body_lines(article):
        if not info:
            line, in_comment = _uncomment(line, in_comment)
        if info == "open:callouts":
            callout = []
            continue
        if info == "close" and callout is not None:
            refs += _callout_refs(callout)
            callout = None
            continue
        if callout is not None:
            callout.append((line_no, line))
            continue
        if info:
            continue
        refs += _line_refs(_CODE_SPAN.sub("", line), line_no)
    return refs


def _uncomment(line: str, in_comment: bool) -> tuple[str, bool]:
    """``line`` without HTML comments; whether a comment is still open after it."""
    if in_comment:
        if "-->" not in line:
            return "", True
        line = line.split("-->", 1)[1]
    line = _COMMENT.sub("", line)
    if "<!--" in line:
        return line.split("<!--", 1)[0], True
    return line, False


def _line_refs(line: str, line_no: int) -> list[Ref]:
    if "[" not in line and "<" not in line:
        return []  # most prose lines: no link, image or tag to look at
    refs = []
    for m in _INLINE.finditer(line):
        bang, text, target = m.group(1), m.group(2).strip(), m.group(3)
        if bang and text.lower().startswith("type:video"):
            refs.append(Ref("video", target, "", line_no))
        elif bang:
            refs.append(Ref("image", target, text, line_no, has_alt=bool(text)))
        else:
            refs.append(Ref("link", target, text, line_no))
    m = _REFDEF.match(line)
    if m:
        refs.append(Ref("link", m.group(2), m.group(1), line_no))
    for tag, attrs in _HTML_TAG.findall(line):
        found = {k.lower(): a or b for k, a, b in _HTML_ATTR.findall(attrs)}
        tag = tag.lower()
        if tag == "img" and "src" in found:
            refs.append(Ref("image", found["src"], found.get("alt", ""), line_no,
                            has_alt=bool(found.get("alt", "").strip())))
        elif tag == "a" and "href" in found:
            refs.append(Ref("link", found["href"], "", line_no))
        elif tag in ("video", "source") and "src" in found:
            refs.append(Ref("video", found["src"], "", line_no))
    return refs


def _callout_refs(lines: list[tuple[int, str]]) -> list[Ref]:
    """The screenshot of a ```callouts block, with its alt text."""
    if not lines:
        return []
    try:
        data = yaml.safe_load("\n".join(text for _, text in lines)) or {}
    except yaml.YAMLError:
        return []  # the plugin reports a malformed callouts block when it renders it
    if not isinstance(data, dict) or not data.get("image"):
        return []
    line_of = next((no for no, text in lines if text.strip().startswith("image:")), lines[0][0])
    alt = str(data.get("alt") or "").strip()
    return [Ref("image", str(data["image"]), alt, line_of, has_alt=bool(alt))]


def explicit_ids(article: Article) -> set[str]:
    """Anchors a writer set by hand: ``{#id}`` attribute lists and HTML id/name attributes."""
    ids: set[str] = set()
    for _, line, info in _body_lines(article):
        if not info:
            for a, b in _EXPLICIT_ID.findall(line):
                ids.add(a or b)
    return ids


# ------------------------------------------------------------------ helpers

class _Context:
    """What the checks share: the tree, lazily computed anchors and front matter lines."""

    def __init__(self, tree: ContentTree) -> None:
        self.tree = tree
        self._anchors: dict[str, set[str]] = {}
        self._key_lines: dict[str, dict[str, int]] = {}

    def anchors(self, article: Article) -> set[str]:
        if article.src not in self._anchors:
            self._anchors[article.src] = article.anchors | explicit_ids(article)
        return self._anchors[article.src]

    def key_line(self, article: Article, key: str) -> int:
        """The file line of a front matter key (1 when absent)."""
        if article.src not in self._key_lines:
            lines: dict[str, int] = {}
            for i, text in enumerate(article_head(self.tree.docs_dir / article.src), start=1):
                m = re.match(r"^([A-Za-z_][\w-]*)\s*:", text)
                if m and i > 1:
                    lines.setdefault(m.group(1), i)
            self._key_lines[article.src] = lines
        return self._key_lines[article.src].get(key, 1)

    def resolve(self, lang: str, rel: str) -> Article | None:
        """The article a page in ``lang`` shows at ``rel``: its own, or the fallback."""
        return self.tree.get(lang, rel) or self.tree.get(self.tree.default_language, rel)


def article_head(path: Path) -> list[str]:
    """The front matter lines of the file at ``path`` (the '---' line included)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return []
    if not lines or lines[0].rstrip() != "---":
        return []
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")),
               len(lines))
    return lines[:end]


def _split_target(target: str) -> tuple[str, str]:
    path, _, anchor = unquote(target).partition("#")
    return path.split("?", 1)[0], anchor


def _docs_path(article: Article, path: str) -> str:
    """A path written in ``article`` resolved to a POSIX path relative to docs_dir."""
    if path.startswith("/"):
        return posixpath.normpath(path.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(article.src), path))


def _suggest(name: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f"Did you mean '{close[0]}'?" if close else ""


def _suggest_path(rel: str, candidates: list[str]) -> str:
    """A close article path: same file name give or take a typo, in any folder."""
    stems = {posixpath.splitext(posixpath.basename(c))[0]: c for c in sorted(candidates)}
    stem = posixpath.splitext(posixpath.basename(rel))[0]
    close = difflib.get_close_matches(stem, list(stems), n=1, cutoff=0.75)
    return f"Did you mean '{stems[close[0]]}'?" if close else ""


# ------------------------------------------------------------------ KB2xx links and media

def check_links(ctx: _Context, article: Article, refs: list[Ref]) -> list[Diagnostic]:
    """KB201 missing page, KB202 missing anchor, KB603 link to a draft."""
    diags = []
    for ref in refs:
        if ref.kind != "link" or _EXTERNAL.match(ref.target):
            continue
        path, anchor = _split_target(ref.target)
        if not path:
            target: Article | None = article
        else:
            diag, target = _link_target(ctx, article, ref, path)
            if diag:
                diags.append(diag)
                continue
        if target is None:
            continue
        if target.draft and not article.draft:
            diags.append(Diagnostic(
                article.src, ref.line, "KB603",
                f"link to '{ref.target}', a draft that will not be published",
                "Publish the target (remove 'draft: true') or remove the link"))
        if anchor and anchor not in ctx.anchors(target):
            anchors = sorted(ctx.anchors(target))
            hint = _suggest(anchor, anchors) or (
                f"Anchors of {target.src}: {', '.join(anchors[:8])}" if anchors
                else f"{target.src} has no headings to link to")
            diags.append(Diagnostic(article.src, ref.line, "KB202",
                                    f"link to '{ref.target}': no anchor '#{anchor}' in "
                                    f"{target.src}", hint))
    return diags


def _link_target(ctx: _Context, article: Article, ref: Ref,
                 path: str) -> tuple[Diagnostic | None, Article | None]:
    docs_rel = _docs_path(article, path)
    if docs_rel.endswith("/") or not posixpath.splitext(docs_rel)[1]:
        # a folder-style URL: the article itself ("../returns/refunds/") or a folder index
        as_file = docs_rel.rstrip("/") + ".md"
        lang, _, rel = as_file.partition("/")
        found = ctx.resolve(lang, rel) if lang in ctx.tree.languages else None
        if found is not None:
            return None, found
        docs_rel = posixpath.join(docs_rel, "index.md")
    if not docs_rel.endswith(".md"):
        if (ctx.tree.docs_dir / docs_rel).exists():
            return None, None
        return Diagnostic(article.src, ref.line, "KB201",
                          f"link to '{ref.target}': {docs_rel} does not exist",
                          "Fix the path (it is relative to this file) or add the file"), None
    lang, _, rel = docs_rel.partition("/")
    if lang not in ctx.tree.languages:
        lang, rel = article.lang, docs_rel
    target = ctx.resolve(lang, rel)
    if target is not None:
        return None, target
    if _generated_index(ctx, lang, rel):
        return None, None
    if (ctx.tree.docs_dir / docs_rel).is_file():
        return None, None  # a page outside the content contract (e.g. _snippets): not ours
    names = [a.rel for a in ctx.tree.by_lang(lang)] + [
        a.rel for a in ctx.tree.by_lang(ctx.tree.default_language)]
    hint = _suggest_path(rel, sorted(set(names))) or \
        "Links are relative to this file, e.g. '../returns/refund-times.md'"
    return Diagnostic(article.src, ref.line, "KB201",
                      f"link to '{ref.target}': no article {docs_rel}", hint), None


def _generated_index(ctx: _Context, lang: str, rel: str) -> bool:
    """The home page and category pages kbgen generates: ``<lang>/index.md``,
    ``<lang>/<category>/index.md``."""
    if lang not in ctx.tree.languages:
        return False
    if rel == "index.md":
        return True
    folder, _, name = rel.partition("/")
    return name == "index.md" and folder in ctx.tree.categories


def check_related(ctx: _Context, article: Article) -> list[Diagnostic]:
    """KB203 a ``related:`` entry that does not exist, KB603 one that is a draft."""
    diags = []
    for rel in article.related:
        line = ctx.key_line(article, "related")
        target = ctx.resolve(article.lang, posixpath.normpath(rel.lstrip("/")))
        if target is None:
            names = sorted({a.rel for a in ctx.tree.by_lang(article.lang)})
            hint = _suggest_path(rel, names) or \
                "Paths in 'related' are relative to the language folder, e.g. returns/refunds.md"
            diags.append(Diagnostic(article.src, line, "KB203",
                                    f"related article '{rel}' does not exist", hint))
        elif target.draft and not article.draft:
            diags.append(Diagnostic(article.src, line, "KB603",
                                    f"related article '{rel}' is a draft and will not be published",
                                    "Publish it (remove 'draft: true') or remove it from "
                                    "'related'"))
    return diags


def check_media(ctx: _Context, article: Article, refs: list[Ref]) -> list[Diagnostic]:
    """KB204 missing image, KB205 image without alt text, KB206/KB207 local videos."""
    diags = []
    for ref in refs:
        if ref.kind == "image":
            if not ref.has_alt:
                diags.append(Diagnostic(
                    article.src, ref.line, "KB205", f"image '{ref.target}' has no alt text",
                    "Describe what the image shows for people who cannot see it: "
                    "![The checkout page with the coupon field](...)", Severity.WARNING))
            if ref.target and not _EXTERNAL.match(ref.target):
                docs_rel = _docs_path(article, _split_target(ref.target)[0])
                if not (ctx.tree.docs_dir / docs_rel).is_file():
                    diags.append(Diagnostic(
                        article.src, ref.line, "KB204",
                        f"image '{ref.target}' not found ({docs_rel})",
                        "Put the file under assets/images/<category>/ and link it relative "
                        "to this file, e.g. ../../assets/images/orders/checkout.png"))
        elif ref.kind == "video":
            diags += _video(ctx, article, ref.target, ref.line)
    if isinstance(article.video, (str, dict)):
        src = article.video if isinstance(article.video, str) else str(article.video.get("src"))
        diags += _video(ctx, article, src, ctx.key_line(article, "video"))
    return diags


def _video(ctx: _Context, article: Article, target: str, line: int) -> list[Diagnostic]:
    if not target or _EXTERNAL.match(target):
        return []
    docs_rel = _docs_path(article, _split_target(target)[0])
    video = ctx.tree.docs_dir / docs_rel
    if not video.is_file():
        return [Diagnostic(article.src, line, "KB206", f"video '{target}' not found ({docs_rel})",
                           "Put the file under assets/videos/ and link it relative to this file, "
                           "e.g. ../../assets/videos/setup.mp4")]
    stem = posixpath.splitext(docs_rel)[0]
    captions = f"{stem}.{article.lang}.vtt"
    if (ctx.tree.docs_dir / captions).is_file():
        return []
    return [Diagnostic(article.src, line, "KB207",
                       f"video '{target}' has no {article.lang} captions ({captions})",
                       f"Add WebVTT captions in this page's language next to the video: "
                       f"{posixpath.basename(captions)}", Severity.WARNING)]


# ------------------------------------------------------------------ KB3xx translations

def check_translations(tree: ContentTree, history: History) -> list[Diagnostic]:
    """KB301 missing translation, KB302 outdated translation (notes: they never fail a build)."""
    diags = []
    for status in translation_status(tree, history):
        if status.state is State.MISSING:
            if (tree.docs_dir / status.lang / status.rel).is_file():
                continue  # it exists but could not be read: its own error says why
            diags.append(Diagnostic(
                status.source.src, None, "KB301",
                f"no {status.lang} translation (expected {status.lang}/{status.rel})",
                f"Run: kbgen translate {status.source.src} --to {status.lang}; until then the "
                f"{status.lang} site shows this page with a notice", Severity.INFO))
        elif status.state is State.OUTDATED and status.translation is not None:
            when = status.translated_updated.date().isoformat() if status.translated_updated \
                else "?"
            plural = "s" if status.commits_behind != 1 else ""
            diags.append(Diagnostic(
                status.translation.src, None, "KB302",
                f"translation is outdated: {status.source.src} changed in {status.commits_behind} "
                f"commit{plural} over {status.days_behind} days since this file's last change "
                f"({when})",
                f"Compare with what changed in the original since {when} "
                f"('git log -p --since={when}' on {status.source.src}), update the translation "
                "and commit it", Severity.INFO))
    for article in tree.articles:
        if article.lang != tree.default_language:
            diags += _untranslated(tree, article)
    return diags


def _untranslated(tree: ContentTree, article: Article) -> list[Diagnostic]:
    """KB303: parts of a ``kbgen translate`` stub that still wait for a translator."""
    lines = []
    if "translated_from" in article.meta:  # only stubs from 'kbgen translate' have the line
        head = article_head(tree.docs_dir / article.src)
        lines = [no for no, line in enumerate(head, start=1) if line.startswith(_TRANSLATE_KEYS)]
    lines += [no for no, line, info in _body_lines(article) if _TRANSLATE_MARK in line]
    if not lines:
        return []
    plural = "s" if len(lines) != 1 else ""
    return [Diagnostic(article.src, lines[0], "KB303",
                       f"{len(lines)} part{plural} not translated yet (marked '{_TRANSLATE_MARK}')",
                       "Translate the text below each mark, then delete the mark",
                       Severity.WARNING)]


def check_category_titles(tree: ContentTree, categories_file: str) -> list[Diagnostic]:
    """KB304: a declared category without a title in one of the site's languages."""
    if not tree.categories.declared:
        return []
    lines = _top_level_key_lines(tree.docs_dir / categories_file)
    diags = []
    for cat in tree.categories.ordered():
        if "*" in cat.titles:
            continue
        for lang in tree.languages:
            if lang not in cat.titles and tree.by_lang(lang):
                diags.append(Diagnostic(
                    categories_file, lines.get(cat.slug, 1), "KB304",
                    f"category '{cat.slug}' has no {lang} title (the {lang} site shows "
                    f"'{cat.title(lang, tree.default_language)}')",
                    f"Add '{lang}: ...' under its title (and description)", Severity.INFO))
    return diags


def _top_level_key_lines(path: Path) -> dict[str, int]:
    try:
        node = yaml.compose(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


# ------------------------------------------------------------------ KB6xx editorial

def check_stale(ctx: _Context, article: Article, today: dt.date) -> list[Diagnostic]:
    """KB601: the ``review_by`` date has passed."""
    if article.review_by is None or article.review_by >= today or article.draft:
        return []
    owner = f" (owner: {article.owner})" if article.owner else ""
    return [Diagnostic(article.src, ctx.key_line(article, "review_by"), "KB601",
                       f"stale: review_by {article.review_by.isoformat()} has passed{owner}",
                       "Check the article is still right, then move 'review_by' to a future date",
                       Severity.INFO)]


def _title_key(title: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", title).casefold().split()).rstrip("?;. ")


def check_duplicate_titles(ctx: _Context) -> list[Diagnostic]:
    """KB602: two published articles of one language with the same title."""
    diags = []
    for lang in ctx.tree.languages:
        seen: dict[str, Article] = {}
        for article in sorted(ctx.tree.by_lang(lang), key=lambda a: a.src):
            if article.draft or article.type == "home":
                continue
            key = _title_key(article.title)
            first = seen.setdefault(key, article)
            if first is not article:
                diags.append(Diagnostic(
                    article.src, ctx.key_line(article, "title"), "KB602",
                    f"title '{article.title}' is also the title of {first.src}",
                    "Give each article a distinct title, or merge the two", Severity.WARNING))
    return diags


def placeholder_lines(article: Article) -> list[int]:
    """The body lines that still hold ``kbgen new``'s TODO text."""
    return [no for no, line, info in _body_lines(article) if not info and _TODO.search(line)]


def check_placeholders(ctx: _Context, article: Article,
                       lines: list[int] | None = None) -> list[Diagnostic]:
    """KB604: template text from ``kbgen new`` (marked TODO) left in the article."""
    lines = placeholder_lines(article) if lines is None else lines
    fm = [k for k, v in article.meta.items() if isinstance(v, str) and _TODO.search(v)]
    if not lines and not fm:
        return []
    count = len(lines) + len(fm)
    first = ctx.key_line(article, fm[0]) if fm else lines[0]
    where = f" (front matter: {', '.join(fm)})" if fm else ""
    plural = "s" if count != 1 else ""
    return [Diagnostic(article.src, first, "KB604",
                       f"{count} template placeholder{plural} (TODO) still in the article{where}",
                       "Replace every TODO with real text", Severity.WARNING)]


def load_declared_tags(docs_dir: Path) -> tuple[dict[str, set[str]] | None, list[Diagnostic]]:
    """Tags declared in ``tags.yml`` per language ("*" for all; None without the file).

    Returns the declared tags and KB606 findings when the file cannot be used
    (then no tag is reported as unknown: one finding instead of hundreds).
    """
    path = Path(docs_dir) / "tags.yml"
    if not path.is_file():
        return None, []
    hint = "Write a list of tags, or one list per language: 'el: [επιστροφές, ...]'"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [Diagnostic("tags.yml", mark.line + 1 if mark else 1, "KB606",
                                 f"tags.yml is not valid YAML: {getattr(exc, 'problem', exc)}",
                                 hint)]
    if isinstance(data, list):
        return {"*": {str(t) for t in data}}, []
    if isinstance(data, dict) and all(isinstance(v, list) or v is None for v in data.values()):
        return {str(k): {str(t) for t in (v or [])} for k, v in data.items()}, []
    return None, [Diagnostic("tags.yml", 1, "KB606", "tags.yml must be a list of tags or map "
                             "each language to a list", hint)]


def check_tags(ctx: _Context, declared: dict[str, set[str]] | None) -> list[Diagnostic]:
    """KB605: a tag not declared in tags.yml or, without tags.yml, a likely misspelling.

    Without ``tags.yml`` any tag is allowed, but a tag used once in a language
    that is nearly identical (ignoring case and accents) to a tag used on other
    articles of that language is reported as a probable typo.
    """
    diags = []
    for lang in ctx.tree.languages:
        articles = [a for a in ctx.tree.by_lang(lang) if a.tags]
        counts = Counter(t for a in articles for t in set(a.tags))
        allowed = None
        if declared is not None:
            allowed = declared.get(lang, set()) | declared.get("*", set())
        for article in articles:
            for tag in article.tags:
                hint = _tag_problem(tag, counts, allowed)
                if hint is not None:
                    diags.append(Diagnostic(article.src, ctx.key_line(article, "tags"), "KB605",
                                            f"unknown tag '{tag}'", hint, Severity.WARNING))
    return diags


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))


def _tag_problem(tag: str, counts: Counter[str], allowed: set[str] | None) -> str | None:
    if allowed is not None:
        if tag in allowed:
            return None
        close = difflib.get_close_matches(tag, sorted(allowed), n=1, cutoff=0.6)
        return (f"Did you mean '{close[0]}'?" if close else "") + \
            " Use a tag declared in tags.yml, or declare this one there"
    if counts[tag] > 1:
        return None
    others = {_fold(t): t for t, n in counts.items() if n > 1 and t != tag}
    close = difflib.get_close_matches(_fold(tag), sorted(others), n=1, cutoff=0.85)
    if not close:
        return None
    return f"Did you mean '{others[close[0]]}'? It is used on {counts[others[close[0]]]} articles"


# ------------------------------------------------------------------ entry point

def _scanned(article: Article, store: cache.Store | None) -> tuple[list[Ref], list[int]]:
    """The article's links, images and videos and its TODO lines: read from its body, or
    from the build cache when the same body was read before."""
    if store is None:
        return scan_refs(article), placeholder_lines(article)
    k = cache.key("scan", cache.kbgen_code(), article.src, article.body_line,
                  article.body.encode("utf-8"))
    scanned = SCANNED.get(k)
    if scanned is not None:
        store.used.add(k)
        return scanned
    entry = store.get(k)
    if entry is not None:
        scanned = [Ref(*r) for r in entry[0]], entry[1]
    else:
        scanned = scan_refs(article), placeholder_lines(article)
        store.put(k, [[[r.kind, r.target, r.text, r.line, r.has_alt] for r in scanned[0]],
                      scanned[1]])
    SCANNED.put(k, scanned)
    return scanned


SCANNED = cache.Memo()
"""Body scans of the last build in this process (``kbgen serve``)."""


def check_tree(tree: ContentTree, *, history: History | None = None,
               today: dt.date | None = None, translations: bool = True,
               categories_file: str = "categories.yml",
               store: cache.Store | None = None) -> list[Diagnostic]:
    """Every content check beyond front matter, sorted by path and line.

    Args:
        tree: the loaded content (its own KB1xx ``tree.diagnostics`` are not repeated here).
        history: git facts; loaded from ``tree.docs_dir`` when None and needed.
        today: the date stale articles are measured against (default: today).
        translations: run the translation checks (KB301, KB302), which need git history.
        categories_file: where the categories are declared, relative to docs_dir.
        store: the build cache, for what each body holds (links, media, TODO lines).

    Returns:
        Diagnostics with codes KB2xx, KB3xx and KB6xx.
    """
    ctx = _Context(tree)
    today = today or dt.date.today()
    diags: list[Diagnostic] = []
    for article in tree.articles:
        refs, todo = _scanned(article, store)
        diags += check_links(ctx, article, refs)
        diags += check_related(ctx, article)
        diags += check_media(ctx, article, refs)
        diags += check_stale(ctx, article, today)
        diags += check_placeholders(ctx, article, todo)
    if store is not None:
        SCANNED.rotate()
    diags += check_duplicate_titles(ctx)
    declared, found = load_declared_tags(tree.docs_dir)
    diags += found + check_tags(ctx, declared)
    diags += check_category_titles(tree, categories_file)
    if translations:
        diags += check_translations(tree, history or load_history(tree.docs_dir))
    else:
        for article in tree.articles:
            if article.lang != tree.default_language:
                diags += _untranslated(tree, article)
    return sorted(_unique(_demote_drafts(tree, diags)), key=sort_key)


def _demote_drafts(tree: ContentTree, diags: list[Diagnostic]) -> list[Diagnostic]:
    """Findings in drafts become notes: a draft is never published, so it never blocks a build."""
    drafts = {a.src for a in tree.articles if a.draft}
    if not drafts:
        return diags
    return [dataclasses.replace(d, severity=Severity.INFO, message=f"draft: {d.message}")
            if d.path in drafts and d.severity is not Severity.INFO else d for d in diags]


def _unique(diags: list[Diagnostic]) -> list[Diagnostic]:
    """Drop exact repeats (one link written twice on a line is one finding)."""
    return list(dict.fromkeys(diags))


def summary(diags: list[Diagnostic]) -> dict[Severity, int]:
    counts: dict[Severity, int] = defaultdict(int)
    for d in diags:
        counts[d.severity] += 1
    return {s: counts[s] for s in Severity}
