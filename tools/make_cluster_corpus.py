#!/usr/bin/env python3
"""Writes an unlabelled English news corpus, one tokenized sentence a line,
for tools/make_word_clusters (word clusters used as NER features).

Sources (under the shared corpus directory; never a test split):
  attribution/polnear/{train,dev}/text/*.txt   English political news
  html/scrapinghub/ground-truth.json           article bodies of news pages
  ner/en-conll2003/{train,val}.conllu          the tagger's own training text

Usage: make_cluster_corpus.py --shared /work/shared --out /tmp/en-corpus.txt
"""
import argparse
import glob
import json
import os
import re

# Tokens roughly as in CoNLL-2003 (Penn-like): words with inner hyphens,
# periods or apostrophes kept whole, clitics split off, punctuation alone.
TOKEN = re.compile(
    r"n't\b|'(?:s|re|ve|ll|d|m)\b|"  # clitics
    r"\d+(?:[.,:/-]\d+)*|"  # numbers, dates, times
    r"(?:[A-Za-z]\.){2,}|"  # U.S., U.N.
    r"[A-Z]'[A-Z]\w*|"  # O'Neill
    r"\w+(?=n't\b)|\w+(?:[-&.]\w+)*|"
    r"[^\w\s]", re.UNICODE)
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                        "\u2014": "-", "\u2013": "-"})
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]*[A-Z])")


def tokenize(text):
    for para in re.split(r"\n\s*\n|\n", text.translate(QUOTES)):
        for sentence in SENTENCE_END.split(para.strip()):
            tokens = TOKEN.findall(sentence)
            if tokens:
                yield tokens


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    lines = 0
    with open(args.out, "w", encoding="utf-8") as out:
        def emit(tokens):
            nonlocal lines
            out.write(" ".join(tokens) + "\n")
            lines += 1
        for split in ("train", "dev"):
            for path in sorted(glob.glob(os.path.join(corpus, "attribution/polnear", split,
                                                      "text", "*.txt"))):
                with open(path, encoding="utf-8") as f:
                    for tokens in tokenize(f.read()):
                        emit(tokens)
        with open(os.path.join(corpus, "html/scrapinghub/ground-truth.json"),
                  encoding="utf-8") as f:
            for page in json.load(f).values():
                for tokens in tokenize(page.get("articleBody") or ""):
                    emit(tokens)
        for split in ("train", "val"):
            sentence = []
            with open(os.path.join(corpus, "ner/en-conll2003", split + ".conllu"),
                      encoding="utf-8") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) < 2:
                        if sentence:
                            emit(sentence)
                        sentence = []
                    elif cols[1] != "-DOCSTART-":
                        sentence.append(cols[1])
            if sentence:
                emit(sentence)
    print(f"{lines} sentences written to {args.out}")


if __name__ == "__main__":
    main()
