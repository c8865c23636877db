"""The other half of scripts/bench-pdf.sh: Typst (median of 3) and WeasyPrint (1 run) on each
document's web page, beside CarerPress's own times, as a table with ratios and a pass or fail
against the speed requirement for each document.
usage: bench_pdf_others.py SITE_DIR CARERPRESS_TIMES"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import pypandoc
import typst
import weasyprint

# The requirement, per document: at least this many times faster than each tool, and a file no
# larger than WeasyPrint's. The aim is 5 times Typst.
NEED_TYPST, AIM_TYPST, NEED_WEASY = 3.0, 5.0, 100.0

site, own_file = sys.argv[1], sys.argv[2]
own = {}
for line in open(own_file):
    name, ms, pages, size, compose_ms = line.split()[:5]
    own[name] = (float(ms), int(pages), int(size), float(compose_ms))
pandoc = pypandoc.get_pandoc_path()
tmp = tempfile.mkdtemp()


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


print(f"{'document':40} {'CarerPress ms':>13} {'of it composing':>15} {'pages':>5} {'KB':>4} | "
      f"{'Typst ms':>8} {'pages':>5} {'KB':>4} {'x':>6} | {'WeasyPrint ms':>13} {'pages':>5} {'KB':>4} {'x':>5} | verdict")
ratios_typst, ratios_weasy, failures = [], [], []
for name in sorted(own):
    page = os.path.join(site, name, "index.html")
    body = subprocess.run([pandoc, "-f", "html", "-t", "typst", page], capture_output=True, text=True, check=True).stdout
    body = re.sub(r"#link\(<[^>]*>\)\[", "#[", body)  # in-page links: pandoc's labels do not all survive
    head = ('#set document(title: "%s")\n#set page(paper: "a4", margin: 2cm)\n'
            '#set text(font: "Liberation Sans", size: 11pt, lang: "en", region: "gb")\n' % name)
    source = os.path.join(tmp, name + ".typ")
    with open(source, "w") as handle:
        handle.write(head + body)
    typst_pdf = os.path.join(tmp, name + "-typst.pdf")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        typst.compile(source, output=typst_pdf, pdf_standards="ua-1")
        times.append((time.perf_counter() - start) * 1000)
    typst_ms = statistics.median(times)
    weasy_pdf = os.path.join(tmp, name + "-weasy.pdf")
    start = time.perf_counter()
    weasyprint.HTML(page).write_pdf(weasy_pdf, pdf_variant="pdf/ua-1")
    weasy_ms = (time.perf_counter() - start) * 1000
    ms, pages, size, compose_ms = own[name]
    weasy_size = os.path.getsize(weasy_pdf)
    x_typst, x_weasy = typst_ms / ms, weasy_ms / ms
    ratios_typst.append(x_typst)
    ratios_weasy.append(x_weasy)
    short = []
    if x_typst < NEED_TYPST:
        short.append(f"Typst {x_typst:.1f}x < {NEED_TYPST:.0f}x")
    if x_weasy < NEED_WEASY:
        short.append(f"WeasyPrint {x_weasy:.0f}x < {NEED_WEASY:.0f}x")
    if size > weasy_size:
        short.append("larger than WeasyPrint's")
    if short:
        failures.append(name)
    verdict = "FAIL: " + ", ".join(short) if short else "pass" + (" (aim met)" if x_typst >= AIM_TYPST else "")
    print(f"{name:40} {ms:13.1f} {compose_ms:15.1f} {pages:5} {size // 1024:4} | {typst_ms:8.1f} {pages_of(typst_pdf):5} "
          f"{os.path.getsize(typst_pdf) // 1024:4} {x_typst:5.1f}x | {weasy_ms:13.0f} {pages_of(weasy_pdf):5} "
          f"{weasy_size // 1024:4} {x_weasy:4.0f}x | {verdict}")
print(f"CarerPress is {min(ratios_typst):.1f}x to {max(ratios_typst):.1f}x faster than Typst and "
      f"{min(ratios_weasy):.0f}x to {max(ratios_weasy):.0f}x faster than WeasyPrint per document.")
print(f"Requirement (per document: {NEED_TYPST:.0f}x Typst, {NEED_WEASY:.0f}x WeasyPrint, file no larger than "
      f"WeasyPrint's): {len(own) - len(failures)} of {len(own)} documents pass"
      + (f"; not met by {', '.join(failures)}." if failures else "."))
