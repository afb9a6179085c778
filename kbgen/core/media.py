"""Images, videos and screenshot callouts: markdown in, accessible HTML out.

Pure functions: the caller passes the paths; nothing here knows about MkDocs.
"""

from __future__ import annotations

import html
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import yaml

VIDEO_MARKDOWN = re.compile(r"!\[type:video\]\(\s*<?([^)\s>]+)>?\s*\)")
CALLOUTS_FENCE = re.compile(r"^(?P<indent>[ \t]*)```+\s*callouts[ \t]*\n(?P<body>.*?)^[ \t]*```+[ \t]*$",
                            re.S | re.M)
_YOUTUBE = re.compile(r"(?:youtube(?:-nocookie)?\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)"
                      r"([\w-]{6,})")
_VIMEO = re.compile(r"vimeo\.com/(?:video/)?(\d+)")


# ---------------------------------------------------------------- image sizes

def image_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG, WebP or SVG file, from its header."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return None
    if head[:8] == b"\x89PNG\r\n\x1a\n" and len(head) >= 24:
        w, h = struct.unpack(">II", head[16:24])
        return int(w), int(h)
    if head[:6] in (b"GIF87a", b"GIF89a"):
        w, h = struct.unpack("<HH", head[6:10])
        return int(w), int(h)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head[:2] == b"\xff\xd8":
        return _jpeg_size(head)
    if path.suffix.lower() == ".svg":
        return _svg_size(head.decode("utf-8", "replace"))
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(head[24:27], "little") + 1
        h = int.from_bytes(head[27:30], "little") + 1
        return w, h
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        b = head[21:25]
        w = 1 + (((b[1] & 0x3F) << 8) | b[0])
        h = 1 + (((b[3] & 0xF) << 10) | (b[2] << 2) | ((b[1] & 0xC0) >> 6))
        return w, h
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                      0xCF):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return int(w), int(h)
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        i += 2 + length
    return None


def _svg_size(text: str) -> tuple[int, int] | None:
    m = re.search(r"<svg\b[^>]*>", text, re.S)
    if not m:
        return None
    tag = m.group(0)
    w = re.search(r'\bwidth="([\d.]+)(?:px)?"', tag)
    h = re.search(r'\bheight="([\d.]+)(?:px)?"', tag)
    if w and h:
        return round(float(w.group(1))), round(float(h.group(1)))
    vb = re.search(r'viewBox="[\d.\s-]+?\s([\d.]+)\s+([\d.]+)"', tag)
    if vb:
        return round(float(vb.group(1))), round(float(vb.group(2)))
    return None


# ---------------------------------------------------------------- video

@dataclass
class Video:
    kind: str  # youtube, vimeo, file
    src: str
    embed: str = ""
    host: str = ""


def classify_video(url: str, lang: str = "") -> Video:
    if m := _YOUTUBE.search(url):
        start = parse_qs(urlparse(url).query).get("t", [""])[0].rstrip("s")
        embed = f"https://www.youtube-nocookie.com/embed/{m.group(1)}?autoplay=1&rel=0"
        if lang:  # captions on, in the page's language; the player's interface too
            embed += f"&cc_load_policy=1&cc_lang_pref={lang}&hl={lang}"
        if start.isdigit():
            embed += f"&start={start}"
        return Video("youtube", url, embed, "youtube-nocookie.com")
    if m := _VIMEO.search(url):
        texttrack = f"&texttrack={lang}" if lang else ""
        return Video("vimeo", url, f"https://player.vimeo.com/video/{m.group(1)}?dnt=1&autoplay=1"
                     f"{texttrack}", "player.vimeo.com")
    return Video("file", url)


def video_html(url: str, *, title: str, page_file: Path, lang: str, languages: list[str],
               strings: dict[str, str], language_names: dict[str, str],
               link: Callable[[str], str] = str) -> str:
    """HTML for a video: a click-to-load facade, or ``<video>`` with caption tracks."""
    video = classify_video(url, lang)
    t = html.escape(title, quote=True)
    if video.kind != "file":
        label = html.escape(strings["play_video"].format(title=title), quote=True)
        note = html.escape(strings["video_privacy"].format(host=video.host))
        return (f'<figure class="kb-video kb-video--facade" data-kb-video="{video.kind}">'
                f'<button type="button" class="kb-video__play" data-kb-embed="'
                f'{html.escape(video.embed, quote=True)}" data-kb-title="{t}" aria-label="{label}">'
                f'<span class="kb-video__icon" aria-hidden="true"></span>'
                f'<span class="kb-video__title">{t}</span></button>'
                f'<figcaption class="kb-video__note">{note} '
                f'<a href="{html.escape(video.src, quote=True)}" rel="noopener">{t}</a>'
                f'</figcaption></figure>')
    target = (page_file.parent / url).resolve()
    stem = target.with_suffix("")
    mime = "video/webm" if target.suffix.lower() == ".webm" else "video/mp4"
    tracks = []
    for code in [lang] + [c for c in languages if c != lang]:
        vtt = stem.parent / f"{stem.name}.{code}.vtt"
        if vtt.is_file():
            src = html.escape(link(_rel(url, vtt.name)), quote=True)
            default = " default" if code == lang else ""
            tracks.append(f'<track kind="captions" srclang="{code}" '
                          f'label="{html.escape(language_names.get(code, code))}" '
                          f'src="{src}"{default}>')
    transcript = ""
    for ext in (".txt", ".md"):
        tpath = stem.parent / f"{stem.name}.{lang}{ext}"
        if tpath.is_file():
            text = html.escape(tpath.read_text(encoding="utf-8")).strip()
            paras = "".join(f"<p>{p}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())
            transcript = (f'<details class="kb-video__transcript"><summary>'
                          f'{html.escape(strings["transcript"])}</summary>{paras}</details>')
            break
    poster = ""
    if found := video_poster(target, lang):
        poster = f' poster="{html.escape(link(_rel(url, found.name)), quote=True)}"'
    return (f'<figure class="kb-video kb-video--file"><video controls preload="metadata" '
            f'playsinline title="{t}"{poster}><source src="{html.escape(link(url), quote=True)}" '
            f'type="{mime}">{"".join(tracks)}</video>'
            f'<figcaption>{t}</figcaption>{transcript}</figure>')


POSTER_TYPES = (".webp", ".jpg", ".jpeg", ".png")


def video_poster(video_file: Path, lang: str) -> Path | None:
    """The picture shown before a local video plays: ``<name>.<lang>.<ext>`` (a poster with
    text in the page's language), else ``<name>.<ext>``, beside the video."""
    stem = video_file.with_suffix("")
    for name in (f"{stem.name}.{lang}", stem.name):
        for ext in POSTER_TYPES:
            if (candidate := stem.parent / f"{name}{ext}").is_file():
                return candidate
    return None


def _rel(url: str, name: str) -> str:
    head, _, _ = url.rpartition("/")
    return f"{head}/{name}" if head else name


def video_captions(video_file: Path, languages: list[str]) -> dict[str, Path]:
    stem = video_file.with_suffix("")
    return {c: p for c in languages if (p := stem.parent / f"{stem.name}.{c}.vtt").is_file()}


# ---------------------------------------------------------------- callouts

class CalloutError(ValueError):
    """A callouts block a writer has to fix; the message says how."""


_SHAPES = ("number", "circle", "arrow")


def callouts_html(source: str, link: Callable[[str], str] = str) -> str:
    """Render a ```callouts block: screenshot, scalable numbered overlay, text legend."""
    try:
        spec = yaml.safe_load(source) or {}
    except yaml.YAMLError as exc:
        raise CalloutError(f"callouts block is not valid YAML: {getattr(exc, 'problem', exc)}")\
            from exc
    if not isinstance(spec, dict) or not spec.get("image"):
        raise CalloutError("callouts block needs 'image:' (the screenshot's path)")
    if not spec.get("alt"):
        raise CalloutError("callouts block needs 'alt:' (what the screenshot shows)")
    markers = spec.get("markers") or []
    if not isinstance(markers, list):
        raise CalloutError("callouts 'markers:' must be a list of {at: [x, y], text: ...}")
    overlay, legend = [], []
    for n, m in enumerate(markers, 1):
        if not isinstance(m, dict) or not isinstance(m.get("at"), list) or len(m["at"]) != 2:
            raise CalloutError(f"callouts marker {n} needs 'at: [x, y]' in percent of the image")
        x, y = (float(v) for v in m["at"])
        if not (0 <= x <= 100 and 0 <= y <= 100):
            raise CalloutError(f"callouts marker {n}: 'at' must be between 0 and 100 percent")
        shape = m.get("shape", "number")
        if shape not in _SHAPES:
            raise CalloutError(f"callouts marker {n}: shape '{shape}' is not one of "
                               f"{', '.join(_SHAPES)}")
        text = html.escape(str(m.get("text", "")))
        overlay.append(f'<span class="kb-callout kb-callout--{shape}" style="left:{x:g}%;'
                       f'top:{y:g}%" aria-hidden="true">{n}</span>')
        legend.append(f"<li>{text}</li>")
    img = html.escape(link(str(spec["image"])), quote=True)
    alt = html.escape(str(spec["alt"]), quote=True)
    caption = f'<figcaption>{html.escape(str(spec["caption"]))}</figcaption>' \
        if spec.get("caption") else ""
    return (f'<figure class="kb-callouts"><div class="kb-callouts__frame">'
            f'<img src="{img}" alt="{alt}">{"".join(overlay)}</div>{caption}'
            f'<ol class="kb-callouts__legend">{"".join(legend)}</ol></figure>')
