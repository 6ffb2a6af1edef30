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
from functools import cache, lru_cache
from math import log

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


def word_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words (v, n, ns ...), read once."""
    return _jieba_dictionary()[0]


def general_freq(word: str) -> int:
    """The word's frequency in jieba's own dictionary, before the domain words raised place names
    (合作 13478 is a common word; 合作市's short form alone would read 30000)."""
    return _jieba_dictionary()[1].get(word, 0)


@cache
def _jieba_dictionary() -> tuple[dict[str, str], dict[str, int]]:
    import jieba

    tags: dict[str, str] = {}
    freqs: dict[str, int] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
                freqs[parts[0]] = int(parts[1])
    return tags, freqs


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
    return _tokenize(segmenter_name(), text, hmm)


@lru_cache(maxsize=1 << 15)
def _tokenize(segmenter: str, text: str, hmm: bool) -> tuple[Token, ...]:
    """Segmenting is pure and the same stretches recur (a hospital's name before each of its
    mentions, boilerplate lines across a site's articles), so answers are remembered."""
    if segmenter == "rjieba":
        return tuple(Token(w, s, e) for w, s, e in _rjieba().tokenize(text, "default", hmm))
    if not hmm:
        return tuple(Token(w, s, e) for w, s, e in load_tokenizer().tokenize(text, HMM=False))
    out: list[Token] = []
    pos = 0
    for word in _jieba_words(text):
        out.append(Token(word, pos, pos + len(word)))
        pos += len(word)
    return tuple(out)


def _jieba_words(text: str) -> list[str]:
    """``jieba.Tokenizer.cut(text, HMM=True)``, word for word, with each run of Chinese cut once.

    jieba splits text into runs of Chinese (and Latin letters and digits) and cuts each
    run on its own; the runs of a hospital's name recur, so their cuts are remembered.
    """
    import jieba

    han, skip = jieba.re_han_default, jieba.re_skip_default
    words: list[str] = []
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            words.extend(_cut_run(block))
        else:
            for x in skip.split(block):
                if skip.match(x):
                    words.append(x)
                else:
                    words.extend(x)
    return words


@lru_cache(maxsize=1 << 16)
def _cut_run(run: str) -> tuple[str, ...]:
    """jieba's private ``Tokenizer.__cut_DAG`` on one run: the most probable path through the
    dictionary's words, unknown stretches handed to its HMM (``finalseg``)."""
    freq = load_tokenizer().FREQ
    ends = _best_path(run)
    words: list[str] = []
    buf = ""
    x, n = 0, len(run)
    while x < n:
        y = ends[x] + 1
        if y - x == 1:
            buf += run[x]
        else:
            if buf:
                words.extend(_flush(buf, freq))
                buf = ""
            words.append(run[x:y])
        x = y
    if buf:
        words.extend(_flush(buf, freq))
    return tuple(words)


def _flush(buf: str, freq: dict[str, int]) -> tuple[str, ...]:
    """Single characters jieba collected: one stays, a known word splits, an unknown one goes to the HMM."""
    if len(buf) == 1:
        return (buf,)
    if not freq.get(buf):
        return _hmm_cut(buf)
    return tuple(buf)


@lru_cache(maxsize=1 << 14)
def _hmm_cut(buf: str) -> tuple[str, ...]:
    """jieba's HMM on a stretch of unknown characters (names, mostly: they recur)."""
    from jieba import finalseg

    return tuple(finalseg.cut(buf))


def _best_path(run: str) -> list[int]:
    """For each position, the last index of the word the best path takes there.

    ``Tokenizer.get_DAG`` and ``Tokenizer.calc`` fused into one right-to-left pass, with the
    same arithmetic in the same order (so the same floats) and the same tie-break (the
    longer word wins when two paths score alike).
    """
    tokenizer = load_tokenizer()
    freq = tokenizer.FREQ
    logtotal = log(tokenizer.total)
    n = len(run)
    score: list[float] = [0] * (n + 1)
    ends = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best = best_x = None
        i = k
        frag = run[k]
        while i < n and (f := freq.get(frag)) is not None:  # frag is a word or a word's prefix
            if f:
                s = log(f) - logtotal + score[i + 1]
                if best is None or s >= best:
                    best, best_x = s, i
            i += 1
            frag = run[k:i + 1]
        if best is None:  # no dictionary word starts here: the character alone
            best, best_x = log(freq.get(run[k]) or 1) - logtotal + score[k + 1], k
        score[k], ends[k] = best, best_x
    return ends
