#!/usr/bin/env python3
"""Adds textstat 0.7.13's figures to each passage in passages.json.

Needs the virtual environment that shared/tools/install.sh sets up (textstat,
and the CMU dictionary written where NLTK finds it offline); run from any
Python, the script moves into that environment itself:
  python3 make_reference.py

Sentences are found as shared/tools/readability.py finds them by default: every
line is a block, bullet markers are dropped, and a sentence ends at . ! ? before
a space. In addition a full stop does not end a sentence after a common
abbreviation ("e.g.", "Dr.", "No. 5"), an initial ("J. Smith") or before a
lower-case word. textstat itself splits at every . ! ?, even inside "e.g." or
"2.6", so each sentence is handed to it with its inner . ! ? replaced by a
middle dot (which textstat drops like any other punctuation) and a full stop at
its end. The formulas are textstat's own, including its rule that sentences of
two words or fewer are left out of the sentence count.
"""
import json
import os
import re
import sys

VENV = os.environ.get("DOC_CHECKS_VENV", "/opt/doc-checks-venv")
HERE = os.path.dirname(os.path.abspath(__file__))
PASSAGES = os.path.join(HERE, "passages.json")

BULLET = re.compile(r"^\s*(?:[-*•‣◦–]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")
WORD = re.compile(r"[A-Za-z0-9À-ÿ]+(?:['’.-][A-Za-z0-9À-ÿ]+)*")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "rev", "st", "cllr", "e.g", "i.e", "eg", "ie", "cf",
    "vs", "approx", "incl", "esp",
}
BEFORE_NUMBERS = {"no", "nos", "p", "pp", "para", "s", "sec", "fig", "tel"}


def continues(previous, following):
    """Whether the full stop ending `previous` is inside the sentence."""
    if not previous.endswith("."):
        return False
    if following[:1].islower():
        return True
    word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", previous)
    if not word:
        return False
    word = word.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    if word.lower() in BEFORE_NUMBERS and following[:1].isdigit():
        return True
    return len(word) == 1 and word.isupper() and following[:1].isupper()


def split_sentences(text):
    sentences = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = BULLET.sub("", line).strip()
        if not line:
            continue
        pieces = [p.strip() for p in SENTENCE_END.split(line) if p.strip()]
        merged = []
        for piece in pieces:
            if merged and continues(merged[-1], piece):
                merged[-1] += " " + piece
            else:
                merged.append(piece)
        sentences.extend(s for s in merged if WORD.search(s))
    return sentences


def for_textstat(sentences):
    return " ".join(re.sub(r"[.!?…]", "·", s.rstrip(".!?…\"'”’)]")) + "." for s in sentences)


def reexec_in_venv():
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.access(python, os.X_OK):
        os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


def main():
    reexec_in_venv()
    try:
        import nltk
        import textstat
        from textstat.backend import counts
    except ImportError:
        sys.exit(f"textstat is missing from {VENV}; run shared/tools/install.sh")
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        # textstat would download the dictionary, which needs the internet.
        sys.exit("the CMU dictionary is missing; run shared/tools/install.sh")

    version = ".".join(map(str, textstat.__version__))
    if version != "0.7.13":
        sys.exit(f"textstat {version} found; the reference is textstat 0.7.13")
    with open(PASSAGES, encoding="utf-8") as fh:
        passages = json.load(fh)
    for p in passages:
        sentences = split_sentences(p["text"])
        text = for_textstat(sentences)
        p["reference"] = {
            "sentences": len(sentences),
            "textstat_sentences": textstat.sentence_count(text),
            "words": textstat.lexicon_count(text),
            "syllables": counts.count_syllables(text, "en_US"),
            "flesch_reading_ease": round(textstat.flesch_reading_ease(text), 3),
            "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(text), 3),
        }
    with open(PASSAGES, "w", encoding="utf-8") as fh:
        json.dump(passages, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote textstat {version} figures for {len(passages)} passages to {PASSAGES}")


if __name__ == "__main__":
    main()
