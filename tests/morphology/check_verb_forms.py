#!/usr/bin/env python3
"""Check the generated verb tables data/lang/{fr,en}/verb-forms.tsv.

Run from anywhere: python3 tests/morphology/check_verb_forms.py
Exit status 1 on any failure.  Checks:
  - file format: one `#` header, TAB-separated form/lemma/tags, tags from the
    fixed vocabulary in vocabulary order, lines sorted by (form, lemma) in
    byte order, one line per (form, lemma);
  - ~80 French and ~80 English forms against expected lemma + tags;
  - 75 common English irregular verbs checked by hand: every listed past has
    `past`, every listed participle has `ppast`, and a form listed only as
    past (went) is not tagged `ppast`, one listed only as participle (gone)
    is not tagged `past`;
  - forms that must be absent (French second-person-only forms, inversion
    spellings, imperative+pronoun tokens);
  - when the Debian sources are installed, that regenerating gives
    byte-identical files (skipped otherwise, e.g. without
    hunspell-fr-comprehensive, hunspell-en-us, wordnet-base).
"""

import os
import unicodedata
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data", "lang")
TAGS = ["inf", "pres", "impf", "past", "fut", "cond", "subj", "subj_impf",
        "imper", "ppres", "ppast", "modal",
        "1sg", "2sg", "3sg", "1pl", "2pl", "3pl"]

passed = 0
failed = 0


SPECIAL_FOLDS = {"œ": "oe", "æ": "ae", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "þ": "th"}


def fold(text):
    """evgraph's fold for verb forms: lower case, marks removed (as scripts/generate-verb-forms.py)."""
    text = "".join(SPECIAL_FOLDS.get(c, c) for c in text.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def check(ok, msg):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + msg)


def load(lang):
    path = os.path.join(DATA, lang, "verb-forms.tsv")
    table = {}
    with open(path, "rb") as fh:
        raw = fh.read()
    lines = raw.decode("utf-8").split("\n")
    check(lines[-1] == "", "%s: ends with a newline" % lang)
    lines = lines[:-1]
    check(lines[0].startswith("# form\tlemma\ttags"), "%s: header" % lang)
    check(not any(l.startswith("#") for l in lines[1:]),
          "%s: single header line" % lang)
    keys = []
    bad = 0
    for l in lines[1:]:
        parts = l.split("\t")
        if len(parts) not in (3, 4):
            bad += 1
            continue
        form, lemma, tags = parts[:3]
        # The optional fourth column is the folded form, present exactly when it differs.
        if (len(parts) == 4) != (fold(form) != form) or (len(parts) == 4 and parts[3] != fold(form)):
            bad += 1
        t = tags.split(",")
        if (not t or any(x not in TAGS for x in t)
                or t != sorted(set(t), key=TAGS.index)
                or form != form.lower() or not form or not lemma):
            bad += 1
        keys.append((fold(form).encode("utf-8"), form.encode("utf-8"), lemma.encode("utf-8")))
        table.setdefault(form, {})[lemma] = set(t)
    check(bad == 0, "%s: %d malformed lines" % (lang, bad))
    check(keys == sorted(keys), "%s: sorted by folded form, form, lemma (bytes)" % lang)
    check(len(keys) == len(set(keys)), "%s: unique (form, lemma)" % lang)
    return table


def expect(table, lang, form, lemma, tags):
    got = table.get(form, {}).get(lemma)
    want = set(tags.split(",")) if tags else set()
    check(got is not None and want <= got,
          "%s: %s -> %s %s, got %s" % (lang, form, lemma, tags,
                                       table.get(form)))


def expect_not(table, lang, form, lemma, tag):
    got = table.get(form, {}).get(lemma, set())
    check(tag not in got, "%s: %s -> %s must not be %s (got %s)"
          % (lang, form, lemma, tag, sorted(got)))


def absent(table, lang, form):
    check(form not in table, "%s: %s should be absent, got %s"
          % (lang, form, table.get(form)))


FR = """
fera faire fut,3sg
feraient faire cond,3pl
fait faire ppast
fait faire pres,3sg
faisait faire impf,3sg
fasse faire subj,3sg
fit faire past,3sg
firent faire past,3pl
tiendra tenir fut,3sg
tient tenir pres,3sg
tinrent tenir past,3pl
tenu tenir ppast
aura avoir fut,3sg
avaient avoir impf,3pl
avait avoir impf,3sg
a avoir pres,3sg
ont avoir pres,3pl
eu avoir ppast
eût avoir subj_impf,3sg
promis promettre ppast
permis permettre ppast
remis remettre ppast
mis mettre ppast
confirmée confirmer ppast
perquisitionnée perquisitionner ppast
perquisitionnés perquisitionner ppast
lancée lancer ppast
lancé lancer ppast
démissionner démissionner inf
démissionné démissionner ppast
démissionnera démissionner fut,3sg
rencontré rencontrer ppast
rencontrèrent rencontrer past,3pl
élu élire ppast
élus élire ppast
élire élire inf
mort mourir ppast
morte mourir ppast
meurt mourir pres,3sg
mourut mourir past,3sg
pris prendre ppast
dit dire ppast
disent dire pres,3pl
dirait dire cond,3sg
vu voir ppast
été être ppast
sont être pres,3pl
est être pres,3sg
suis être pres,1sg
suis suivre pres,1sg
fut être past,3sg
fût être subj_impf,3sg
soit être subj,3sg
était être impf,3sg
sera être fut,3sg
serait être cond,3sg
irait aller cond,3sg
ira aller fut,3sg
va aller pres,3sg
vont aller pres,3pl
aille aller subj,3sg
allé aller ppast
viendra venir fut,3sg
venu venir ppast
vint venir past,3sg
peut pouvoir pres,3sg
pourra pouvoir fut,3sg
pu pouvoir ppast
puisse pouvoir subj,3sg
doit devoir pres,3sg
dû devoir ppast
veut vouloir pres,3sg
voudrait vouloir cond,3sg
sait savoir pres,3sg
sache savoir subj,3sg
annonçait annoncer impf,3sg
annonçant annoncer ppres
annoncera annoncer fut,3sg
mangeons manger pres,imper,1pl
aime aimer pres,subj,imper,1sg,3sg
déclare déclarer pres,subj,imper,1sg,3sg
appelle appeler pres,3sg
jette jeter pres,3sg
achète acheter pres,3sg
céda céder past,3sg
enverra envoyer fut,3sg
essaie essayer pres,3sg
finit finir pres,past,3sg
finissait finir impf,3sg
reçu recevoir ppast
né naître ppast
naquit naître past,3sg
ouvert ouvrir ppast
offert offrir ppast
craint craindre ppast
conduit conduire ppast
écrit écrire ppast
lu lire ppast
cru croire ppast
battu battre ppast
vécu vivre ppast
résolu résoudre ppast
"""
FR_ABSENT = ["aimez", "aimes", "as", "es", "aimè", "eussé", "vas-y",
             "aimâtes", "feriez"]

EN = """
met meet past,ppast
meet meet inf,pres
meets meet pres,3sg
meeting meet ppres
held hold past,ppast
holds hold pres,3sg
ran run past
run run inf,pres,ppast
running run ppres
went go past
gone go ppast
goes go pres,3sg
was be past,1sg,3sg
were be past
been be ppast
being be ppres
is be pres,3sg
are be pres
am be pres,1sg
be be inf
has have pres,3sg
had have past,ppast
having have ppres
does do pres,3sg
did do past
done do ppast
contested contest past,ppast
contests contest pres,3sg
stopped stop past,ppast
stopping stop ppres
tried try past,ppast
tries try pres,3sg
trying try ppres
planned plan past,ppast
visited visit past,ppast
referred refer past,ppast
panicked panic past,ppast
confirmed confirm past,ppast
announced announce past,ppast
announcing announce ppres
resigned resign past,ppast
killed kill past,ppast
attacked attack past,ppast
dying die ppres
lying lie ppres
lied lie past,ppast
laid lay past,ppast
hoped hope past,ppast
hopped hop past,ppast
put put past,ppast
cut cut past,ppast
hit hit past,ppast
read read past,ppast
struck strike past,ppast
got get past,ppast
gotten get ppast
proved prove past,ppast
proven prove ppast
showed show past,ppast
shown show ppast
led lead past,ppast
found find past,ppast
found found inf,pres
will will modal
would would modal
shall shall modal
should should modal
can can modal
could could modal
may may modal
might might modal
must must modal
"""
EN_NOT = [("went", "go", "ppast"), ("gone", "go", "past"),
          ("been", "be", "past"), ("was", "be", "ppast"),
          ("were", "be", "ppast"), ("ran", "run", "ppast"),
          ("hoped", "hop", "past"), ("putted", "put", "past"),
          ("singed", "sing", "past"), ("seed", "see", "past")]

# 75 common irregular verbs, checked by hand (Merriam-Webster principal
# parts, American usage): lemma, past forms, past participle forms.
# Forms the sources lack are left out (stricken is not in WordNet's
# verb.exc).
IRREGULAR = """
be was,were been
have had had
do did done
go went gone
say said said
make made made
take took taken
come came come
see saw seen
know knew known
get got got,gotten
give gave given
find found found
think thought thought
tell told told
become became become
leave left left
feel felt felt
bring brought brought
begin began begun
keep kept kept
hold held held
write wrote written
stand stood stood
hear heard heard
let let let
mean meant meant
set set set
meet met met
run ran run
pay paid paid
sit sat sat
speak spoke spoken
lie lay lain
lead led led
grow grew grown
lose lost lost
fall fell fallen
send sent sent
build built built
understand understood understood
draw drew drawn
break broke broken
spend spent spent
cut cut cut
rise rose risen
drive drove driven
buy bought bought
wear wore worn
choose chose chosen
seek sought sought
throw threw thrown
catch caught caught
deal dealt dealt
win won won
forget forgot forgotten,forgot
sell sold sold
fight fought fought
eat ate eaten
teach taught taught
put put put
hit hit hit
shoot shot shot
strike struck struck
fly flew flown
sing sang sung
swim swam swum
steal stole stolen
hide hid hidden,hid
bear bore born,borne
beat beat beaten
bite bit bitten,bit
freeze froze frozen
ride rode ridden
shake shook shaken
"""


def run_expectations(table, lang, spec):
    for line in spec.strip().splitlines():
        form, lemma, tags = line.split()
        expect(table, lang, form, lemma, tags)


def check_irregular(en):
    n = 0
    for line in IRREGULAR.strip().splitlines():
        lemma, pasts, pps = line.split()
        pasts, pps = pasts.split(","), pps.split(",")
        n += 1
        for f in pasts:
            expect(en, "en", f, lemma, "past")
            if f not in pps:
                expect_not(en, "en", f, lemma, "ppast")
        for f in pps:
            expect(en, "en", f, lemma, "ppast")
            if f not in pasts:
                expect_not(en, "en", f, lemma, "past")
    check(n == 75, "75 irregular verbs listed (%d)" % n)


def check_regeneration():
    srcs = ["/usr/share/hunspell/fr.dic", "/usr/share/hunspell/en_US.dic",
            "/usr/share/wordnet/verb.exc"]
    if not all(os.path.exists(s) for s in srcs):
        check(False, "the regeneration check needs the Debian sources (scripts/setup.sh installs "
              "hunspell-fr-comprehensive hunspell-en-us wordnet-base)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(
            [sys.executable,
             os.path.join(ROOT, "scripts", "generate-verb-forms.py"),
             "--out-dir", tmp], capture_output=True, text=True)
        check(r.returncode == 0, "generator runs: " + r.stderr[-500:])
        for lang in ("fr", "en"):
            a = os.path.join(tmp, lang, "verb-forms.tsv")
            b = os.path.join(DATA, lang, "verb-forms.tsv")
            same = (os.path.exists(a)
                    and open(a, "rb").read() == open(b, "rb").read())
            check(same, "%s: committed table equals a fresh generation "
                  "(run python3 scripts/generate-verb-forms.py)" % lang)


def main():
    fr = load("fr")
    en = load("en")
    run_expectations(fr, "fr", FR)
    for f in FR_ABSENT:
        absent(fr, "fr", f)
    run_expectations(en, "en", EN)
    for form, lemma, tag in EN_NOT:
        expect_not(en, "en", form, lemma, tag)
    check_irregular(en)
    if "--no-regen" not in sys.argv:
        check_regeneration()
    print("verb-forms: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
