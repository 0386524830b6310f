"""``script.simplified`` asks OpenCC once for a whole document; a document in simplified script comes back as
itself, and one block in traditional script is still converted, block by block, offsets kept."""

from __future__ import annotations

from extractors.model import Block, BlockKind, Document, Position
from extractors.script import _unchanged, simplified, to_simplified


def _doc(*texts: str) -> Document:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(texts))
    return Document("a.txt", "0" * 64, "txt", blocks)


def test_a_simplified_document_is_returned_as_itself():
    d = _doc("关于做好有关工作的通知", "各县（区）人力资源和社会保障局：", "（此件公开发布）")
    assert _unchanged([b.text for b in d.blocks])
    assert simplified(d) is d


def test_one_traditional_block_is_converted_as_block_by_block():
    texts = ("关于做好有关工作的通知", "（此件公開發布）", "第二段\n印發機關")
    d = _doc(*texts)
    assert not _unchanged(list(texts))
    out = simplified(d)
    assert [b.text for b in out.blocks] == [to_simplified(t) for t in texts]
    assert out.blocks[1].text == "（此件公开发布）"


def test_web_markup_is_never_taken_for_unchanged():
    assert not _unchanged(["正文<p>一段</p>"])
    assert not _unchanged(["甲&nbsp;乙"])
    assert _unchanged(["plain ascii", ""])
