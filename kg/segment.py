"""Text -> tokens, with jieba and the package's domain dictionary.

The project owns a ``jieba.Tokenizer`` (never the global one) and teaches it
the genre's words: place names at every level down to county, hospital-name
parts, departments, posts, honor heads and awarding organs. With them jieba
keeps 宜宾市/中心/医院 apart instead of reading 宜宾/市中心/医院.

jieba is the reference segmenter. ``KG_SEGMENTER=rjieba`` (``kg build
--segmenter rjieba``) cuts with rjieba, the bindings of jieba-rs over the same
dictionary and words, about 15 times faster; a test holds its extraction of
the sample corpus identical to jieba's. Dictionary look-ups (frequencies,
part-of-speech tags) always use jieba's tables.
"""
from __future__ import annotations

import logging
import os
import tempfile
from functools import cache

from .gazetteer import load_gazetteer
from .lexicon import all_user_words
from .records import Token

PLACE_FREQ = 30000
SEGMENTERS = ("jieba", "rjieba")


def segmenter_name() -> str:
    """The segmenter chosen for this process (``KG_SEGMENTER``, default jieba)."""
    name = os.environ.get("KG_SEGMENTER", "jieba").strip().lower() or "jieba"
    if name not in SEGMENTERS:
        from .errors import UsageError

        raise UsageError(f"KG_SEGMENTER={name!r}: choose one of {', '.join(SEGMENTERS)}")
    return name


def _domain_words():
    yield from all_user_words()
    for form, _ in load_gazetteer().forms(("province", "prefecture", "county")):
        yield form, PLACE_FREQ


def cache_dir() -> str:
    """Where jieba keeps its prefix-dictionary cache (``KG_CACHE_DIR`` or the temp dir)."""
    return os.environ.get("KG_CACHE_DIR") or tempfile.gettempdir()


@cache
def load_tokenizer():
    """The domain tokenizer, built once per process."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = cache_dir()
    tokenizer.initialize()
    for word, freq in _domain_words():
        tokenizer.add_word(word, freq)
    tokenizer.lcut("医院")  # warm-up: builds the DAG caches before the first real article
    return tokenizer


@cache
def word_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words (v, n, ns ...), read once."""
    import jieba

    tags: dict[str, str] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def in_dictionary(word: str) -> bool:
    """Is the word in the segmenter's dictionary (rather than guessed by its HMM)?"""
    return load_tokenizer().FREQ.get(word, 0) > 0


@cache
def _rjieba():
    """rjieba taught the same words as the jieba tokenizer."""
    try:
        import rjieba
    except ImportError:
        from .errors import UsageError

        raise UsageError("KG_SEGMENTER=rjieba needs the rjieba package: pip install 'hospital-kg[fast]'") from None
    segmenter = rjieba.Jieba()
    for word, freq in _domain_words():
        segmenter.add_word(word, freq, None)
    return segmenter


def tokenize(text: str, hmm: bool = True) -> tuple[Token, ...]:
    """Tokens with their offsets into ``text``."""
    if segmenter_name() == "rjieba":
        return tuple(Token(w, s, e) for w, s, e in _rjieba().tokenize(text, "default", hmm))
    return tuple(Token(w, s, e) for w, s, e in load_tokenizer().tokenize(text, HMM=hmm))
