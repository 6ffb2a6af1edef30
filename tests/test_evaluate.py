"""The extractor on the sample corpus, scored by kg evaluate (and by the shared referee when present)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SAMPLE_GOLD, SHARED


def test_sample_corpus_meets_thresholds(sample_build, sample_ttl):
    from kg.evaluate import evaluate

    scores = evaluate(sample_build.graph, SAMPLE_GOLD)
    assert scores["micro"].f1 >= 0.90, scores["micro"]
    low = {k: s.f1 for k, s in scores.items() if s.f1 < 0.80}
    assert not low, low


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval not beside the repo")
def test_kg_evaluate_agrees_with_shared_referee(sample_build, sample_ttl):
    from kg.evaluate import evaluate

    ours = evaluate(sample_build.graph, SAMPLE_GOLD)
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--graph", str(sample_ttl),
                          "--gold", str(SAMPLE_GOLD), "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    for key, s in ours.items():
        assert (s.tp, s.predicted, s.gold) == (theirs[key]["tp"], theirs[key]["predicted"], theirs[key]["gold"]), key


def test_gold_without_files_is_a_clear_error(tmp_path):
    from kg.errors import UsageError
    from kg.evaluate import load_gold

    with pytest.raises(UsageError, match="no gold files"):
        load_gold(tmp_path)


def _scores_of(folder: str) -> dict:
    """kg build of tests/data/FOLDER/corpus, scored against its gold."""
    from conftest import ROOT
    from kg.evaluate import evaluate
    from kg.pipeline import build, raise_error

    data = ROOT / "tests" / "data" / folder
    return evaluate(build([data / "corpus"], on_error=raise_error).graph, data / "gold")


def test_held_out_genre_articles(tmp_path):
    """Articles written for the genre (other provinces, hospitals, honors, organs, Big5 HTML) with their gold."""
    scores = _scores_of("genre")
    assert scores["micro"].f1 >= 0.90, scores["micro"]
    low = {k: s.f1 for k, s in scores.items() if s.f1 < 0.80}
    assert not low, low


def test_probe_articles_keep_their_score():
    """Articles written to find misses (rolls, OCR pages, minority names, aid phrasings, grassroots facilities,
    profiles, commendation notices, mixed formats), mended on: a floor."""
    scores = _scores_of("probes")
    assert scores["micro"].f1 >= 0.92, scores["micro"]
    low = {k: s.f1 for k, s in scores.items() if s.f1 < 0.86}
    assert not low, low
