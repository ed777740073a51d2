"""The blind development corpus through the real build, scored by the shared scorer.

The floors are the scores measured when the corpus was stored, less a small margin: a change
that loses recall or precision on text written by people who never saw the code fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/eval/dev"
SCORER = ROOT.parent / "shared/eval/score.py"

# measured on 2026-12-02 (third session, 82 articles): P 0.72, R 0.37, must-not broken 12;
# with sets l and m joined (94 articles, fourth session's start): P 0.72, R 0.38, must-not 13;
# 112 articles (sets n-p joined) after the fourth session's rules: P 0.73, R 0.41, must-not 15;
# 142 articles (sets q-u joined, fifth session): P 0.74 R 0.42 must-not 17 at its start, after its
# rules P 0.74 R 0.44 must-not 17 (F1 0.56); with the held-out v-w joined (154 articles, sixth
# session's start): P 0.75 R 0.45 must-not 19; with the sixth session's held-out x-z joined (172
# articles) before its rules: P 0.75 R 0.45 must-not 21; after them P 0.76 R 0.47 must-not 22;
# with the held-out aa-ab and the seventh session's held-out ac-ae joined (202 articles) before
# its rules: P 0.75 R 0.47 must-not 24 (829 true, 273 spurious); after them P 0.75 R 0.48
# must-not 24 (851 true, 280 spurious); with the held-out af-ag joined (214 articles, eighth
# session's start): P 0.75 R 0.47 must-not 26; with its fresh held-out ah-aj too (232 articles,
# 942 true, 313 spurious): P 0.75 R 0.47 must-not 26; after the eighth session's rules P 0.75
# R 0.48 must-not 21 (962 true, 316 spurious); with the held-out ak-al joined (244 articles, ninth
# session's start): P 0.74 R 0.47 must-not 23 (981 true, 336 spurious); with its fresh held-out
# am-ao too (262 articles, 1038 true, 365 spurious): P 0.74 R 0.47 must-not 26; after the ninth
# session's rules and gazetteer rows P 0.76 R 0.48 must-not 24 (1068 true, 342 spurious); with
# the held-out ap-aq joined (274 articles, tenth session's start): P 0.76 R 0.47 must-not 25
# (1096 true, 349 spurious); with the tenth session's fresh held-out ar-at too (292 articles):
# P 0.75 R 0.47 must-not 30 (1138 true, 375 spurious); after the tenth session's rules P 0.76
# R 0.47 must-not 26 (1158 true, 365 spurious); with the held-out au-av joined (304 articles,
# eleventh session's start): P 0.76 R 0.47 must-not 33 (1206 true, 384 spurious); with its fresh
# held-out aw-ay too (322 articles): P 0.75 R 0.47 must-not 34 (1282 true, 417 spurious); after
# the eleventh session's rules P 0.76 R 0.48 must-not 34 (1305 true, 417 spurious); with the
# held-out az-ba joined (334 articles, twelfth session's start): P 0.76 R 0.47 must-not 34 (1341
# true, 430 spurious); with its fresh held-out bb-bd too (352 articles): P 0.75 R 0.47 must-not
# 36 (1422 true, 462 spurious); after the twelfth session's rules P 0.77 R 0.48 must-not 37
# (1441 true, 439 spurious; the one more is an annotator's reading of an interception, see
# the session's note); with the held-out be-bf joined (364 articles, thirteenth session's start):
# P 0.76 R 0.48 must-not 39 (1518 true, 468 spurious); after the thirteenth session's rules
# P 0.77 R 0.49 must-not 39 (1557 true, 460 spurious); with its fresh held-out bg-bi joined (382
# articles): P 0.77 R 0.49 must-not 40 (1639 true, 481 spurious); after the session's last rules
# P 0.78 R 0.49 must-not 39 (1639 true, 475 spurious); with the held-out bj-bk joined (394
# articles, fourteenth session's start): P 0.77 R 0.48 must-not 41 (1692 true, 498 spurious);
# with its fresh held-out bl-bn too (412 articles): P 0.77 R 0.47 must-not 42 (1796 true, 540
# spurious); after the fourteenth session's rules and knowledge P 0.77 R 0.49 must-not 40 (1874
# true, 567 spurious); with the held-out bo-bp joined (424 articles, fifteenth session's start):
# P 0.77 R 0.48 must-not 40 (1943 true, 592 spurious); with its fresh held-out bq-bs too (442
# articles): P 0.76 R 0.47 must-not 46 (2003 true, 617 spurious); after the session's first rules
# P 0.76 R 0.48 must-not 43 (2029 true, 628 spurious); after its last rules P 0.77 R 0.48
# must-not 43 (2046 true, 621 spurious); with the held-out bt-bu joined (454 articles, sixteenth
# session's start): P 0.77 R 0.48 must-not 46 (2093 true, 637 spurious); with its fresh held-out
# bv-bx too (472 articles): P 0.77 R 0.48 must-not 47 (2166 true, 656 spurious); after the
# session's rules P 0.79 R 0.49 must-not 39 (2210 true, 595 spurious); with the held-out by-bz
# joined (484 articles, seventeenth session's start): P 0.79 R 0.48 must-not 40 (2253 true, 605
# spurious); with its fresh held-out ca-cc too (502 articles): P 0.79 R 0.48 must-not 41 (2313
# true, 628 spurious); after the session's rules P 0.79 R 0.49 must-not 41 (2345 true, 616
# spurious); with the held-out cd-ce joined (514 articles, eighteenth session's start): P 0.79
# R 0.49 must-not 43 (2383 true, 625 spurious); with its fresh held-out cf-ch too (532 articles):
# P 0.79 R 0.48 must-not 43 (2450 true, 639 spurious); after the session's rules P 0.80 R 0.49
# must-not 43 (2481 true, 638 spurious); with the held-out ci-cj joined (544 articles, nineteenth
# session's start): P 0.80 R 0.49 must-not 45 (2523 true, 648 spurious); with its fresh held-out
# ck-cm too (562 articles): P 0.79 R 0.48 must-not 46 (2574 true, 673 spurious); after the
# session's rules P 0.80 R 0.49 must-not 47 (2623 true, 669 spurious; the one more is the OAS,
# recognised in its British spelling, condemning the army of a coup, which rolls up to its state);
# with the held-out cn-cq joined (586 articles, twentieth session's start): P 0.79 R 0.47 must-not
# 50 (2708 true, 704 spurious); with its fresh held-out cr-ct too (604 articles): P 0.80 R 0.47
# must-not 53 (2786 true, 718 spurious); after the session's rules P 0.80 R 0.48 must-not 52 (2856
# true, 717 spurious); with the held-out cu-cv joined (616 articles, twenty-first session's start):
# P 0.80 R 0.47 must-not 52 (2906 true, 723 spurious); with its fresh held-out cw-cy too (634
# articles): P 0.80 R 0.47 must-not 52 (2990 true, 744 spurious); after the session's rules
# P 0.80 R 0.48 must-not 52 (3037 true, 745 spurious); with the held-out cz-da joined (646 articles,
# twenty-second session's start): P 0.80 R 0.48 must-not 53 (3099 true, 767 spurious); with its
# fresh held-out db-dd too (664 articles): P 0.80 R 0.47 must-not 58 (3173 true, 809 spurious);
# after the session's rules P 0.80 R 0.47 must-not 56 (3177 true, 797 spurious); with the held-out
# de-df joined (676 articles, twenty-third session's start): P 0.80 R 0.47 must-not 56 (3219 true,
# 818 spurious); with its fresh held-out dg-di too (694 articles): P 0.80 R 0.47 must-not 58 (3291
# true, 846 spurious); after the session's rules P 0.80 R 0.47 must-not 58 (3302 true, 841
# spurious); with the held-out dj-dk joined (706 articles, twenty-fourth session's start): P 0.79
# R 0.46 must-not 60 (3342 true, 869 spurious); with its fresh held-out dl-dn too (724 articles,
# after the session's first rules): P 0.79 R 0.46 must-not 67 (3399 true, 895 spurious); after
# the session's rules P 0.79 R 0.46 must-not 63 (3400 true, 891 spurious); with the held-out do-dp
# joined (736 articles, twenty-fifth session's start): P 0.79 R 0.46 must-not 64 (3425 true, 902
# spurious); with its fresh held-out dq-ds too (754 articles, after the session's rules): P 0.79
# R 0.46 must-not 63 (3486 true, 926 spurious); with the held-out dt-du joined (766 articles,
# twenty-sixth session's start): P 0.79 R 0.46 must-not 64 (3517 true, 948 spurious); after
# the session's rules P 0.79 R 0.46 must-not 63 (3545 true, 942 spurious); with its fresh
# held-out dv-dx too (784 articles): P 0.79 R 0.46 must-not 64 (3602 true, 959 spurious); with
# the held-out dy-dz joined (796 articles, twenty-seventh session's start): P 0.79 R 0.45
# must-not 65 (3631 true, 972 spurious); after the session's rules P 0.79 R 0.45 must-not 65
# (3641 true, 971 spurious); with its fresh held-out ea-ec too (814 articles): P 0.79 R 0.45
# must-not 66 (3676 true, 987 spurious); with the held-out ed-ee joined (826 articles,
# twenty-eighth session's start): P 0.79 R 0.45 must-not 68 (3695 true, 1005 spurious); after
# the session's rules P 0.79 R 0.45 must-not 68 (3719 true, 1002 spurious); with its fresh
# held-out ef-eh too (844 articles): P 0.79 R 0.45 must-not 69 (3760 true, 1027 spurious);
# with the held-out ei-ej joined (856 articles, twenty-ninth session's start): P 0.78 R 0.44
# must-not 70 (3783 true, 1044 spurious); after the session's rules P 0.78 R 0.45 must-not 70
# (3793 true, 1049 spurious); with its fresh held-out ek-em too (874 articles): P 0.78 R 0.44
# must-not 71 (3852 true, 1079 spurious)
FLOOR = {"precision": 0.72, "recall": 0.44}
MAX_MUST_NOT = 71


def score(
    *options: str, docs: Path = CORPUS / "docs", gold: Path = CORPUS / "gold.json", **env: str
) -> dict[str, Any]:
    """The shared scorer's JSON on a corpus (the blind one unless told), built by this
    project's command line."""
    corpus = ["--docs", str(docs), "--gold", str(gold)]
    r = subprocess.run(
        [sys.executable, str(SCORER), *corpus, "--json", *options],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "ALLEGIANCE_CMD": str(Path(sys.executable).parent / "allegiance"),
            **env,
        },
        timeout=1500,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    result: dict[str, Any] = json.loads(r.stdout)
    return result


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_the_seed_articles_stay_exact() -> None:
    """The two articles the product was specified from: every required claim found, nothing
    spurious, no must-not broken (a new lexicon word once judged "assault rifles")."""
    relations = score(docs=ROOT / "seeds", gold=SCORER.parent / "seeds.gold.json")["relations"]
    assert (relations["precision"], relations["recall"]) == (1.0, 1.0), relations.get("report")
    assert relations["must_not_broken"] == 0


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_blind_development_corpus_scores_above_its_floor() -> None:
    result = score()
    relations = result["relations"]
    assert result["docs"] == 874
    for measure, floor in FLOOR.items():
        assert relations[measure] >= floor, (measure, relations[measure], relations["per_relation"])
    assert relations["must_not_broken"] <= MAX_MUST_NOT


# measured on 2026-12-02 (third session, 82 articles) after `make calibrate`, in sample with the
# scorer's --min-confidence 0.8: P 0.895 R 0.25 (cross-validated by make calibrate: P 0.85 R 0.26).
# The target is 0.9; the floor guards against a stale calibration, it does not claim it.
# Refitted on 142 articles at the end of the fifth session: in sample P 0.86 R 0.35;
# cross-validated P 0.82 R 0.33 (the curve's steps move between refits: P 0.92 R 0.18 earlier).
# Refitted on 172 articles at the end of the sixth session: in sample P 0.88 R 0.34 (scorer);
# cross-validated P 0.835 R 0.366. Refitted on 202 articles after the seventh session's rules:
# in sample P 0.884 R 0.340, cross-validated P 0.841 R 0.359. Refitted on 232 articles after the
# eighth session's rules: in sample (scorer) P 0.86 R 0.40, cross-validated P 0.845 R 0.376.
# Refitted on 262 articles after the ninth session's rules: in sample (scorer) P 0.87 R 0.39,
# cross-validated P 0.858 R 0.344. Refitted on 292 articles after the tenth session's rules: in
# sample (scorer) P 0.88 R 0.34, cross-validated P 0.866 R 0.304. Refitted on 322 articles after
# the eleventh session's rules: in sample (scorer) P 0.88 R 0.35, cross-validated P 0.855 R 0.332.
# Refitted on 352 articles after the twelfth session's rules: in sample (scorer) P 0.88 R 0.36,
# cross-validated P 0.857 R 0.338. Refitted on 382 articles after the thirteenth session's rules:
# in sample (scorer) P 0.88 R 0.39, cross-validated P 0.876 R 0.352; refitted once more after its
# last rules: cross-validated P 0.876 R 0.349 (in sample, make calibrate's own count: P 0.873
# R 0.403). Refitted on 412 articles after the fourteenth session's rules: cross-validated
# P 0.881 R 0.352 (in sample, make calibrate's count P 0.893 R 0.367; the scorer P 0.89 R 0.37).
# Refitted on 442 articles after the fifteenth session's rules: cross-validated P 0.877 R 0.360
# (in sample, make calibrate's count P 0.893 R 0.371; the scorer P 0.89 R 0.37). Refitted on 472
# articles after the sixteenth session's first rules: cross-validated P 0.876 R 0.361 (in
# sample, make calibrate's count P 0.885 R 0.392); refitted after its last rules: cross-validated
# P 0.869 R 0.392 (in sample, make calibrate's count P 0.888 R 0.398; the scorer P 0.89 R 0.40).
# Refitted on 502 articles after the seventeenth session's rules: cross-validated P 0.872 R 0.392
# (in sample, make calibrate's count P 0.899 R 0.385; the scorer P 0.90 R 0.39). Refitted on 532
# articles after the eighteenth session's rules: cross-validated P 0.875 R 0.399 (in sample,
# make calibrate's count P 0.877 R 0.429; the scorer P 0.88 R 0.43); after its last rules
# cross-validated P 0.883 R 0.376 (in sample P 0.875 R 0.432; the scorer P 0.87 R 0.43).
# Refitted on 562 articles after the nineteenth session's rules: cross-validated P 0.883 R 0.371
# (in sample, make calibrate's count P 0.900 R 0.379; the scorer P 0.90 R 0.38); after its last
# rules cross-validated P 0.894 R 0.351 (in sample P 0.879 R 0.419; the scorer P 0.88 R 0.42).
# Refitted on 604 articles after the twentieth session's rules: cross-validated P 0.866 R 0.407
# (in sample P 0.877 R 0.412); after its last rules cross-validated P 0.867 R 0.397 (in sample
# P 0.876 R 0.418). Refitted on 634 articles after the twenty-first session's rules: cross-validated
# P 0.872 R 0.408 (in sample P 0.875 R 0.425). Refitted on 664 articles after the twenty-second
# session's rules: cross-validated P 0.874 R 0.384 (in sample P 0.876 R 0.418). Refitted on 694
# articles after the twenty-third session's rules: cross-validated P 0.871 R 0.383 (in sample
# P 0.879 R 0.396). Refitted on 724 articles after the twenty-fourth session's rules:
# cross-validated P 0.863 R 0.383 (in sample P 0.871 R 0.402). Refitted on 754 articles after
# the twenty-fifth session's rules: cross-validated P 0.867 R 0.367 (in sample P 0.872 R 0.392).
# Refitted on 784 articles after the twenty-sixth session's rules: cross-validated P 0.870
# R 0.359 (in sample P 0.866 R 0.392). Refitted on 814 articles after the twenty-seventh
# session's rules: cross-validated P 0.873 R 0.353 (in sample P 0.877 R 0.357). Refitted on 844
# articles after the twenty-eighth session's rules: cross-validated P 0.871 R 0.340 (in sample
# P 0.869 R 0.368). Refitted on 874 articles after the twenty-ninth session's rules:
# cross-validated P 0.872 R 0.339 (in sample P 0.867 R 0.375)
CALIBRATED = {"precision": 0.85, "recall": 0.28}


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the project")
def test_claims_of_confidence_at_least_0_8_are_nine_in_ten_right() -> None:
    """The calibration in graph/data/calibration/ still fits the rules: after a rule change,
    `make calibrate` refits it and this holds again."""
    # what is measured is the claims' confidence; the build's SHACL report is the test above's
    relations = score("--min-confidence", "0.8", ALLEGIANCE_VALIDATE="0")["relations"]
    for measure, floor in CALIBRATED.items():
        assert relations[measure] >= floor, (measure, relations[measure], relations["per_relation"])
