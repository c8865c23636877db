"""The other half of scripts/bench-pdf.sh: for each document, CarerPress (the pdf-benchmark program,
median of 15 runs) and Typst (one untimed compilation, then the median of 5) are timed in turn, in
three rounds, and the speed ratio is the median of the three rounds' ratios: taken round by round,
it stays meaningful when the machine's speed drifts. WeasyPrint runs once. Prints a table with
ratios and a pass or fail against the speed requirement for each document.

Each tool is timed by the clock and by processor time (all on one core). On a machine shared with
other work the clock also counts the time a tool waits for the core, which differs from one moment
to the next; processor time does not, so the verdict is on processor time, and the clock's ratios
are printed beside it.
usage: bench_pdf_others.py SITE_DIR CARERPRESS_TIMES PDF_BENCHMARK CONTENT TEMPLATES"""
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

site, own_file, own_program, content, templates = sys.argv[1:6]
ROUNDS = 3


def parse(line):
    name, ms, pages, size, compose_ms, cpu_ms = line.split()[:6]
    return name, (float(ms), int(pages), int(size), float(compose_ms), float(cpu_ms))


own = dict(parse(line) for line in open(own_file))


def time_own(name):
    """CarerPress's figures for one document, from a run of its own (the document's id is the name
    before any area)."""
    environment = dict(os.environ, PDF_BENCHMARK_ONLY=name.split("/")[0])
    output = subprocess.run([own_program, content, templates, "15"], capture_output=True, text=True, check=True,
                            env=environment).stdout
    return parse(output.strip().splitlines()[-1])[1]


def time_typst(source, pdf):
    """Typst warm, as CarerPress is timed: a first compilation untimed (Typst memoises its work
    between compilations), then the median of five (clock and processor milliseconds)."""
    typst.compile(source, output=pdf, pdf_standards="ua-1")
    times, cpu_times = [], []
    for _ in range(5):
        start, cpu_start = time.perf_counter(), time.process_time()
        typst.compile(source, output=pdf, pdf_standards="ua-1")
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(times), statistics.median(cpu_times)
pandoc = pypandoc.get_pandoc_path()
tmp = tempfile.mkdtemp()


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


print("ms: processor time (clock time in brackets); x: how many times faster CarerPress is, the median of three rounds run in"
      " turn (by the clock in brackets; the rounds' lowest and highest in square brackets)")
print(f"{'document':34} {'CarerPress ms':>14} {'composing':>9} {'pages':>5} {'KB':>4} | "
      f"{'Typst ms':>14} {'pages':>5} {'KB':>4} {'x (rounds)':>22} | {'WeasyPrint ms':>14} {'pages':>5} {'KB':>4} {'x':>10} | verdict")
ratios_typst, ratios_weasy, failures = [], [], []
for name in sorted(own):
    page = os.path.join(site, name, "index.html")
    body = subprocess.run([pandoc, "-f", "html", "-t", "typst", page], capture_output=True, text=True, check=True).stdout
    body = re.sub(r"#link\(<[^>]*>\)\[", "#[", body)  # in-page links: pandoc's labels do not all survive
    head = ('#set document(title: "%s")\n#set page(paper: "a4", margin: 2cm)\n'
            '#set text(font: "Liberation Sans", size: 11pt, lang: "en", region: "gb")\n' % name)
    flat = name.replace("/", "--")  # an area edition: document/area
    source = os.path.join(tmp, flat + ".typ")
    with open(source, "w") as handle:
        handle.write(head + body)
    typst_pdf = os.path.join(tmp, flat + "-typst.pdf")
    # CarerPress and Typst in turn, round by round.
    rounds = []
    for _ in range(ROUNDS):
        mine = time_own(name)
        rounds.append((mine, time_typst(source, typst_pdf)))
    typst_ms = statistics.median(theirs[0] for _, theirs in rounds)
    typst_cpu = statistics.median(theirs[1] for _, theirs in rounds)
    round_ratios = sorted(theirs[1] / mine[4] for mine, theirs in rounds)
    x_typst = statistics.median(round_ratios)
    x_typst_clock = statistics.median(theirs[0] / mine[0] for mine, theirs in rounds)
    own[name] = (statistics.median(mine[0] for mine, _ in rounds),) + rounds[0][0][1:3] + (
        statistics.median(mine[3] for mine, _ in rounds), statistics.median(mine[4] for mine, _ in rounds))
    weasy_pdf = os.path.join(tmp, flat + "-weasy.pdf")
    start, cpu_start = time.perf_counter(), time.process_time()
    weasyprint.HTML(page).write_pdf(weasy_pdf, pdf_variant="pdf/ua-1")
    weasy_ms, weasy_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu_start) * 1000
    ms, pages, size, compose_ms, cpu = own[name]
    weasy_size = os.path.getsize(weasy_pdf)
    x_weasy = weasy_cpu / cpu
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
    print(f"{name[:34]:34} {cpu:6.1f} ({ms:5.1f}) {compose_ms:9.1f} {pages:5} {size // 1024:4} | "
          f"{typst_cpu:6.1f} ({typst_ms:5.1f}) {pages_of(typst_pdf):5} {os.path.getsize(typst_pdf) // 1024:4} "
          f"{x_typst:4.1f}x ({x_typst_clock:4.1f}x) [{round_ratios[0]:.1f}-{round_ratios[-1]:.1f}] | {weasy_cpu:6.0f} ({weasy_ms:5.0f}) {pages_of(weasy_pdf):5} "
          f"{weasy_size // 1024:4} {x_weasy:3.0f}x ({weasy_ms / ms:3.0f}x) | {verdict}")
print(f"By processor time, CarerPress is {min(ratios_typst):.1f}x to {max(ratios_typst):.1f}x faster than Typst and "
      f"{min(ratios_weasy):.0f}x to {max(ratios_weasy):.0f}x faster than WeasyPrint per document.")
print(f"Requirement (per document: {NEED_TYPST:.0f}x Typst, {NEED_WEASY:.0f}x WeasyPrint, file no larger than "
      f"WeasyPrint's): {len(own) - len(failures)} of {len(own)} documents pass"
      + (f"; not met by {', '.join(failures)}." if failures else "."))
