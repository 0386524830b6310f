"""The "before use" state read off dates: the document's own date against the dates of the events it names.

A notice dated 8 October that gives the tasks and scoring of a competition held on 8 November describes
them before use, though no word says so. ``document_date`` reads the document's date (成文日期, else the
印发 date, else a date standing alone on a line); ``timeline`` finds each date in the text with the event
it belongs to (``11月8日在市技师学院举行``, ``定于6月13日开考``, ``拟于7月下旬公布``, ``考试时间：3月21日``)
and the kinds of that event (exam, release, inspection, review) from the words of its sentence. A matter
whose ``state_evidence`` holds ``later_event`` takes an event of one of its ``events`` kinds that is later
than the document as its state, and says so: ``文件日期 2026-10-08 早于 考试日期 2026-11-08``.

A date without a year takes the document's year (or the next, for a January–March date in a notice of
October–December that does not speak of the past: a December notice about a January exam); a month without a day, or 上旬/中旬/下旬, takes the
earliest day it can mean, so an event is "later" only when it certainly is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CN = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"(?:((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*)?"
#: a date: [year] month (day | part of the month | nothing)
DATE_RX = re.compile(_YEAR + rf"({_NUM})\s*月\s*(?:({_NUM})\s*[日号]|(上旬|中旬|下旬|初|底|末|中))?")
_STANDALONE = re.compile(r"^\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:" + _NUM + r")\s*月\s*(?:" + _NUM + r")\s*日\s*(?:印发)?\s*$")
_PRINTED = re.compile(r"((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(" + _NUM + r")\s*月\s*(" + _NUM + r")\s*日\s*印发")
#: a 简报's masthead: the compiling office, then the date at the line's end (市人社局办公室编　　2025年4月14日)
_MASTHEAD = re.compile(r"编(?:印|发)?[\s\u3000]+((?:19|20)\d{2})\s*年\s*(" + _NUM + r")\s*月\s*(" + _NUM + r")\s*日\s*$", re.M)
_PART_DAY = {"上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21, "底": 21, "末": 21}

#: what happens on the date: the verb after it (or a 时间/日期 label before it) makes it an event's date
#: after the date: perhaps the end of a range (至27日), then a short run or a place (在市实训基地), then the verb
_EVENT_VERB = re.compile(
    r"^(?:\s*[至到—–\-~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])?(?:\s*[（(](?:星期|周|礼拜)[一二三四五六日天][）)])?"
    # a time of day (上午9时, 14:30, 下午3点半) before the place or the verb: 定于9月12日上午9时在…召开评审会
    r"(?:\s*(?:上午|下午|晚上|早上|中午|晚|早)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\s*\d{1,2}\s*分|半|整)?))?"
    # or, after a comma, a clause that reports it done (10月20日至24日，我局组织检查组对…开展了飞行检查)
    r"(?:\s*[，,][^。；;！？\n]{0,60}?(?:开展了|进行了|组织了|完成了|实施了)[^，,。；;！？\n]{0,6}?(?=[^，,。；;！？\n]{0,8}(?:检查|督查|督导|抽查|核查|暗访|巡查|评审|评估|考试|鉴定)))?"
    r"(?:[^，,。；;！？\n]{0,14}?|(?:由[^，,。；;！？\n]{0,12}?)?\s*在[^，,。；;！？\n]{0,24}?|[^，,。；;！？\n]{0,28}?(?=(?:对外|统一|正式)(?:发布|公布)))(?:举行|进行|开考|开赛|开幕|启动|开始|举办|召开|开展|组织|实施|启用|使用|面试|笔试|考试|考核|比赛|竞赛|"
    r"评审|答辩|鉴定|认定|送抵|运抵|押运|公布|发布|公示|通报|对外|统一发布|统一公布|正式发布|正式公布|进驻|入驻|检查|督查|督导|抽查|核查|暗访|执法)")
#: a deadline for papers (9月20日前报送, 10月底以前完成): the day by which something is sent or done, not an event's
#: day (成绩于7月10日前公布 still dates a release)
DEADLINE = re.compile(r"\s*(?:[至到—–\-~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])?\s*(?:以前|之前|前)\s*"
                       r"(?:将[^，,。；;\n]{0,12}?)?(?:报送|提交|上报|报至|报|送达|送交|交|完成|反馈|汇总|寄送|办结|录入|上传)")
_LABEL_BEFORE = re.compile(r"(?:时间|日期)\s*(?:为|是|定为|暂定|暂定为|拟定为|安排在|安排为|[:：])?\s*$")
#: the first cell of a table row as ``table_passages`` reads one (批次、9月16日、…): short, closed by 、
_FIRST_CELL = re.compile(r"[^、，,。：:；;\s]{1,8}、")
#: a column header that names a day, not a deadline (考核日期, 验收时间, 计划督导时间, 检查时段)
_DAY_HEADER = re.compile(r"日期|时间|时段|日程|周次|场次")
_DEADLINE_HEADER = re.compile(r"时限|期限|截止|以前|之前|前$")
#: a table's header row holds one of them (and no date)
_HEADER_WORD = re.compile(_DAY_HEADER.pattern + "|" + _DEADLINE_HEADER.pattern)


def _cell_kinds(header: str, column: int) -> frozenset[str]:
    """The event a date in column ``column`` of a table row dates, by the table's header row (cells split by 、, after
    its caption's colon): the header cell's own words and the caption's, when the header names a day, not a deadline."""
    caption, _, cells = header.rpartition("：") if "：" in header else header.rpartition(":")
    cells = cells.rstrip("；;。\n").split("、")
    if column >= len(cells):
        return frozenset()
    cell = cells[column]
    if not _DAY_HEADER.search(cell) or _DEADLINE_HEADER.search(cell):
        return frozenset()
    return _kinds(cell) | _kinds(caption)


#: a date the clause before it schedules (抽查安排在10月23日, 核查放在3月第四周, 定于…): the sentence's event is on that day
_SCHEDULED_BEFORE = re.compile(r"(?:安排在|安排于|放在|定在|定于|拟于|拟在|将于|将在|计划于|计划在|预计于|预计在|暂定于|暂定在|"
                               r"初定于|初定在|确定在|确定于|选在|改在|改于)\s*$")
#: the issuing body as the one that schedules (我局定于, 局里安排在, 我们计划于)
_OWN_AGENT = re.compile(r"(?:我局|本局|我中心|本中心|我厅|我处|我科|局里|我们|市局|县局|区局)[^，,]{0,4}$")
#: where a clause begins, for the words of the clause before a date
_CLAUSE_HEAD = re.compile(r"[，,：:；;。]")
#: an action reported as done (召开会议，通报了…; not 为了, 除了, 了解)
_DONE = re.compile(r"(?<![为除])了(?!解)")
#: a label naming the event itself (面试考评：9月13日, （四）笔试：9月6日上午): the label's words give its kinds
_EVENT_LABEL = re.compile(r"([\u4e00-\u9fff]{1,10})\s*[:：]\s*$")
#: a date opening its sentence or numbered item, a comma after it (10月下旬，评选委员会对…进行集中评审): the sentence's event
_OPENING = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*(?:[\u4e00-\u9fff]{1,12}\s*)?)?$")
#: a date given in brackets to pin a relative time down (下个星期（5月12日至16日）局里要…回访): the sentence's event
_BRACKETED = re.compile(r"(?:本周|下周|下个?星期|下个?礼拜|本月|下个?月|近期|近日|月底|月初|第[一二三四五六\d]周|节后|节前)\s*[（(]\s*$"
                        # or after 即 (核查放在3月第四周，即3月24日至28日)
                        r"|(?:周|星期|礼拜|旬|月底|月初|月末)\s*[，,]?\s*(?:即|也就是|亦即)\s*$")
#: a row of a plain-text table (an OA export: cells split by ｜, | or tabs)
_ROW = re.compile(r"[｜|\t][^\n]*[｜|\t]")
_PAST = re.compile(r"已经?|曾|此前|去年|上年|前期|原定")
_SENT = re.compile(r"[^。；;！？!?\n]*[。；;！？!?\n]?")

#: the kinds of event by the words of its sentence
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "exam": ("考试", "开考", "笔试", "面试", "考核", "比赛", "竞赛", "大赛", "赛项", "开赛", "鉴定", "测试", "答辩",
             "测评", "启用", "考评", "试题", "题本", "等级认定", "技能评价", "试卷", "押运", "决赛", "初赛", "复赛", "路演"),
    "release": ("公布", "发布", "公示", "通报", "对外", "公开"),
    "inspection": ("进驻", "入驻", "检查", "督查", "督导", "抽查", "核查", "暗访", "巡查", "执法", "稽核", "稽查", "核实", "蹲点",
                   # a visit back to the people or places helped (回访, 回头看), a visit to homes (入户, 走访)
                   "回访", "回头看", "走访", "入户", "查访", "排查"),
    "review": ("评审", "评议", "评选", "答辩", "评标", "评估", "复评", "初评", "终评", "初审", "现场考察", "实地考察",
               # a project's acceptance by an expert group (验收), a ranking of candidates (评比, 评定)
               "验收", "评比", "评定"),
}
KIND_NAMES = {"exam": "考试日期", "release": "公布日期", "inspection": "检查日期", "review": "评审日期"}
#: the document publishes itself: its figures are not "before release" though it names a later release
SELF_RELEASE = re.compile(r"现予(?:以)?(?:公布|发布|公示|公告)|现(?:将|把)[^。；\n]{0,30}?(?:公布|发布|公示|公告)如下|特此公告|予以公布|予以发布|现发布"
                          # 现将评审结果予以公示: the document is the 公示 (a plan to publicise later is 拟/将…予以公示)
                          r"|现(?:将|把)[^。；\n]{0,30}?予以(?:公示|公告)"
                          # its own period of publicity (公示时间：10月27日至31日; 公示期为5个工作日)
                          r"|公示(?:时间|期|期限)\s*(?:为|[:：])\s*(?:\d|自|从)")


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event in the text: when, which kinds, and where its date stands."""

    when: date
    kinds: frozenset[str]
    start: int
    end: int
    said: str  # the date as written


def _n(s: str) -> int:
    if s.isdigit():
        return int(s)
    if all(c in _CN for c in s) and len(s) >= 2 and "十" not in s:  # 二〇二六
        return int("".join(str(_CN[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN.get(a, 1) if a else 1) * 10 + (_CN.get(b, 0) if b else 0)
    return _CN.get(s, 0)


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(s: str) -> date | None:
    """``2026年10月8日`` / ``二〇二六年十月八日`` → a date; anything else → None."""
    m = DATE_RX.search(s or "")
    if not m or not m.group(1) or not m.group(3):
        return None
    return _make(_n(m.group(1)), _n(m.group(2)), _n(m.group(3)))


def document_date(doc) -> date | None:
    """The document's own date: the 成文日期, else the 印发 date, else the last date standing alone on a line, else a
    简报's masthead date."""
    f = doc.fields
    got = parse_date(f.date or "")
    if got:
        return got
    m = _PRINTED.search(f.printer or "")
    if m:
        got = _make(_n(m.group(1)), _n(m.group(2)), _n(m.group(3)))
        if got:
            return got
    for b in reversed(doc.blocks):
        if b.visible and _STANDALONE.match(b.text or ""):
            got = parse_date(b.text)
            if got:
                return got
    for b in doc.blocks[:8]:  # a 简报 carries no 成文日期: its date stands in the masthead
        m = _MASTHEAD.search(b.text or "") if b.visible and "编" in (b.text or "") else None
        if m:
            got = _make(_n(m.group(1)), _n(m.group(2)), _n(m.group(3)))
            if got:
                return got
    return None


def _kinds(sentence: str) -> frozenset[str]:
    return frozenset(k for k, words in EVENT_KINDS.items() if any(w in sentence for w in words))


#: a bare time label (一、会议时间：, 时间：): whose event the sentence does not say, the title does (…评审会议的通知)
_BARE_LABEL = re.compile(r"(?:^|[、：:\s（(）)．.])(?:会议|活动|召开|举办|举行)?(?:时间|日期)\s*(?:为|是|定为|暂定为?|安排在)?\s*[:：]?\s*$")


def title_kinds(title: str) -> frozenset[str]:
    """The kinds of event a document's title names (关于召开…职称评审会议的通知 → review): what a bare ``会议时间：``
    in its body dates."""
    return _kinds(title or "")


def timeline(text: str, when: date, fallback: frozenset[str] = frozenset()) -> list[Event]:
    """Every dated event in ``text`` (dates without a year read against the document's date ``when``). A date under a
    bare time label whose sentence names no event takes ``fallback`` (``title_kinds``) as its kinds."""
    out: list[Event] = []
    plain: list[str] = []  # the last few sentences that are no table row: a table's caption among them
    header: str | None = None  # the header row of the table (read as a passage) the sentence is in
    for sm in _SENT.finditer(text):
        sent = sm.group(0)
        row = _ROW.search(sent) is not None
        if sent.count("、") < 3:
            header = None  # the rows of a table read as a passage follow one another: a sentence that is none ends it
        elif _HEADER_WORD.search(sent) and not DATE_RX.search(sent):
            header = sent  # its header row (…安排表：序号、评价机构、考核日期、…)
        if not row:
            plain = plain[-4:] + [sent]
        if not sent or ("月" not in sent and "周" not in sent and "星期" not in sent and "礼拜" not in sent):
            continue
        for m in _dates_in(sent):
            tail, head = sent[m.end():], sent[:m.start()]
            # a date under a time label (检查时间：9月11日), or opening a row of a plain-text table whose caption names
            # the event (现场评估按下表时间进行：10月27日｜某公司｜…), or alone on its line (a table's cell, as a .docx or a
            # parsed .txt table gives it)
            opens_row = not head.strip() and (row or not tail.strip(" \t\u3000。；;"))
            label = _EVENT_LABEL.search(head)
            label_kinds = _kinds(label.group(1)) if label else frozenset()
            # (the cell may give the part of the day after its date: 12月17日晚, 12月18日上午)
            rest = tail[len(part.group(0)):] if (part := _DAY_PART.match(tail)) else tail
            in_cell = (not opens_row and sent.count("、") >= 3 and _FIRST_CELL.match(sent) is not None and head.endswith("、")
                       and (rest[:1] in "、；;" or not rest.strip()))
            if in_cell and header:
                # a cell of a table row read as a passage (1、某学院、电工（四级）、6月14日、…；: cells split by 、): its column's
                # header says what the date is — an event's day (考核日期, 验收日期) with the caption's event, or a deadline
                # (完成时限) or something else, no event
                label_kinds = _cell_kinds(header, head.count("、"))
                if not label_kinds:
                    continue
            if not label_kinds and _SCHEDULED_BEFORE.search(head):
                # what the clause schedules (抽查时间定于2月16日, 名单将于10月25日在…公布): its own words name the event, not
                # the rest of the sentence (…，此前不向两地通报 is no release)
                clause = _CLAUSE_HEAD.split(head)[-1]
                label_kinds = _kinds(clause + _CLAUSE_HEAD.split(tail)[0]) or _kinds(sent) or (
                    # the bureau schedules its own visit (我局定于3月25日…到各窗口办理业务) in a letter whose title names it
                    fallback if _OWN_AGENT.search(clause) else frozenset())
            labelled = (_LABEL_BEFORE.search(head) or opens_row or label_kinds or _BRACKETED.search(head)
                        # a sentence that reports the event held (3月21日，…召开会议，通报了…) dates no plan
                        or (_OPENING.match(head) and tail[:1] in "，,、" and not _DONE.search(sent)))
            if DEADLINE.match(tail) or not (_EVENT_VERB.match(tail) or labelled):
                continue  # (9月20日前报送…评审委员会: a deadline for papers, not the review's day)
            got = date_of(m, when, head) if m.re is DATE_RX else relative_date(m, when)
            if got is None:
                continue
            # a row's or a cell's date takes the event of the nearest sentence above that names one (现场评估按下表…)
            kinds = label_kinds or _kinds(sent) or (next((k for p in reversed(plain) if (k := _kinds(p))), frozenset()) if opens_row else frozenset())
            if not kinds and _BARE_LABEL.search(head):
                # a bare 时间： in an item list under the sentence that says what is arranged (对…开展回访，具体安排如下：)
                kinds = fallback or next((k for p in reversed(plain[:-1]) if (k := _kinds(p))), frozenset())
            if got and kinds:
                out.append(Event(got, kinds, sm.start() + m.start(), sm.start() + m.end(), m.group(0)))
    return out


#: the part of the day a table's cell gives after its date (12月17日晚, 12月18日上午)
_DAY_PART = re.compile(r"(?:上午|下午|中午|晚上|夜间|全天|早上|凌晨|晚|早)")


#: a date said relative to the document's (将于本月下旬召开, 自下周二开始, 下月中旬进驻)
REL_RX = re.compile(r"(本月|当月|下月|下个月)(?:(上旬|中旬|下旬|初|底|末)|(" + _NUM + r")\s*[日号])?"
                    r"|(本周|下周|本星期|下星期|下礼拜)([一二三四五六日天])")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _dates_in(sent: str) -> list[re.Match]:
    """The written dates of a sentence, then those said relative to the document's date (only where one can stand)."""
    got = list(DATE_RX.finditer(sent)) if "月" in sent else []
    if "本月" in sent or "当月" in sent or "下月" in sent or "下个月" in sent or "周" in sent or "星期" in sent or "礼拜" in sent:
        got += REL_RX.finditer(sent)
    return got


def relative_date(m: re.Match, when: date) -> date | None:
    """The date a ``REL_RX`` match means in a document dated ``when``: the earliest day it can mean (下月 → the 1st of
    next month, 本月下旬 → the 21st), so an event is "later" only when it certainly is."""
    if m.group(1):
        y, mo = when.year, when.month
        if m.group(1) in ("下月", "下个月"):
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        day = _n(m.group(3)) if m.group(3) else _PART_DAY.get(m.group(2) or "", 1)
        return _make(y, mo, day)
    monday = when.toordinal() - when.weekday() + (7 if m.group(4) in ("下周", "下星期", "下礼拜") else 0)
    return date.fromordinal(monday + _WEEKDAY[m.group(5)])


def date_of(m: re.Match, when: date, head: str = "") -> date | None:
    """The date a ``DATE_RX`` match means in a document dated ``when`` (``head``: the sentence before it); None when
    it is no date (a 13th month, a 31 February)."""
    month = _n(m.group(2))
    if not 1 <= month <= 12:
        return None
    day = _n(m.group(3)) if m.group(3) else _PART_DAY.get(m.group(4) or "", 1)
    if m.group(1):
        year = _n(m.group(1))
    else:  # the document's year; a late-year notice about an early-year event means next year's,
        # unless the sentence speaks of the past (已于3月发布)
        ahead = when.month >= 10 and month <= 3 and not _PAST.search(head)
        year = when.year + (1 if ahead else 0)
    return _make(year, month, day)


def reasoning(doc_date: date, ev: Event, kind: str) -> str:
    """``文件日期 2026-10-08 早于 考试日期 2026-11-08（“11月8日”）`` — the date reasoning, in Chinese."""
    return f"文件日期 {doc_date.isoformat()} 早于 {KIND_NAMES.get(kind, '事件日期')} {ev.when.isoformat()}（“{ev.said}”）"
