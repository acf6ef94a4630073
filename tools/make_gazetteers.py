#!/usr/bin/env python3
"""Writes the NER gazetteers data/gazetteers/<lang>.tsv (TYPE<TAB>name).

Sources: Debian's iso-codes (country, subdivision and language names, English
JSON plus the gettext translations for other languages; LGPL-2.1+) and the
JRC-Names pairs of ../shared/corpus/names (person names; only the Latin-script
ones, split into FIRST and LAST name tokens as well) and, with --wikineural, the
entities of a WikiNEuRal file (CC BY-NC-SA 4.0) with their majority type, for
the languages in NAME_LANGS only (never the file's own language, whose model
trains on it). Types: LOC, MISC (languages), PER (whole names), ORG, FIRST,
LAST (single tokens).

  python3 tools/make_gazetteers.py --names ../shared/corpus/names/jrc-name-pairs.tsv \
      --wikineural ../shared/corpus/ner/fr-wikineural/train.conllu \
      --words /usr/share/dict/american-english
"""
import argparse
import gettext
import json
import os
import re
from collections import Counter

ISO = '/usr/share/iso-codes/json'
LANGS = ['en', 'fr']
# Languages whose gazetteer also lists the JRC person names. French leaves
# them out: its model (trained on 12.6k silver WikiNEuRal sentences) typed
# unseen names in news worse with them.
NAME_LANGS = ['en']


def translator(domain, lang):
  if lang == 'en':
    return lambda s: s
  try:
    t = gettext.translation(domain, localedir='/usr/share/locale', languages=[lang])
    return t.gettext
  except OSError:
    return lambda s: s


def clean(name):
  name = re.sub(r'\s*\(.*?\)', '', name)  # "(the)", "(Plurinational State of)"
  name = name.split(',')[0].strip()
  return name if len(name) >= 2 else None


def iso_entries(lang):
  out = set()
  tr = translator('iso_3166-1', lang)
  for c in json.load(open(os.path.join(ISO, 'iso_3166-1.json')))['3166-1']:
    for key in ('name', 'official_name', 'common_name'):
      if key in c:
        n = clean(tr(c[key]))
        if n:
          out.add(('LOC', n))
  tr = translator('iso_3166-2', lang)
  for s in json.load(open(os.path.join(ISO, 'iso_3166-2.json')))['3166-2']:
    n = clean(tr(s['name']))
    if n:
      out.add(('LOC', n))
  tr = translator('iso_639-3', lang)
  for l in json.load(open(os.path.join(ISO, 'iso_639-3.json')))['639-3']:
    # Living, individual languages with a two-letter code are the widely
    # spoken ones; their names double as nationality adjectives in English.
    if l.get('type') == 'L' and 'alpha_2' in l:
      n = clean(tr(l['name']))
      if n:
        out.add(('MISC', n))
  return out


LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")


def name_entries(path):
  out = set()
  firsts, lasts = Counter(), Counter()
  seen = set()
  with open(path, encoding='utf-8') as f:
    for line in f:
      cols = line.rstrip('\n').split('\t')
      for n in cols[:2]:
        n = n.strip()
        if n in seen or not LATIN.match(n) or ',' in n:
          continue
        seen.add(n)
        toks = n.split()
        if len(toks) < 2:
          continue
        out.add(('PER', n))
        if len(toks[0]) > 2 and not toks[0].endswith('.'):
          firsts[toks[0]] += 1
        if len(toks[-1]) > 2:
          lasts[toks[-1]] += 1
  out.update(('FIRST', w) for w in firsts)
  out.update(('LAST', w) for w in lasts)
  return out


def wikineural_entries(path, min_count=1, min_share=0.8):
  """Entities of a WikiNEuRal CoNLL file: each surface form with the type it
  has in at least `min_share` of its occurrences (many international names:
  clubs, firms, parties, events, whatever the language of the sentences)."""
  types = {}
  with open(path, encoding='utf-8') as f:
    span, kind = [], None

    def flush():
      if span and kind:
        types.setdefault(' '.join(span), Counter())[kind] += 1

    for line in f:
      cols = line.rstrip('\n').split('\t')
      tag = cols[-1] if len(cols) >= 2 else 'O'
      if tag.startswith('I-') and kind == tag[2:]:
        span.append(cols[1] if len(cols) >= 3 else cols[0])
        continue
      flush()
      span, kind = [], None
      if tag.startswith('B-') or tag.startswith('I-'):
        span, kind = [cols[1] if len(cols) >= 3 else cols[0]], tag[2:]
    flush()
  out = set()
  for name, c in types.items():
    kind, n = c.most_common(1)[0]
    total = sum(c.values())
    if total >= min_count and n >= min_share * total and LATIN.match(name) and len(name) >= 2:
      out.add((kind, name))
  return out


def common_words(path):
  """WORD entries: the all-lowercase words of a spelling list (Debian's
  wamerican), so that a capitalised common word ("Bank" opening a sentence)
  is told from a name; possessives left out."""
  out = set()
  with open(path, encoding='utf-8') as f:
    for line in f:
      w = line.strip()
      if w and w == w.lower() and "'" not in w and len(w) >= 2:
        out.add(('WORD', w))
  return out


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument('--names', required=True)
  ap.add_argument('--wikineural', help='WikiNEuRal CoNLL file whose entities join the '
                  'lists of the languages in NAME_LANGS (never that of its own language)')
  ap.add_argument('--words', help='English word list (Debian wamerican: '
                  '/usr/share/dict/american-english) for WORD entries of en')
  ap.add_argument('--out-dir', default='data/gazetteers')
  args = ap.parse_args()
  names = name_entries(args.names)
  if args.wikineural:
    names |= wikineural_entries(args.wikineural)
  for lang in LANGS:
    entries = iso_entries(lang) | (names if lang in NAME_LANGS else set())
    if args.words and lang == 'en':
      entries |= common_words(args.words)
    entries = sorted(entries)
    with open(os.path.join(args.out_dir, lang + '.tsv'), 'w', encoding='utf-8') as f:
      f.write('# NER gazetteer (TYPE<TAB>name), generated by tools/make_gazetteers.py from\n'
              '# Debian iso-codes (LGPL-2.1+), JRC-Names pairs (EC JRC, reuse with\n'
              '# acknowledgement)' + ('; WikiNEuRal entities (CC BY-NC-SA 4.0)'
                                      if args.wikineural and lang in NAME_LANGS else '') +
              ('\n# and SCOWL words (Debian wamerican, permissive licence)'
               if args.words and lang == 'en' else '') + '. Do not edit by hand.\n')
      for t, n in entries:
        f.write(f'{t}\t{n}\n')


if __name__ == '__main__':
  main()
