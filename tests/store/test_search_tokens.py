"""Names are indexed with the pinyin pypinyin gives them, phrases included."""

from __future__ import annotations

import pytest
from pypinyin import Style, lazy_pinyin

from stationdesk.store.search_index import name_tokens


@pytest.mark.parametrize("name", ["张伟", "单雄信", "曾参", "解放", "重庆生", "乐长和", "区行"])
def test_a_name_reads_as_pypinyin_reads_it(name: str):
    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    assert name_tokens(name) == ("".join(syllables), "".join(s[0] for s in syllables))
