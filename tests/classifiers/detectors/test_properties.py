"""Property tests: any valid number is found wherever it sits; a wrong check digit never is."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.detectors._scan import luhn_ok, valid_id
from samples.fake import AREA_CODES, id_check_digit, luhn_digit

from helpers_detectors import make_doc

CJK = st.text(alphabet=st.sampled_from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。：；（）、"), max_size=30)
SEP = st.sampled_from(["", " ", "：", "，", "（", "\n"])


@st.composite
def ids(draw):
    born = draw(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2020, 12, 31)))
    first = draw(st.sampled_from(AREA_CODES)) + born.strftime("%Y%m%d") + f"{draw(st.integers(0, 999)):03d}"
    return first + id_check_digit(first)


@settings(max_examples=150, deadline=None)
@given(before=CJK, after=CJK, s1=SEP, s2=SEP, idn=ids())
def test_every_valid_id_is_found_and_masked(run_check, before, after, s1, s2, idn):
    text = before + s1 + idn + s2 + after
    found = [f for f in run_check("id_card", make_doc(text)) if f.evidence == idn[:6] + "********" + idn[-4:]]
    # found unless a trap label stands right before it (准考证号, 编号 …) — then scored down on purpose
    # issue 12: the label model decides what a label names (a thing's head: 群, 编号, 准考证 …)
    from classifiers.detectors._label import read_label

    text = before + s1
    lab = read_label(text, len(text), 24)
    trap = lab.meaning == "thing" or (lab.meaning == "person" and lab.names not in (None, "id_card", "address", "email", "wechat", "plate"))
    amount = (s2 + after)[:6].lstrip().startswith(("元", "万", "亿", "美元"))  # 640502…元 is an amount
    assert found or trap or amount
    assert all(idn not in repr(f.to_dict()) for f in found)


@settings(max_examples=150, deadline=None)
@given(before=CJK, idn=ids(), delta=st.integers(1, 10))
def test_a_wrong_check_character_is_never_an_id(run_check, before, idn, delta):
    chars = "0123456789X"
    bad = idn[:17] + chars[(chars.index(idn[17]) + delta) % 11]
    assert not valid_id(bad)
    assert run_check("id_card", make_doc(before + "身份证号" + bad)) == []


@settings(max_examples=100, deadline=None)
@given(body=st.text(alphabet="0123456789", min_size=15, max_size=18))
def test_luhn_digit_makes_a_luhn_number(body):
    assert luhn_ok(body + luhn_digit(body))
