#!/usr/bin/env python3
"""Generate the verb inflection tables data/lang/{fr,en}/verb-forms.tsv.

Usage (from the project root):
    python3 scripts/generate-verb-forms.py [--hunspell-dir DIR] [--wordnet-dir DIR]
                                           [--out-dir DIR] [--lang fr|en|all]

Reads (Debian packages; `apt-get install hunspell-fr-comprehensive
hunspell-en-us wordnet-base`):
  /usr/share/hunspell/fr.dic, fr.aff        French Dicollecte/Grammalecte
      dictionary, "toutes variantes" (package hunspell-fr-comprehensive).
      Licence: MPL-2.0 only in this release (1:7.0-1; see
      /usr/share/doc/hunspell-fr-comprehensive/copyright).
  /usr/share/hunspell/en_US.dic, en_US.aff  SCOWL-derived en_US dictionary
      (package hunspell-en-us). Licence: SCOWL's permissive licence
      (Copyright 2000-2011 Kevin Atkinson, "permission to use, copy, modify,
      distribute and sell ... provided that the above copyright notice
      appears"), with public-domain, Ispell (BSD-style), UKACD and WordNet 1.6
      components; see /usr/share/doc/hunspell-en-us/copyright.
  /usr/share/wordnet/index.verb, verb.exc   WordNet 3.0 (package wordnet-base).
      Licence: WordNet 3.0 licence (Princeton University, permissive; the
      copyright notice "WordNet 3.0 Copyright 2006 by Princeton University.
      All rights reserved." must accompany copies).

Writes (UTF-8, LF, sorted by folded form (lower case, no accents), then form and lemma, in byte
order, one `#` header):
  data/lang/fr/verb-forms.tsv
  data/lang/en/verb-forms.tsv
  columns: form <TAB> lemma <TAB> tags
  tags: comma-separated, in this fixed vocabulary order:
        inf pres impf past fut cond subj subj_impf imper ppres ppast modal
        1sg 2sg 3sg 1pl 2pl 3pl
Output derived from the French dictionary stays under MPL-2.0; the English
table carries the SCOWL and WordNet notices (see the READMEs next to the
tables). The output is deterministic: same inputs -> byte-identical files.

Method
  French: every dictionary entry whose morphology has po:v* is a verb lemma.
  The hunspell suffix rules of its flags (FLAG long: two-character flags) are
  applied by this script (strip, add, condition, FULLSTRIP, NEEDAFFIX,
  FORBIDDENWORD, twofold suffixes and prefixes through continuation
  flags).  Prefix classes whose every rule adds an elided clitic (l', d',
  qu', j'..., on roots and in suffix continuations) are not applied: they
  produce clitic+verb tokens, not verb forms; any other prefix class would
  be applied (none occurs on French verbs).  Tags come from the suffix
  rule's po: fields (ipre->pres, iimp->impf,
  ipsi->past, ifut->fut, cond, spre->subj, simp->subj_impf, impe->imper,
  ppre->ppres, ppas->ppast, infi->inf, persons 1sg..3pl; "3pl!" is 3pl).
  Analyses marked 1isg (inversion-only spellings such as "aimè", "eussé")
  and rules that glue a pronoun (ds: fields, "vas-y") are skipped.  A form
  whose only analyses are rare in news (second person; imperfect subjunctive
  but the 3sg; passé simple 1st/2nd person: rare_in_news()) is dropped; when
  the same form has another analysis it is kept with all its tags.
  English: verbs are WordNet index.verb single-word lemmas that en_US
  accepts (dictionary stems, with the en_US prefix rules applied).  Regular
  forms are the spellings the English rules give (the en_US S/D/G rules
  plus consonant doubling and c->ck, see regular_candidates()), kept when
  en_US accepts the word.  en_US is used as a word list: its flags are a
  compression of SCOWL (e.g. "singed" hangs off sing/D, "contested" is a
  separate word), not a per-lemma analysis.  One-syllable verbs ending in
  vowel+consonant take only doubled forms (hop: hopped, not hope's
  "hoped"); a regular candidate that is itself another verb's lemma is
  not taken (see: "seed").
  Irregular forms come from verb.exc; past vs past participle is decided
  by the rules in classify_irregular() (documented there).  One-syllable
  verbs in -t/-d with an -ing form but no past have a zero past (put, cut);
  compounds without a past inflect like their last verb (broadcast,
  overeat).  be/have/do get persons, and the modal auxiliaries get the tag
  `modal`.
"""

import argparse
import unicodedata
import os
import re
import sys
import time
from collections import defaultdict

# ---------------------------------------------------------------------------
# Hunspell affix files
# ---------------------------------------------------------------------------


class AffixRule:
    __slots__ = ("flag", "strip", "add", "cont", "cond", "morph")

    def __init__(self, flag, strip, add, cont, cond, morph):
        self.flag = flag
        self.strip = strip
        self.add = add
        self.cont = cont      # tuple of continuation flags
        self.cond = cond      # compiled regex or None (matches anything)
        self.morph = morph    # tuple of morphological fields


class AffixFile:
    def __init__(self):
        self.flag_mode = "char"
        self.fullstrip = False
        self.needaffix = None
        self.forbidden = None
        self.sfx = {}     # flag -> (cross_product, [AffixRule])
        self.pfx = {}

    def split_flags(self, s):
        if not s:
            return ()
        if self.flag_mode == "long":
            if len(s) % 2:
                raise ValueError("odd long-flag string %r" % s)
            return tuple(s[i:i + 2] for i in range(0, len(s), 2))
        if self.flag_mode == "num":
            return tuple(x for x in s.split(",") if x)
        return tuple(s)  # "char" and "UTF-8": one character per flag


def condition_regex(cond, suffix):
    """Compile a hunspell affix condition ('.', [abc], [^abc], literals)."""
    if cond == ".":
        return None
    out = []
    i = 0
    while i < len(cond):
        c = cond[i]
        if c == "[":
            j = cond.index("]", i + 1)
            body = cond[i + 1:j]
            neg = body.startswith("^")
            if neg:
                body = body[1:]
            chars = "".join(re.escape(ch) for ch in body)
            out.append("[%s%s]" % ("^" if neg else "", chars))
            i = j + 1
        elif c == ".":
            out.append(".")
            i += 1
        else:
            out.append(re.escape(c))
            i += 1
    pat = "".join(out)
    return re.compile(("(?:%s)\\Z" if suffix else "\\A(?:%s)") % pat, re.S)


def parse_aff(path):
    aff = AffixFile()
    headers = {}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for line in lines:
        p = line.split()
        if not p or p[0].startswith("#"):
            continue
        key = p[0]
        if key == "FLAG" and len(p) > 1:
            aff.flag_mode = p[1]
        elif key == "FULLSTRIP":
            aff.fullstrip = True
        elif key in ("NEEDAFFIX", "PSEUDOROOT") and len(p) > 1:
            aff.needaffix = p[1]
        elif key == "FORBIDDENWORD" and len(p) > 1:
            aff.forbidden = p[1]
        elif key in ("SFX", "PFX") and len(p) >= 4:
            table = aff.sfx if key == "SFX" else aff.pfx
            flag = p[1]
            if flag not in headers.setdefault(key, set()) and p[2] in ("Y", "N") \
                    and len(p) == 4 and p[3].isdigit():
                headers[key].add(flag)
                table[flag] = (p[2] == "Y", [])
                continue
            if len(p) < 5:
                continue
            strip = "" if p[2] == "0" else p[2]
            add = p[3]
            cont = ""
            if "/" in add:
                add, cont = add.split("/", 1)
            if add == "0":
                add = ""
            cond = p[4] if len(p) > 4 else "."
            morph = tuple(x for x in p[5:] if not x.startswith("#"))
            rule = AffixRule(flag, strip, add, aff.split_flags(cont),
                             condition_regex(cond, key == "SFX"), morph)
            table[flag][1].append(rule)
    return aff


def parse_dic(path, aff):
    """Yield (word, flags tuple, morph tuple) for each dictionary line."""
    with open(path, encoding="utf-8") as fh:
        first = True
        for line in fh:
            line = line.rstrip("\n")
            if first:
                first = False
                if line.strip().isdigit():
                    continue
            if not line.strip() or line.startswith("#"):
                continue
            # morphology is separated by whitespace (tab or space)
            parts = line.split()
            head = parts[0]
            morph = tuple(parts[1:])
            word, flags = head, ""
            # a slash not preceded by a backslash separates the flags
            m = re.match(r"^((?:[^/\\]|\\.)+)/(.*)$", head)
            if m:
                word, flags = m.group(1), m.group(2)
            word = word.replace("\\/", "/")
            yield word, aff.split_flags(flags), morph


def apply_sfx(word, rule, fullstrip):
    s = rule.strip
    if s:
        if not word.endswith(s):
            return None
        if len(word) == len(s) and not fullstrip:
            return None
    if rule.cond is not None and not rule.cond.search(word):
        return None
    return word[:len(word) - len(s)] + rule.add if s else word + rule.add


def apply_pfx(word, rule, fullstrip):
    s = rule.strip
    if s:
        if not word.startswith(s):
            return None
        if len(word) == len(s) and not fullstrip:
            return None
    if rule.cond is not None and not rule.cond.search(word):
        return None
    return rule.add + word[len(s):]


def elision_only_prefix_flags(aff):
    """Prefix classes all of whose rules add an elided clitic (l', d'...)."""
    out = set()
    for flag, (_cross, rules) in aff.pfx.items():
        if rules and all("'" in r.add or "’" in r.add for r in rules):
            out.add(flag)
    return out


def expand_entry(word, flags, aff, skip_pfx=frozenset()):
    """All words generated from one dictionary entry.

    Returns a list of (form, prefix_rule, suffix_rules) where suffix_rules is
    a tuple (outer first) of the suffix rules applied (empty for the root).
    Follows hunspell: the root is a word unless it carries NEEDAFFIX;
    suffixes may continue with a second suffix (twofold) and prefixes with
    cross product combine with cross-product suffixes.  Forms whose last
    affix has NEEDAFFIX in its continuation are not words by themselves.
    """
    fl = set(flags)
    if aff.forbidden and aff.forbidden in fl:
        return []
    need = aff.needaffix
    results = []
    if not (need and need in fl):
        results.append((word, None, ()))
    suffixed = []  # (form, rules tuple, cross_ok)
    for f in flags:
        if f not in aff.sfx:
            continue
        cross, rules = aff.sfx[f]
        for r in rules:
            form = apply_sfx(word, r, aff.fullstrip)
            if form is None:
                continue
            cont = set(r.cont)
            ok = not (need and need in cont)
            if ok:
                suffixed.append((form, (r,), cross))
            # twofold suffixes: continuation classes that are suffixes
            for f2 in r.cont:
                if f2 in aff.sfx:
                    cross2, rules2 = aff.sfx[f2]
                    for r2 in rules2:
                        form2 = apply_sfx(form, r2, aff.fullstrip)
                        if form2 is None:
                            continue
                        if need and need in r2.cont:
                            continue
                        suffixed.append((form2, (r2, r), cross and cross2))
    for form, rs, _c in suffixed:
        results.append((form, None, rs))
        # prefixes named in the suffix's continuation classes
        for f in rs[0].cont:
            if f in aff.pfx and f not in skip_pfx:
                for pr in aff.pfx[f][1]:
                    pform = apply_pfx(form, pr, aff.fullstrip)
                    if pform is not None and not (need and need in pr.cont):
                        results.append((pform, pr, rs))
    # prefixes (root flags; elided clitics skipped)
    for f in flags:
        if f not in aff.pfx or f in skip_pfx:
            continue
        pcross, prules = aff.pfx[f]
        for pr in prules:
            pf = apply_pfx(word, pr, aff.fullstrip)
            if pf is None:
                continue
            if not (need and need in pr.cont):
                results.append((pf, pr, ()))
            if pcross:
                for form, rs, scross in suffixed:
                    if scross:
                        pform = apply_pfx(form, pr, aff.fullstrip)
                        if pform is not None:
                            results.append((pform, pr, rs))
    return results


# ---------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------

FR_TENSE = {
    "po:infi": "inf", "po:ipre": "pres", "po:iimp": "impf", "po:ipsi": "past",
    "po:ifut": "fut", "po:cond": "cond", "po:spre": "subj",
    "po:simp": "subj_impf", "po:impe": "imper", "po:ppre": "ppres",
    "po:ppas": "ppast",
}
FR_PERSON = {
    "po:1sg": "1sg", "po:2sg": "2sg", "po:3sg": "3sg",
    "po:1pl": "1pl", "po:2pl": "2pl", "po:3pl": "3pl", "po:3pl!": "3pl",
}
SECOND = {"2sg", "2pl"}
FIRST_SECOND = {"1sg", "1pl", "2sg", "2pl"}


def rare_in_news(analysis):
    """Forms news copy does not use, left out to keep the table small: second persons, the
    imperfect subjunctive but for the third singular ("qu'il fût"), and the passé simple in the
    first and second persons ("nous aimâmes")."""
    tenses, persons = analysis
    if persons and persons <= SECOND:
        return True
    if "subj_impf" in tenses and persons and not persons <= {"3sg"}:
        return True
    return "past" in tenses and bool(persons) and persons <= FIRST_SECOND


def fr_analysis(morph):
    """Return (tenses, persons) from po: fields, or None to skip."""
    tenses, persons = set(), set()
    for m in morph:
        if m == "po:1isg" or m.startswith("ds:"):
            return None
        if m in FR_TENSE:
            tenses.add(FR_TENSE[m])
        elif m in FR_PERSON:
            persons.add(FR_PERSON[m])
    if not tenses:
        return None
    return frozenset(tenses), frozenset(persons)


def add_agreed_participles(table):
    """The dictionary gives intransitive verbs an invariable participle ("perquisitionné"), yet
    news copy writes their passive, which agrees ("l'usine a été perquisitionnée"): a participle
    in -é of a verb in -er gets its feminine and plural forms when the dictionary has none."""
    participle = (frozenset({"ppast"}), frozenset())
    for form in [f for f in table if f.endswith("é")]:
        for lemma in list(table[form]):
            if not lemma.endswith("er") or not any("ppast" in t for t, _p in table[form][lemma]):
                continue
            for agreed in (form + "e", form + "s", form + "es"):
                if lemma not in table.get(agreed, {}):
                    table[agreed][lemma].add(participle)


def generate_fr(hdir):
    aff = parse_aff(os.path.join(hdir, "fr.aff"))
    skip = elision_only_prefix_flags(aff)
    # form -> lemma -> set of analyses
    table = defaultdict(lambda: defaultdict(set))
    nverbs = 0
    for word, flags, morph in parse_dic(os.path.join(hdir, "fr.dic"), aff):
        if not any(m.startswith("po:v") for m in morph):
            continue
        if not flags and not word.endswith(("er", "ir", "re", "ïr")):
            continue  # "ci-gît": an inflected fixed form with no lemma entry
        nverbs += 1
        lemma = word
        for form, _pr, rules in expand_entry(word, flags, aff, skip):
            if rules:
                fields = rules[0].morph + tuple(
                    m for r in rules[1:] for m in r.morph)
            else:
                fields = morph
            a = fr_analysis(fields)
            if a is None:
                continue
            if "-" in form and "-" not in lemma:
                continue
            table[form][lemma].add(a)
    add_agreed_participles(table)
    rows = []
    for form, lemmas in table.items():
        keep = any(not rare_in_news(a) for analyses in lemmas.values() for a in analyses)
        if not keep:
            continue
        for lemma, analyses in lemmas.items():
            tags = set()
            for t, p in analyses:
                tags |= t | p
            rows.append((form, lemma, tags))
    return rows, nverbs


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

VOWELS = set("aeiou")

# Bound verbal prefixes accepted in compounds besides whole words.
VERB_PREFIXES = ("re", "mis", "dis", "be", "de", "co", "pre", "un", "tele",
                 "inter", "counter", "with", "fore")

MODALS = ("will", "would", "shall", "should", "can", "could", "may",
          "might", "must")

# Closed-class paradigms of the primary auxiliaries (persons are not in any
# source file; these are the standard paradigms).
AUX = {
    "be": [("be", "inf,imper,subj"), ("am", "pres,1sg"),
           ("are", "pres,2sg,1pl,2pl,3pl"), ("is", "pres,3sg"),
           ("was", "past,1sg,3sg"), ("were", "past,2sg,1pl,2pl,3pl,subj_impf"),
           ("been", "ppast"), ("being", "ppres")],
    "have": [("have", "inf,imper,pres"), ("has", "pres,3sg"),
             ("had", "past,ppast"), ("having", "ppres")],
    "do": [("do", "inf,imper,pres"), ("does", "pres,3sg"),
           ("did", "past"), ("done", "ppast"), ("doing", "ppres")],
}


def syllables(word):
    """Vowel groups (y between vowels counts as a consonant: crayon, layer)."""
    w = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "_", word)
    return len(re.findall(r"[aeiouy]+", w))


def doubles(L):
    """Ends in a single vowel letter + single consonant (stop, refer)."""
    return (len(L) >= 2 and L[-1] not in VOWELS and L[-1] not in "wxyh"
            and L[-2] in VOWELS
            and (len(L) < 3 or L[-3] not in VOWELS or L[-4:-2] == "qu"))


def regular_candidates(lemma, doubled=True, plain=True):
    """Spellings the English inflection rules give: (s3, ed, ing) sets.

    These are the rules the en_US S/D/G suffixes encode (e -> -d/-ing,
    consonant+y -> -ies/-ied, sibilant -> -es) plus what en_US lists as
    separate words: consonant doubling (stopped) and c -> ck (panicked).
    `doubled`/`plain` select the doubled and undoubled variants of a
    word ending in vowel+consonant.
    """
    L = lemma
    last = L[-1]
    s3, ed, ing = set(), set(), set()
    # third person singular
    if L.endswith(("s", "x", "z", "ch", "sh")):
        s3.add(L + "es")
        if doubled and L[-1] in "sz" and doubles(L):
            s3.add(L + last + "es")          # busses, quizzes
    elif last == "y" and len(L) > 1 and L[-2] not in VOWELS:
        s3.add(L[:-1] + "ies")
    elif last == "o":
        s3.update((L + "es", L + "s"))       # goes, echoes; zeros
    else:
        s3.add(L + "s")
    # past / past participle and -ing
    if last == "e":
        ed.add(L + "d")
        if L.endswith("ie"):
            ing.add(L[:-2] + "ying")         # die dying
        elif L.endswith(("ee", "oe", "ye")):
            ing.add(L + "ing")               # seeing, hoeing, dyeing
        else:
            ing.update((L[:-1] + "ing", L + "ing"))  # making; singeing
    elif last == "y" and len(L) > 1 and L[-2] not in VOWELS:
        ed.add(L[:-1] + "ied")
        ing.add(L + "ing")
    elif last == "c":
        ed.update((L + "ked", L + "ed"))     # panicked; arced
        ing.update((L + "king", L + "ing"))
    elif doubles(L):
        if plain:
            ed.add(L + "ed")
            ing.add(L + "ing")
        if doubled:
            ed.add(L + last + "ed")
            ing.add(L + last + "ing")
    else:
        ed.add(L + "ed")
        ing.add(L + "ing")
    return s3, ed, ing


def pp_like(form, lemma):
    """Strong participle shape: -n/-ne/-en ending that the lemma lacks."""
    if not (form.endswith("n") or form.endswith("ne")):
        return False
    return not (lemma.endswith("n") or lemma.endswith("ne"))


def vowel_swap(a, b, va, vb):
    """True if b is a with one letter va replaced by vb (same length)."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 and a[diff[0]] in va and b[diff[0]] in vb


def classify_irregular(lemma, forms, has_regular_past):
    """Assign past / ppast to the irregular (verb.exc) forms of one lemma.

    verb.exc does not say which is which; the rules, in order:
      1. pp-shape: a form ending in -n/-ne/-en (when the lemma does not end
         in n/ne) is a strong past participle: been, gone, done, seen,
         taken, shown, born(e), lain, beaten, proven.
      2. a/u ablaut pair (sing sang sung, shrink shrank shrunk): the a-form
         is the past, the u-form the past participle.
      3. a participle that is another form + doubled consonant + "en"
         (got/gotten, forgot/forgotten, hid/hidden, bit/bitten,
         trod/trodden) makes that shorter form a participle as well as a
         past (the dictionaries give "got or gotten").
      4. remaining forms: if the verb has a distinct participle (1-3) they
         are past only (went, was, were, saw, bore, lay, woke); otherwise
         they are both past and participle (held, met, said, made, sat,
         won, spun), except a u/o->a ablaut of the lemma (run ran,
         come came, become became), which is past only: there the lemma
         itself is the participle.
    Returns (form -> set of tags, extra tags for the lemma form itself).
    """
    tags = {f: set() for f in forms}
    lemma_extra = set()
    pp = {f for f in forms if pp_like(f, lemma)}
    past = set()
    for a in forms:
        for u in forms:
            if a != u and a not in pp and u not in pp \
                    and vowel_swap(a, u, "a", "u"):
                past.add(a)
                pp.add(u)
    for f in pp:
        tags[f].add("ppast")
    for f in forms:
        for p in pp:
            if len(p) == len(f) + 3 and p.startswith(f) \
                    and p[len(f)] == f[-1] and p.endswith("en"):
                tags[f].update(("past", "ppast"))
    rest = [f for f in forms if f not in pp]
    for f in rest:
        tags[f].add("past")
        if not pp and f not in past:
            if vowel_swap(lemma, f, "uo", "a"):
                lemma_extra.add("ppast")
            else:
                tags[f].add("ppast")
    if not rest and not has_regular_past and lemma.endswith(("t", "d")):
        lemma_extra.add("past")   # beat beat beaten
    return tags, lemma_extra


def generate_en(hdir, wdir):
    aff = parse_aff(os.path.join(hdir, "en_US.aff"))
    # every word en_US accepts (stems with their prefix/suffix rules)
    accepted = set()
    for word, flags, _m in parse_dic(os.path.join(hdir, "en_US.dic"), aff):
        for form, _pr, _rules in expand_entry(word, flags, aff):
            accepted.add(form)
    # WordNet verbs accepted by en_US
    verbs = set()
    with open(os.path.join(wdir, "index.verb"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" ") or not line.strip():
                continue
            lemma = line.split(" ", 1)[0]
            if re.fullmatch(r"[a-z]+", lemma) and lemma in accepted:
                verbs.add(lemma)
    exc = defaultdict(set)   # lemma -> forms
    with open(os.path.join(wdir, "verb.exc"), encoding="utf-8") as fh:
        for line in fh:
            p = line.split()
            if len(p) < 2 or not re.fullmatch(r"[a-z]+", p[0]):
                continue
            for lemma in p[1:]:
                if lemma in verbs and p[0] != lemma:
                    exc[lemma].add(p[0])

    rows = defaultdict(set)  # (form, lemma) -> tags

    def add(form, lemma, tags):
        rows[(form, lemma)].update(tags)

    # regular -ed forms of every verb, to spot forms shared with another verb
    reg_ed_of = defaultdict(set)
    for lemma in verbs:
        for f in regular_candidates(lemma)[1]:
            reg_ed_of[f].add(lemma)

    def attested(cands, lemma):
        # in en_US, and not itself another verb's lemma (see -> "seed")
        return {f for f in cands
                if f in accepted and (f not in verbs or f == lemma)}

    has_past = set()
    zero = set()          # verbs whose past and participle are the lemma
    strong = {}           # lemma -> ({irregular form: tags}, lemma extra)
    for lemma in sorted(verbs):
        add(lemma, lemma, ("inf", "pres", "imper"))
        ex = exc.get(lemma, set())
        all_s3, all_ed, all_ing = regular_candidates(lemma)
        # verb.exc forms by shape: no English past ends in -ing, and only
        # "was" (handled with be) ends in -s; -ed forms (also British
        # "dialling"-type doublings: dialled) are past and participle.
        ex_ing = {f for f in ex if f in all_ing or f.endswith("ing")}
        ex_s3 = {f for f in ex if f in all_s3 or f.endswith("s")} - ex_ing
        ex_reg = {f for f in ex if f in all_ed or f.endswith("ed")} \
            - ex_ing - ex_s3
        irregular = sorted(ex - ex_ing - ex_s3 - ex_reg)
        # A one-syllable verb ending in vowel+consonant doubles (hop hopped,
        # never "hoped": that is hope's).
        plain = not (doubles(lemma) and syllables(lemma) == 1)
        s3c, edc, ingc = regular_candidates(lemma, True, plain)
        dbl_ed = (regular_candidates(lemma, True, False)[1]
                  - regular_candidates(lemma, False, True)[1])
        dbl_ing = (regular_candidates(lemma, True, False)[2]
                   - regular_candidates(lemma, False, True)[2])

        for f in attested(s3c, lemma) | ex_s3:
            add(f, lemma, ("pres", "3sg"))
        ing = attested(ingc, lemma) | ex_ing
        for f in ing:
            add(f, lemma, ("ppres",))
        reg_past = attested(edc, lemma)
        if ex & dbl_ing:
            # WordNet lists the doubled forms it knows in verb.exc.  A
            # doubled -ed it leaves out while listing the doubled -ing is
            # not the verb's if the verb is irregular (dig: "digged") or
            # the spelling is another verb's regular past (put: "putted"
            # is putt's); otherwise it is an omission (sled: sledded).
            reg_past = {f for f in reg_past
                        if f not in dbl_ed or f in ex
                        or not (irregular or reg_ed_of[f] - {lemma})}
        if irregular:
            # an irregular verb keeps a regular-looking past only if no
            # other verb spells it regularly (hanged, proved; not sing
            # "singed", which is singe's)
            reg_past = {f for f in reg_past if reg_ed_of[f] <= {lemma}}
        reg_past |= ex_reg
        for f in reg_past:
            add(f, lemma, ("past", "ppast"))
        if reg_past:
            has_past.add(lemma)
        if irregular:
            tags, extra = classify_irregular(lemma, irregular, bool(reg_past))
            for f, t in tags.items():
                add(f, lemma, t)
            if extra:
                add(lemma, lemma, extra)
            strong[lemma] = (tags, extra)
            has_past.add(lemma)
        elif (not reg_past and lemma.endswith(("t", "d")) and ing
              and syllables(lemma) == 1):
            # zero past (put, cut, hit, set, let, shut, spread, read): a
            # one-syllable verb in -t/-d with an -ing form but no past
            # anywhere.  SCOWL lists -ed with -ing for regular verbs, so an
            # -ing without -ed means the past is the bare form; a verb
            # with neither (bard, chord: nouns used as verbs) gets none.
            add(lemma, lemma, ("past", "ppast"))
            zero.add(lemma)
            has_past.add(lemma)

    # Compounds inflect like their last element (broadcast, upset, overeat,
    # breastfeed, rebind): a verb with no past of its own whose ending is a
    # zero-past or irregular verb, after a word or a verbal prefix, takes
    # that verb's past and participle; shortest lemmas first so that
    # rebroadcast sees broadcast.  Inherited forms must be in en_US.
    for lemma in sorted(verbs - has_past, key=lambda w: (len(w), w)):
        for i in range(2, len(lemma) - 2):
            pre, head = lemma[:i], lemma[i:]
            if head not in verbs or not (head in zero or head in strong):
                continue
            if pre not in accepted and pre not in VERB_PREFIXES:
                continue
            if head in zero:
                add(lemma, lemma, ("past", "ppast"))
                zero.add(lemma)
            else:
                tags, extra = strong[head]
                got = {pre + f: t for f, t in tags.items()
                       if pre + f in accepted}
                if not got:
                    continue
                for f, t in got.items():
                    add(f, lemma, t)
                if extra:
                    add(lemma, lemma, extra)
                strong[lemma] = ({f[len(pre):]: t for f, t in got.items()},
                                 extra)
            break

    for lemma, paradigm in AUX.items():
        for form, tags in paradigm:
            # the closed paradigm replaces what the open rules produced
            rows.pop((form, lemma), None)
        for key in [k for k in rows if k[1] == lemma]:
            del rows[key]
        for form, tags in paradigm:
            add(form, lemma, tags.split(","))
    for m in MODALS:
        add(m, m, ("modal",))
    return [(f, l, t) for (f, l), t in rows.items()], len(verbs)


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

TAG_ORDER = ["inf", "pres", "impf", "past", "fut", "cond", "subj",
             "subj_impf", "imper", "ppres", "ppast", "modal",
             "1sg", "2sg", "3sg", "1pl", "2pl", "3pl"]
VOCAB = set(TAG_ORDER)


# evgraph's fold (src/text/fold.cpp) for the letters verb forms use: lower case, marks removed,
# ligatures spelled out. The table is sorted by folded form so evgraph can binary-search it in
# place, without building an index.
SPECIAL_FOLDS = {"œ": "oe", "æ": "ae", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "þ": "th"}


def fold(text):
    text = "".join(SPECIAL_FOLDS.get(c, c) for c in text.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def write_tsv(path, rows, header):
    lines = []
    for form, lemma, tags in rows:
        bad = set(tags) - VOCAB
        if bad:
            raise ValueError("unknown tags %r for %s/%s" % (bad, form, lemma))
        lines.append((fold(form).encode("utf-8"), form.encode("utf-8"), lemma.encode("utf-8"),
                      ",".join(sorted(tags, key=TAG_ORDER.index))))
    lines.sort()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(("# " + header + "\n").encode("utf-8"))
        for key, form, lemma, tags in lines:
            # The folded form, when it differs, so that readers need not fold to look a form up.
            extra = b"\t" + key if key != form else b""
            fh.write(form + b"\t" + lemma + b"\t" + tags.encode("ascii") + extra + b"\n")
    os.replace(tmp, path)
    return len(lines) + 1, os.path.getsize(path)


HEADER = ("form\tlemma\ttags[\tfolded form, when it differs] (tags comma-separated, in this order: inf pres impf past fut "
          "cond subj subj_impf imper ppres ppast modal 1sg 2sg 3sg 1pl 2pl "
          "3pl) -- generated by scripts/generate-verb-forms.py from %s; "
          "see verb-forms.README.md")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hunspell-dir", default="/usr/share/hunspell")
    ap.add_argument("--wordnet-dir", default="/usr/share/wordnet")
    ap.add_argument("--out-dir", default="data/lang")
    ap.add_argument("--lang", choices=("fr", "en", "all"), default="all")
    args = ap.parse_args(argv)
    for need in (["fr.dic", "fr.aff"] if args.lang != "en" else []) + \
            (["en_US.dic", "en_US.aff"] if args.lang != "fr" else []):
        if not os.path.exists(os.path.join(args.hunspell_dir, need)):
            sys.exit("missing %s: apt-get install hunspell-fr-comprehensive "
                     "hunspell-en-us wordnet-base" % need)
    if args.lang != "fr" and not os.path.exists(
            os.path.join(args.wordnet_dir, "verb.exc")):
        sys.exit("missing WordNet: apt-get install wordnet-base")
    if args.lang in ("fr", "all"):
        t0 = time.time()
        rows, n = generate_fr(args.hunspell_dir)
        out = os.path.join(args.out_dir, "fr", "verb-forms.tsv")
        nl, nb = write_tsv(out, rows, HEADER % "hunspell-fr-comprehensive "
                           "(Dicollecte, MPL-2.0)")
        print("%s: %d verbs, %d lines, %d bytes, %.1fs"
              % (out, n, nl, nb, time.time() - t0))
    if args.lang in ("en", "all"):
        t0 = time.time()
        rows, n = generate_en(args.hunspell_dir, args.wordnet_dir)
        out = os.path.join(args.out_dir, "en", "verb-forms.tsv")
        nl, nb = write_tsv(out, rows, HEADER % "hunspell-en-us (SCOWL) and "
                           "WordNet 3.0 (WordNet 3.0 Copyright 2006 by "
                           "Princeton University)")
        print("%s: %d verbs, %d lines, %d bytes, %.1fs"
              % (out, n, nl, nb, time.time() - t0))


if __name__ == "__main__":
    main()
