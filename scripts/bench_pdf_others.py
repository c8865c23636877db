"""The other half of scripts/bench-pdf.sh: Typst (median of 3) and WeasyPrint (1 run) on each
document's web page, beside CarerPress's own times, as a table with ratios.
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

site, own_file = sys.argv[1], sys.argv[2]
own = {}
for line in open(own_file):
    name, ms, pages, size = line.split()[:4]
    own[name] = (float(ms), int(pages), int(size))
pandoc = pypandoc.get_pandoc_path()
tmp = tempfile.mkdtemp()


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


print(f"{'document':42} {'CarerPress ms':>13} {'pages':>5} {'KB':>5} | {'Typst ms':>8} {'pages':>5} {'KB':>5} {'x':>6} | "
      f"{'WeasyPrint ms':>13} {'pages':>5} {'KB':>5} {'x':>6}")
ratios_typst, ratios_weasy, size_ok = [], [], True
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
    ms, pages, size = own[name]
    weasy_size = os.path.getsize(weasy_pdf)
    size_ok = size_ok and size <= weasy_size
    ratios_typst.append(typst_ms / ms)
    ratios_weasy.append(weasy_ms / ms)
    print(f"{name:42} {ms:13.1f} {pages:5} {size // 1024:5} | {typst_ms:8.1f} {pages_of(typst_pdf):5} "
          f"{os.path.getsize(typst_pdf) // 1024:5} {typst_ms / ms:5.1f}x | {weasy_ms:13.0f} {pages_of(weasy_pdf):5} "
          f"{weasy_size // 1024:5} {weasy_ms / ms:5.0f}x")
print(f"CarerPress is {min(ratios_typst):.1f}x to {max(ratios_typst):.1f}x faster than Typst and "
      f"{min(ratios_weasy):.0f}x to {max(ratios_weasy):.0f}x faster than WeasyPrint per document; "
      f"every file {'no larger' if size_ok else 'NOT always smaller'} than WeasyPrint's.")
