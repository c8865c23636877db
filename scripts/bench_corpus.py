#!/usr/bin/env python3
"""Writes the benchmark corpora: copies of one strategy with distinct ids and titles, optionally a
glossary padded to a number of terms, and the same text as Markdown for Hugo and pandoc.

  bench_corpus.py content SOURCE_CONTENT DEST COUNT [GLOSSARY_TERMS]
  bench_corpus.py markdown PAGE_MARKDOWN DEST COUNT     (a Hugo site in DEST, COUNT pages)
"""
import os
import shutil
import sys

STRATEGY = "southampton-adult-carers-strategy.yaml"


def content(source, dest, count, glossary_terms=None):
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(os.path.join(source, "library"), os.path.join(dest, "library"))
    os.makedirs(os.path.join(dest, "documents"))
    text = open(os.path.join(source, "documents", STRATEGY), encoding="utf-8").read()
    for number in range(1, count + 1):
        copy = text.replace("title: Adult Carers Strategy 2021-2026", f"title: Adult Carers Strategy 2021-2026 (copy {number})", 1)
        with open(os.path.join(dest, "documents", f"strategy-{number:04d}.yaml"), "w", encoding="utf-8") as out:
            out.write(copy)
    if glossary_terms:
        path = os.path.join(dest, "library", "glossary.yaml")
        glossary = open(path, encoding="utf-8").read()
        present = glossary.count("\n  - id: ") + (1 if glossary.startswith("  - id: ") else 0)
        extra = []
        for number in range(max(0, glossary_terms - present)):
            # Words of the kind glossaries hold, none of them in the strategy's text.
            extra.append(f"\n  - id: bench-term-{number}\n    term: benchmark term {number} arrangement\n"
                         f"    definition: A made-up term {number}, only for measuring.\n    plain: made-up words {number}\n")
        with open(path, "w", encoding="utf-8") as out:
            out.write(glossary.rstrip("\n") + "\n" + "".join(extra))


def markdown(page, dest, count):
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(os.path.join(dest, "content", "strategies"))
    os.makedirs(os.path.join(dest, "layouts", "_default"))
    body = open(page, encoding="utf-8").read()
    with open(os.path.join(dest, "hugo.toml"), "w") as out:
        out.write('baseURL = "https://example.org/"\nlanguageCode = "en-gb"\ntitle = "Bench"\n'
                  'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    # A page skeleton like CarerPress's: language, title, skip link, main landmark, contents.
    with open(os.path.join(dest, "layouts", "_default", "single.html"), "w") as out:
        out.write('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n'
                  '<body><a href="#main">Skip to main content</a><main id="main"><h1>{{ .Title }}</h1>\n'
                  '<nav aria-label="Contents">{{ .TableOfContents }}</nav>{{ .Content }}</main></body></html>\n')
    with open(os.path.join(dest, "layouts", "_default", "list.html"), "w") as out:
        out.write('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n'
                  '<body><main><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n')
    for number in range(1, count + 1):
        with open(os.path.join(dest, "content", "strategies", f"strategy-{number:04d}.md"), "w", encoding="utf-8") as out:
            out.write(f'---\ntitle: "Adult Carers Strategy 2021-2026 (copy {number})"\n---\n\n{body}')


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "content":
        content(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else None)
    elif mode == "markdown":
        markdown(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(f"unknown mode {mode}")
