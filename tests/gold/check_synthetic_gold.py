#!/usr/bin/env python3
"""Self-check for a synthetic gold set (tests/gold/world, tests/gold/world2): ids, tops, cues,
duplicates, field counts, LF endings, texts kept off the Russia-Azerbaijan topic.

Run from anywhere: python3 tests/gold/check_synthetic_gold.py DIR SPLIT...
  e.g. python3 tests/gold/check_synthetic_gold.py tests/gold/world world-dev world-heldout
Exit status 1 on any error.
"""
import os, re, sys
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
if len(sys.argv) < 3:
    sys.exit('usage: check_synthetic_gold.py DIR SPLIT...')
HERE = os.path.abspath(os.path.join(ROOT, sys.argv[1]))
REL = os.path.relpath(HERE, ROOT)
SPLITS = set(sys.argv[2:])
errors, warnings = [], []

def read(name, ncols):
    rows, header = [], None
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
        data = f.read()
    if '\r' in data:
        errors.append(f'{name}: contains CR characters')
    for n, line in enumerate(data.split('\n'), 1):
        if not line or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != ncols:
            errors.append(f'{name}:{n}: {len(parts)} fields, expected {ncols}')
            continue
        if header is None:
            header = parts
            continue
        if any(p != p.strip() or p == '' for p in parts):
            errors.append(f'{name}:{n}: empty field or stray whitespace')
        rows.append((n, parts))
    return header, rows

dh, docs = read('docs.tsv', 3)
ah, actors = read('actors.tsv', 4)
ih, inter = read('interactions.tsv', 6)
assert dh == ['doc', 'path', 'split'], dh
assert ah == ['id', 'kind', 'top', 'aliases'], ah
assert ih == ['doc', 'source', 'target', 'stance', 'need', 'cue'], ih

texts = {}
for n, (doc, path, split) in docs:
    p = os.path.join(ROOT, path)
    if split not in SPLITS: errors.append(f'docs.tsv:{n}: split {split!r}')
    if not path.startswith(f'{REL}/texts/'): errors.append(f'docs.tsv:{n}: path outside {REL}/texts')
    if os.path.basename(path) != doc + '.txt': errors.append(f'docs.tsv:{n}: path/doc mismatch')
    if not os.path.exists(p):
        errors.append(f'docs.tsv:{n}: missing {path}'); continue
    t = open(p, encoding='utf-8', newline='').read()
    if '\r' in t: errors.append(f'{path}: contains CR characters')
    if not t.endswith('\n'): errors.append(f'{path}: no final newline')
    texts[doc] = t
    low = t.lower()
    if 'russia' in low and 'azerbaijan' in low: errors.append(f'{path}: mentions Russia together with Azerbaijan')
    lines = t.split('\n')
    if not (lines[0].strip() and lines[1] == ''):
        errors.append(f'{path}: headline + blank line expected')
    wc = len(t.split())
    if not 250 <= wc <= 450: errors.append(f'{path}: {wc} words')

ids = {}
for n, (i, kind, top, aliases) in actors:
    if not re.fullmatch(r'[a-z0-9_]+', i): errors.append(f'actors.tsv:{n}: bad id {i}')
    if i in ids: errors.append(f'actors.tsv:{n}: duplicate id {i}')
    if kind not in {'state', 'agency', 'person', 'media', 'org', 'group'}: errors.append(f'actors.tsv:{n}: kind {kind}')
    if kind == 'state' and top != i: errors.append(f'actors.tsv:{n}: state {i} must roll up to itself')
    ids[i] = (kind, top, aliases.split('|'))
if [r[1][0] for r in actors] != sorted(r[1][0] for r in actors): errors.append('actors.tsv: not sorted by id')
for i, (kind, top, al) in ids.items():
    if top not in ids: errors.append(f'actors.tsv: top {top} of {i} not an actor')
    elif ids[top][1] != top: errors.append(f'actors.tsv: top {top} of {i} does not roll up to itself')
    for a in al:
        if not any(a.lower() in t.lower() for t in texts.values()):
            warnings.append(f'alias {a!r} of {i} not found in any text')

used = set()
seen = Counter()
for n, (doc, s, t, stance, need, cue) in inter:
    seen[(doc, s, t, stance, need, cue)] += 1
    if doc not in texts: errors.append(f'interactions.tsv:{n}: unknown doc {doc}'); continue
    for x in (s, t):
        if x not in ids: errors.append(f'interactions.tsv:{n}: unknown actor {x}')
        else:
            used.add(x)
            if not any(a.lower() in texts[doc].lower() for a in ids[x][2]):
                warnings.append(f'interactions.tsv:{n}: no alias of {x} occurs in {doc}')
    if s == t: errors.append(f'interactions.tsv:{n}: source == target')
    if stance not in {'against', 'support'}: errors.append(f'interactions.tsv:{n}: stance {stance}')
    if need not in {'req', 'opt'}: errors.append(f'interactions.tsv:{n}: need {need}')
    if len(cue.split()) > 5: errors.append(f'interactions.tsv:{n}: cue longer than 5 words: {cue}')
    if cue not in texts[doc]: errors.append(f'interactions.tsv:{n}: cue not verbatim in {doc}: {cue!r}')
for k, c in seen.items():
    if c > 1: errors.append(f'interactions.tsv: duplicate row {k}')
for i in ids:
    if i not in used and not any(ids[j][1] == i for j in used):
        warnings.append(f'actor {i} neither used nor a top of a used actor')

per = Counter(r[1][0] for r in inter)
need = Counter(r[1][4] for r in inter)
print(f'docs={len(docs)} actors={len(actors)} interactions={len(inter)} (req={need["req"]}, opt={need["opt"]})')
for d in sorted(texts): print(f'  {d}: {per[d]} rows, {len(texts[d].split())} words')
for w in warnings: print('WARNING:', w)
for e in errors: print('ERROR:', e)
print('OK' if not errors else f'{len(errors)} error(s)')
sys.exit(1 if errors else 0)
