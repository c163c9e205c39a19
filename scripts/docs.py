#!/usr/bin/env python3
"""Builds and checks evgraph's user guide and man pages (called by Makefile.docs).

    docs.py build --out out/docs --evgraph build/evgraph   # docs/*.md -> HTML pages + man pages
    docs.py check --out out/docs --evgraph build/evgraph   # what scripts/docs-check.sh verifies

Sources are docs/*.md, listed in docs/pages.txt (order of the navigation, man page names). In a
page, outside code blocks:

    <!-- include: ../schemas/corpus.schema.json -->   the file, as a code block
    <!-- run: build/evgraph timex FILE -->            the command and its real output
    <!-- run 5: build/evgraph timex FILE -->          ... only its first 5 lines
    <!-- other-schemas: ../schemas -->                  every schema the page does not include yet

Commands run in a scratch copy of the project's inputs (examples/, data/, schemas/, docs/, out/),
never in the repository. Markdown is converted by cmark-gfm (HTML and man). Standard library only.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^(```+|~~~+)\s*([\w+-]*)")
DIRECTIVE = re.compile(r"^<!--\s*(include|run|other-schemas)(?:\s+(\d+))?:\s*(.*?)\s*-->\s*$")
COMMAND = re.compile(r"^(build/evgraph|evgraph)( |$)")
COMMAND_BLOCKS = {"", "sh", "bash", "shell", "console"}
MAX_OUTPUT_COLUMNS = 160


class DocsError(Exception):
    pass


def fail(message):
    raise DocsError(message)


# ---- pages -------------------------------------------------------------------------------------

def read_pages(src):
    """docs/pages.txt: `file | man name(section) | man description`, in navigation order."""
    pages = []
    for number, line in enumerate((src / "pages.txt").read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [field.strip() for field in line.split("|")]
        path = src / fields[0]
        if not path.exists():
            fail(f"docs/pages.txt:{number}: {fields[0]} does not exist")
        man = None
        if len(fields) >= 3 and fields[1]:
            match = re.fullmatch(r"([\w-]+)\((\d)\)", fields[1])
            if not match:
                fail(f"docs/pages.txt:{number}: man name must read NAME(SECTION)")
            man = (match.group(1), match.group(2), fields[2])
        pages.append({"file": fields[0], "path": path, "man": man})
    listed = {page["file"] for page in pages}
    for path in sorted(src.glob("*.md")):
        if path.name not in listed:
            fail(f"docs/{path.name} is not listed in docs/pages.txt")
    return pages


def title_of(text, fallback):
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def blocks(lines):
    """Yields (line, fence_info or None) for each line; fence lines themselves get info ''."""
    fence, info = None, None
    for line in lines:
        match = FENCE.match(line)
        if fence is None and match:
            fence, info = match.group(1), match.group(2)
            yield line, None
        elif fence is not None and line.strip() == fence:
            fence, info = None, None
            yield line, None
        else:
            yield line, info


# ---- the scratch folder where commands run -----------------------------------------------------

class Scratch:
    """A temporary copy of the inputs the guide's commands read, with `build/evgraph` and `evgraph`
    (on PATH) being the binary under test. Nothing the commands write reaches the repository."""

    COPIED = ["examples", "data", "schemas", "docs", "README.md"]

    def __init__(self, evgraph):
        self.dir = Path(tempfile.mkdtemp(prefix="evgraph-docs."))
        for name in self.COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, self.dir / name, symlinks=True)
            elif source.exists():
                shutil.copy2(source, self.dir / name)
        out = ROOT / "out"
        if out.is_dir():
            shutil.copytree(out, self.dir / "out", ignore=lambda folder, names: ["docs"] if Path(folder) == out else [])
        else:
            (self.dir / "out").mkdir()
        (self.dir / "build").mkdir()
        binary = Path(evgraph).resolve()
        if not binary.is_file():
            fail(f"{evgraph}: no such executable (build evgraph first: bash scripts/build.sh)")
        (self.dir / "build" / "evgraph").symlink_to(binary)
        self.env = dict(os.environ, PATH=f"{self.dir / 'build'}:{os.environ.get('PATH', '')}", LC_ALL="C.UTF-8")

    def run(self, command, timeout=60):
        return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=self.dir, env=self.env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def expected_status(command):
    """0, or 0/1 for diff (1: the graphs differ)."""
    words = command.split()
    return {0, 1} if len(words) > 1 and words[1] == "diff" else {0}


# ---- expansion ---------------------------------------------------------------------------------

def expand(page, scratch):
    """The page's Markdown with its include/run directives replaced by code blocks."""
    out = []
    for number, (line, info) in enumerate(blocks(page["path"].read_text().splitlines()), 1):
        match = DIRECTIVE.match(line) if info is None else None
        if not match:
            out.append(line)
            continue
        where = f"docs/{page['file']}:{number}"
        kind, limit, argument = match.groups()
        if kind == "other-schemas":
            folder = (page["path"].parent / argument).resolve()
            for schema in sorted(folder.glob("*.schema.json")):
                if f"include: {argument}/{schema.name}" in page["path"].read_text():
                    continue
                title = json.loads(schema.read_text()).get("title", schema.name)
                out += [f"### {title}", "", f"[`schemas/{schema.name}`]({argument}/{schema.name})", "",
                        "<details><summary>JSON Schema</summary>", "", "```json", schema.read_text().rstrip("\n"),
                        "```", "", "</details>", ""]
        elif kind == "include":
            target = (page["path"].parent / argument).resolve()
            if not target.is_file():
                fail(f"{where}: include: no such file {argument}")
            language = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}.get(target.suffix, "text")
            out += [f"```{language}", target.read_text().rstrip("\n"), "```"]
        else:
            result = scratch.run(argument)
            if result.returncode not in expected_status(argument):
                fail(f"{where}: `{argument}` exited with {result.returncode}:\n{result.stderr}{result.stdout}")
            text = (result.stdout + result.stderr).rstrip("\n")
            lines = text.split("\n") if text else []
            if limit and len(lines) > int(limit):
                lines = lines[: int(limit)] + ["…"]
            lines = [l if len(l) <= MAX_OUTPUT_COLUMNS else l[: MAX_OUTPUT_COLUMNS - 1] + "…" for l in lines]
            out += ["```console", f"$ {argument}"] + lines + ["```"]
    return "\n".join(out) + "\n"


def cmark(markdown, to):
    result = subprocess.run(["cmark-gfm", "--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough",
                             "-t", to], input=markdown, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"cmark-gfm: {result.stderr}")
    return result.stdout


# ---- HTML --------------------------------------------------------------------------------------

def rewrite_links(body):
    def fix(match):
        attribute, url = match.group(1), match.group(2)
        if re.match(r"^[a-z]+:|^#|^/", url):
            return match.group(0)
        url = re.sub(r"^([\w.-]+)\.md(#|$)", r"\1.html\2", url)   # another page of the guide
        if url.startswith("../schemas/"):
            url = url[3:]                                        # copied into out/docs/schemas/
        elif url.startswith("../"):
            url = "../" + url                                    # a file of the repository
        return f'{attribute}="{url}"'
    return re.sub(r'\b(href|src|data)="([^"]*)"', fix, body)


def embed_figures(body, out):
    """SVG figures as <object> rather than <img>: an image is drawn as a picture only, so the
    tooltips (<title>) and links of evgraph's drawings would not work. The alt text stays as the
    object's label and its fallback content. A figure with a dark variant beside it (graph.svg,
    graph-dark.svg: Graphviz's drawings have one theme each) gets both, one shown per colour scheme."""
    def obj(src, label, extra=""):
        return (f'<object class="figure{extra}" data="{src}" type="image/svg+xml" role="img" '
                f'aria-label="{label}">{label}</object>')

    def embed(match):
        tag = match.group(0)
        src = re.search(r'\bsrc="([^"]+\.svg)"', tag).group(1)
        alt = re.search(r'\balt="([^"]*)"', tag)
        label = alt.group(1) if alt else ""
        dark = src[:-4] + "-dark.svg"
        if out is not None and (out / dark).is_file():
            return obj(src, label, " light-only") + obj(dark, label, " dark-only")
        return obj(src, label)
    return re.sub(r'<img\b[^>]*\bsrc="[^"]+\.svg"[^>]*>', embed, body)


def anchor_headings(body):
    used = set()

    def add(match):
        level, text = match.group(1), match.group(2)
        slug = re.sub(r"[^a-z0-9]+", "-", re.sub(r"<[^>]+>", "", html.unescape(text)).lower()).strip("-") or "section"
        while slug in used:
            slug += "-"
        used.add(slug)
        return f'<h{level} id="{slug}">{text}</h{level}>'
    return re.sub(r"<h([1-3])>(.*?)</h\1>", add, body)


def page_html(page, body, pages, version, out=None):
    nav = []
    for other in pages:
        name = other["file"][:-3] + ".html"
        current = ' aria-current="page"' if other is page else ""
        nav.append(f'<li><a href="{name}"{current}>{html.escape(other["title"])}</a></li>')
    title = page["title"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{html.escape(title)} — evgraph {version}</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<nav>
<p class="brand"><a href="index.html">evgraph</a> <span>{version}</span></p>
<ul>
{chr(10).join(nav)}
</ul>
<ul class="more">
<li><a href="api/html/index.html">C++ API reference</a></li>
<li><a href="man/index.html">Man pages</a></li>
</ul>
</nav>
<main>
{anchor_headings(embed_figures(rewrite_links(body), out))}
</main>
</body>
</html>
"""


# ---- man pages ---------------------------------------------------------------------------------

def man_markdown(markdown, name, description):
    """The page as a man page body: the title goes, `##` sections become man sections (.SH),
    images and HTML go, relative links keep their text only."""
    out = ["# NAME", "", f"{name} - {description}", ""]
    table_header = None
    for line, info in blocks(markdown.splitlines()):
        if info is None and not FENCE.match(line):
            line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
            line = re.sub(r"\[([^\]]+)\]\((?![a-z]+:)[^)]*\)", r"\1", line)
            if line.startswith("|"):                    # a table becomes a list: man tables wrap badly
                cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
                if table_header is None:
                    table_header = cells
                elif not all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                    out.append(f"- {cells[0]}: " + "; ".join(cells[1:]))
                continue
            if table_header is not None:
                table_header = None
                out.append("")
            if line.startswith("# "):
                continue
            if line.startswith("## "):
                line = "# " + line[3:].upper()
            elif line.startswith("### "):
                line = "## " + line[4:]
            elif re.match(r"^\s*<", line):
                continue
        out.append(line)
    return "\n".join(out) + "\n"


def man_page(markdown, name, section, description, version):
    body = cmark(man_markdown(markdown, name, description), "man")
    body = re.sub(r"^\.SH\n(.*)$", r".SH \1", body, flags=re.M)
    body = re.sub(r"^\.SS\n(.*)$", r".SS \1", body, flags=re.M)
    header = f'.TH "{name.upper()}" "{section}" "" "evgraph {version}" "evgraph manual"\n'
    return ("'\\\" t\n" if ".TS" in body else "") + header + body


# ---- build -------------------------------------------------------------------------------------

def build(args):
    src, out = ROOT / "docs", Path(args.out)
    version = subprocess.run([args.evgraph, "--version"], capture_output=True, text=True, check=True).stdout.split()[-1]
    pages = read_pages(src)
    scratch = Scratch(args.evgraph)
    try:
        for page in pages:
            page["markdown"] = expand(page, scratch)
            page["title"] = title_of(page["markdown"], page["file"])
    finally:
        scratch.close()
    (out / "md").mkdir(parents=True, exist_ok=True)
    man_dir = out / "man" / "man1"
    man_dir.mkdir(parents=True, exist_ok=True)
    man_index = []
    for page in pages:
        stem = page["file"][:-3]
        (out / "md" / page["file"]).write_text(page["markdown"])
        (out / f"{stem}.html").write_text(page_html(page, cmark(page["markdown"], "html"), pages, version, out))
        if page["man"]:
            name, section, description = page["man"]
            (man_dir / f"{name}.{section}").write_text(man_page(page["markdown"], name, section, description, version))
            man_index.append(f'<li><a href="man{section}/{name}.{section}">{name}({section})</a> — '
                             f'{html.escape(description)} (<a href="../{stem}.html">as a page</a>)</li>')
    (out / "man" / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>evgraph man pages</title>'
        '<link rel="stylesheet" href="../style.css"></head><body><main><h1>evgraph man pages</h1>\n'
        f'<p>Read one with <code>man -l out/docs/man/man1/evgraph-build.1</code>, or add <code>out/docs/man</code> '
        f'to <code>MANPATH</code>.</p>\n<ul>\n{chr(10).join(man_index)}\n</ul>\n'
        '<p><a href="../index.html">User guide</a></p></main></body></html>\n')
    print(f"docs: {len(pages)} pages, {len(man_index)} man pages -> {out}/")


def man_only(args):
    """Man pages alone, from the pages as written (no command is run): what `cmake --install` ships."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in read_pages(ROOT / "docs"):
        if page["man"]:
            name, section, description = page["man"]
            (out / f"{name}.{section}").write_text(man_page(page["path"].read_text(), name, section, description,
                                                            args.version))
            count += 1
    print(f"docs: {count} man pages -> {out}/")


# ---- check -------------------------------------------------------------------------------------

def shown_commands(markdown):
    """Command lines of the fenced blocks: `build/evgraph ...` / `evgraph ...` in sh/bash/shell/
    unlabelled blocks, `$ build/evgraph ...` in console blocks. Output blocks (text, json...) are skipped."""
    commands = []
    for line, info in blocks(markdown.splitlines()):
        if info is None or info not in COMMAND_BLOCKS:
            continue
        if info == "console":
            if not line.startswith("$ "):
                continue
            line = line[2:]
        line = line.strip()
        if COMMAND.match(line):
            commands.append(line)
    return commands


def check(args):
    out = Path(args.out)
    problems = []
    pages = read_pages(ROOT / "docs")

    # Doxygen: WARN_AS_ERROR fails the build; the log must also be empty.
    log = out / "api" / "warnings.log"
    if not log.exists():
        problems.append(f"{log}: missing (the API reference was not built)")
    elif log.read_text().strip():
        problems.append(f"{log}: Doxygen warnings:\n{log.read_text()}")
    if not (out / "api" / "html" / "index.html").exists():
        problems.append("api/html/index.html: missing")

    # Every page, every local link and image; every SVG well-formed.
    svgs = set()
    htmls = [out / (page["file"][:-3] + ".html") for page in pages] + [out / "man" / "index.html"]
    for page_file in htmls:
        if not page_file.exists():
            problems.append(f"{page_file}: missing")
            continue
        body = page_file.read_text()
        for kind, url in re.findall(r'\b(href|src|data)="([^"#]+)(?:#[^"]*)?"', body):
            if re.match(r"^[a-z]+:", url):
                continue
            target = (page_file.parent / url).resolve()
            if not target.exists():
                problems.append(f"{page_file.relative_to(out)}: broken {kind} {url}")
            elif kind in ("src", "data") and target.suffix == ".svg":
                svgs.add(target)
        if re.search(r'<img\b[^>]*\bsrc="[^"]+\.svg"', body):
            problems.append(f"{page_file.relative_to(out)}: an SVG figure embedded with <img> (its links and tooltips "
                            "would not work): embed_figures should have made it an <object>")
    if not svgs:
        problems.append("no SVG figure embedded in the guide")
    for svg in sorted(svgs):
        result = subprocess.run(["xmllint", "--noout", "--nonet", str(svg)], capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"{svg}: not well-formed XML:\n{result.stderr}")

    # Man pages: one per page that names one, formatted by groff without a warning.
    for page in pages:
        if not page["man"]:
            continue
        name, section, _ = page["man"]
        man = out / "man" / f"man{section}" / f"{name}.{section}"
        if not man.exists():
            problems.append(f"{man}: missing")
            continue
        result = subprocess.run(["groff", "-k", "-t", "-man", "-Tutf8", "-ww", "-z", str(man)], capture_output=True, text=True)
        if result.returncode != 0 or result.stderr.strip():
            problems.append(f"{man}: groff: {result.stderr.strip()}")

    # Every command the guide shows runs, in page order, in a scratch copy.
    count = 0
    scratch = Scratch(args.evgraph)
    try:
        for page in pages:
            markdown_file = out / "md" / page["file"]
            if not markdown_file.exists():
                continue
            for command in shown_commands(markdown_file.read_text()):
                count += 1
                try:
                    result = scratch.run(command, timeout=30)
                except subprocess.TimeoutExpired:
                    problems.append(f"docs/{page['file']}: `{command}` took more than 30 s")
                    continue
                if result.returncode not in expected_status(command):
                    problems.append(f"docs/{page['file']}: `{command}` exited with {result.returncode}: "
                                    f"{(result.stderr or result.stdout).strip()[:500]}")
    finally:
        scratch.close()
    if count == 0:
        problems.append("no evgraph command found in the guide")

    for problem in problems:
        print(f"docs-check: {problem}", file=sys.stderr)
    status = "FAILED" if problems else "ok"
    print(f"docs-check: {status}: {len(pages)} pages, {len(svgs)} SVG figures, {count} commands run, "
          f"{len(problems)} problems")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["build", "check", "man"])
    parser.add_argument("--out", default="out/docs")
    parser.add_argument("--evgraph", default="build/evgraph")
    parser.add_argument("--version", default="", help="man: the version printed in the pages' footer")
    args = parser.parse_args()
    os.chdir(ROOT)
    try:
        if args.action == "man":
            return man_only(args) or 0
        return build(args) or 0 if args.action == "build" else check(args)
    except DocsError as error:
        print(f"docs: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
