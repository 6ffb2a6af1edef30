"""Text -> tokens, with jieba and the package's domain dictionary.

The project owns a ``jieba.Tokenizer`` (never the global one) and teaches it
the genre's words: place names at every level down to county, hospital-name
parts, departments, posts, honor heads and awarding organs. With them jieba
keeps 攀枝花市/中心/医院 apart instead of reading 攀枝花/市中心/医院.
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
    for word, freq in all_user_words():
        tokenizer.add_word(word, freq)
    for form, division in load_gazetteer().forms(("province", "prefecture", "county")):
        tokenizer.add_word(form, PLACE_FREQ)
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


def tokenize(text: str, hmm: bool = True) -> tuple[Token, ...]:
    """Tokens with their offsets into ``text``."""
    return tuple(Token(w, s, e) for w, s, e in load_tokenizer().tokenize(text, HMM=hmm))
