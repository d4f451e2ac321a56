"""Build the user guides (Markdown) into PDFs with reportlab: no other dependency.

    python docs/build_guide.py                       both guides (docs/guia, docs/guide)
    python docs/build_guide.py IN.md OUT.pdf [--lang es|en] [--strict]

`make guide` renders the screenshots first (`make screenshots`), then runs this with
--strict: a picture the guide shows but the screenshot tool did not write stops it.

The Markdown is a small subset, enough for a guide:

    ---                         front matter, first thing in the file:
    title: ...                    title, subtitle and audience of the title page
    subtitle: ...
    audience: ...
    ---
    ## Section / ### Sub / #### Minor    headings (## starts a new page, ## and ### are
                                          listed in the contents)
    paragraphs (lines joined until a blank line), **bold**, *italic*, `code`
    - bullets, 1. numbered steps (a line indented by two spaces continues the item)
    > a note in a shaded box
    ![Caption](relative/path.png)        a picture on a line of its own, with its caption;
    ![Caption](path.png){width=60%}        ... at most 60 % of the text width
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDES = {  # language -> (Markdown source, PDF)
    "es": (ROOT / "docs" / "guia" / "guia.md", ROOT / "docs" / "guia" / "guia.pdf"),
    "en": (ROOT / "docs" / "guide" / "guide.md", ROOT / "docs" / "guide" / "guide.pdf"),
}
WORDS = {
    "es": {"contents": "Contenido", "page": "página", "version": "versión",
           "missing": "Imagen no disponible", "guide": "Guía de uso"},
    "en": {"contents": "Contents", "page": "page", "version": "version",
           "missing": "Picture not available", "guide": "User guide"},
}
IMAGE_RE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<path>[^)\s]+)\)"
                      r"(?:\{width=(?P<width>\d+)%\})?\s*$")
HEADING_RE = re.compile(r"^(?P<marks>#{1,4})\s+(?P<text>.+?)\s*#*\s*$")
BULLET_RE = re.compile(r"^[-*]\s+(?P<text>.*)$")
NUMBER_RE = re.compile(r"^(?P<n>\d+)[.)]\s+(?P<text>.*)$")

# colours of the application (resources/style.qss): purple headings, light boxes
INK = "#231942"
ACCENT = "#5b3f8f"
NOTE_BG = "#eef3fb"
NOTE_LINE = "#7b9acc"


# -- parsing ---------------------------------------------------------------------------
@dataclass
class Block:
    kind: str  # title | heading | para | bullets | numbers | note | image
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    path: str = ""
    start: int = 1
    width: int = 100  # pictures: the most of the text width they may take, in %


def parse(text: str) -> tuple[dict[str, str], list[Block]]:
    """Front matter and the blocks of a guide."""
    lines = text.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            key, _, value = lines[i].partition(":")
            if key.strip():
                meta[key.strip()] = value.strip()
            i += 1
        i += 1
    blocks: list[Block] = []
    para: list[str] = []
    listing: Block | None = None
    note: list[str] = []

    def flush() -> None:
        nonlocal listing
        if para:
            blocks.append(Block("para", " ".join(para)))
            para.clear()
        if listing is not None:
            blocks.append(listing)
            listing = None
        if note:
            blocks.append(Block("note", " ".join(note)))
            note.clear()

    in_comment = False
    for raw in lines[i:]:
        line = raw.rstrip()
        stripped = line.strip()
        if in_comment or stripped.startswith("<!--"):  # comments: for whoever edits
            in_comment = not stripped.endswith("-->")
            continue
        if not stripped:
            flush()
            continue
        heading = HEADING_RE.match(line)
        image = IMAGE_RE.match(stripped)
        bullet = BULLET_RE.match(line)
        number = NUMBER_RE.match(line)
        if heading:
            flush()
            blocks.append(Block("heading", heading["text"], level=len(heading["marks"])))
        elif image:
            flush()
            blocks.append(Block("image", image["caption"], path=image["path"],
                                width=int(image["width"] or 100)))
        elif stripped.startswith(">"):
            if para or listing is not None:
                flush()
            note.append(stripped.lstrip(">").strip())
        elif bullet and not line.startswith(" "):
            if listing is None or listing.kind != "bullets":
                flush()
                listing = Block("bullets")
            listing.items.append(bullet["text"])
        elif number and not line.startswith(" "):
            if listing is None or listing.kind != "numbers":
                flush()
                listing = Block("numbers", start=int(number["n"]))
            listing.items.append(number["text"])
        elif listing is not None and line.startswith(" "):
            listing.items[-1] += " " + stripped  # continuation of a list item
        else:
            if listing is not None:
                flush()
            para.append(stripped)
    flush()
    return meta, blocks


def images(text: str) -> list[str]:
    """The paths of every picture a guide shows, in order."""
    return [b.path for b in parse(text)[1] if b.kind == "image"]


def headings(text: str) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in parse(text)[1] if b.kind == "heading"]


def inline(text: str) -> str:
    """Markdown inline marks -> reportlab paragraph markup (escaped)."""
    out = html.escape(text, quote=False)
    out = re.sub(r"`([^`]+)`", r'<font face="Courier">\1</font>', out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", out)
    return out


# -- building ----------------------------------------------------------------------------
def _styles() -> dict[str, object]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    base = getSampleStyleSheet()["Normal"]
    ink = colors.HexColor(INK)
    accent = colors.HexColor(ACCENT)
    body = ParagraphStyle("body", parent=base, fontName="Helvetica", fontSize=10.5,
                          leading=14.5, spaceAfter=6, textColor=ink)
    return {
        "body": body,
        "item": ParagraphStyle("item", parent=body, spaceAfter=3),
        "note": ParagraphStyle("note", parent=body, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=body, fontName="Helvetica-Oblique",
                                  fontSize=9, leading=12, textColor=colors.HexColor("#555566"),
                                  alignment=TA_CENTER, spaceBefore=3, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=18,
                             leading=22, spaceBefore=4, spaceAfter=10, textColor=accent),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=13.5,
                             leading=17, spaceBefore=10, spaceAfter=5, textColor=ink),
        "h4": ParagraphStyle("h4", parent=body, fontName="Helvetica-Bold", fontSize=11,
                             leading=14, spaceBefore=6, spaceAfter=3, textColor=ink),
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=30,
                                leading=36, textColor=accent, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=15, leading=20,
                                   spaceAfter=10),
        "audience": ParagraphStyle("audience", parent=body, fontSize=11, leading=15,
                                   textColor=colors.HexColor("#555566")),
        "toc0": ParagraphStyle("toc0", parent=body, fontName="Helvetica-Bold", fontSize=11,
                               leading=15, leftIndent=0, spaceBefore=4),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=10, leading=13, leftIndent=16,
                               spaceAfter=0),
    }


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("clinic-desk")
    except Exception:  # noqa: BLE001 - a guide built outside an install has no version
        return ""


def build_pdf(markdown: str, out: Path | str, base: Path | str | None = None,
              lang: str = "es", strict: bool = False) -> list[str]:
    """Write the PDF of a guide; pictures are found relative to `base` (the Markdown's
    folder). Returns the pictures that were missing (an error with strict=True)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        Image,
        KeepTogether,
        ListFlowable,
        ListItem,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    words = WORDS.get(lang, WORDS["en"])
    meta, blocks = parse(markdown)
    base_dir = Path(base) if base is not None else Path.cwd()
    out_path = Path(out)
    styles = _styles()
    title = meta.get("title", "Clinic Desk")
    missing: list[str] = []

    class Guide(BaseDocTemplate):
        def afterFlowable(self, flowable: object) -> None:  # noqa: N802 - reportlab API
            level = getattr(flowable, "toc_level", None)
            if level is not None:
                text = flowable.getPlainText()  # type: ignore[attr-defined]
                key = f"h{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
                self.notify("TOCEntry", (level, text, self.page, key))

    doc = Guide(str(out_path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                topMargin=2 * cm, bottomMargin=2 * cm, title=title, author="Clinic Desk",
                subject=words["guide"], lang=lang)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def footer(canvas: object, document: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8.5)  # type: ignore[attr-defined]
        canvas.setFillColor(colors.HexColor("#666677"))  # type: ignore[attr-defined]
        canvas.drawString(doc.leftMargin, 1.2 * cm, title)  # type: ignore[attr-defined]
        canvas.drawRightString(  # type: ignore[attr-defined]
            doc.leftMargin + doc.width, 1.2 * cm,
            f"{words['page']} {document.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc.addPageTemplates([PageTemplate("cover", [frame]),
                          PageTemplate("body", [frame], onPage=footer)])

    # title page
    story: list[object] = [Spacer(1, 3 * cm)]
    logo = ROOT / "packaging" / "icons" / "clinic-desk-256.png"
    if logo.is_file():
        story.append(Image(str(logo), width=2.6 * cm, height=2.6 * cm, hAlign="LEFT"))
        story.append(Spacer(1, 0.8 * cm))
    story.append(Paragraph(inline(title), styles["title"]))
    if meta.get("subtitle"):
        story.append(Paragraph(inline(meta["subtitle"]), styles["subtitle"]))
    if meta.get("audience"):
        story.append(Spacer(1, 0.6 * cm))
        story.append(Paragraph(inline(meta["audience"]), styles["audience"]))
    version = meta.get("version") or _version()
    if version:
        story.append(Spacer(1, 0.6 * cm))
        story.append(Paragraph(f"Clinic Desk {words['version']} {html.escape(version)}",
                               styles["audience"]))
    from reportlab.platypus.doctemplate import NextPageTemplate

    story.append(NextPageTemplate("body"))
    story.append(PageBreak())
    toc = TableOfContents()
    toc.levelStyles = [styles["toc0"], styles["toc1"]]
    toc.dotsMinLevel = 0
    story.append(Paragraph(words["contents"], styles["h2"]))
    story.append(toc)

    def heading(block: Block) -> Paragraph:
        style = styles[f"h{min(max(block.level, 2), 4)}"]
        para = Paragraph(inline(block.text), style)
        if block.level in (2, 3):
            para.toc_level = block.level - 2  # type: ignore[attr-defined]
        para.keepWithNext = True
        return para

    def picture(block: Block) -> object:
        path = (base_dir / block.path).resolve()
        caption = Paragraph(inline(block.text), styles["caption"]) if block.text else None
        if not path.is_file():
            missing.append(block.path)
            box = Table([[Paragraph(f"{words['missing']}: {html.escape(block.path)}",
                                    styles["caption"])]],
                        colWidths=[doc.width], rowHeights=[3 * cm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            return KeepTogether([box, caption] if caption else [box])
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(path)).getSize()
        max_w, max_h = (doc.width - 4) * min(block.width, 100) / 100, 10.5 * cm
        scale = min(max_w / width, max_h / height)
        # a dialog smaller than the page stays at a readable ~150 dpi, not blown up
        scale = min(scale, 72 / 110)
        image = Image(str(path), width=width * scale, height=height * scale)
        framed = Table([[image]], colWidths=[width * scale + 2])
        framed.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#b9b3c9")),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        parts = [Spacer(1, 4), framed]
        if caption is not None:
            parts.append(caption)
        return KeepTogether(parts)

    for block in blocks:
        if block.kind == "heading":
            if block.level <= 2:  # every section starts a page (after the contents, too)
                story.append(PageBreak())
            story.append(heading(block))
        elif block.kind == "para":
            story.append(Paragraph(inline(block.text), styles["body"]))
        elif block.kind in ("bullets", "numbers"):
            items = [ListItem(Paragraph(inline(t), styles["item"]), leftIndent=16)
                     for t in block.items]
            if block.kind == "bullets":
                flow = ListFlowable(items, bulletType="bullet", start="•", leftIndent=16,
                                    bulletFontSize=10)
            else:
                flow = ListFlowable(items, bulletType="1", start=block.start, leftIndent=18,
                                    bulletFontName="Helvetica-Bold", bulletFontSize=10)
            story.append(flow)
            story.append(Spacer(1, 4))
        elif block.kind == "note":
            box = Table([[Paragraph(inline(block.text), styles["note"])]],
                        colWidths=[doc.width])
            box.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(NOTE_BG)),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(NOTE_LINE)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]))
            story.append(Spacer(1, 2))
            story.append(box)
            story.append(Spacer(1, 8))
        elif block.kind == "image":
            story.append(picture(block))
    if strict and missing:
        raise FileNotFoundError("pictures missing (run `make screenshots`): "
                                + ", ".join(sorted(set(missing))))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    doc.filename = str(tmp)
    doc.multiBuild(story)
    tmp.replace(out_path)
    return missing


def build_file(source: Path, out: Path, lang: str, strict: bool = False) -> list[str]:
    return build_pdf(source.read_text(encoding="utf-8"), out, source.parent, lang, strict)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--lang", default="es", choices=sorted(WORDS))
    parser.add_argument("--strict", action="store_true",
                        help="fail when a picture the guide shows is missing")
    args = parser.parse_args(argv)
    if (args.source is None) != (args.out is None):
        parser.error("give both IN.md and OUT.pdf, or neither")
    jobs = ([(args.source, args.out, args.lang)] if args.source is not None
            else [(src, pdf, lang) for lang, (src, pdf) in GUIDES.items()])
    status = 0
    for source, out, lang in jobs:
        try:
            missing = build_file(source, out, lang, args.strict)
        except FileNotFoundError as exc:
            print(f"{source}: {exc}", file=sys.stderr)
            status = 1
            continue
        for path in missing:
            print(f"{source}: picture missing: {path}", file=sys.stderr)
        size = out.stat().st_size
        print(f"{out} ({size / 1024 / 1024:.1f} MB)")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
