"""Fictitious but well-formed personal data: valid check digits, real dates, plausible prefixes.

Every number is made up from a seeded RNG; none belongs to anyone. ID numbers follow GB 11643
(ISO 7064 MOD 11-2), bank cards pass Luhn, mobiles use mainland prefixes.
"""

from __future__ import annotations

import datetime as dt
import random

#: 宁夏 and neighbouring area codes (the bureau's region) plus some from elsewhere.
AREA_CODES = (
    "640502", "640521", "640522", "640104", "640106", "640302", "640381", "640402", "620102",
    "610113", "150102", "110105", "320106", "410105", "510107", "330106", "440305", "642221",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华红梅建国志强海燕晓东文斌雪梅春燕丽娟宏伟国庆淑珍亚楠子涵浩然欣怡梓轩一诺俊杰思远佳怡晨阳"
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181", "182", "183",
                   "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
BANK_BINS = ("622202", "621700", "622848", "621661", "622588", "623052", "622700", "621226", "620522")
BANKS = ("中国工商银行中卫分行", "中国农业银行中卫分行", "中国建设银行中卫分行", "中国银行中卫分行", "宁夏黄河农村商业银行")
STREETS = ("沙坡头区鼓楼西街", "沙坡头区应理南街", "沙坡头区文萃路", "中宁县宁安大街", "海原县海城镇南关街", "沙坡头区迎水路")

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def id_check_digit(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(d) * w for d, w in zip(first17, _W)) % 11]


def luhn_digit(partial: str) -> str:
    total = 0
    for i, d in enumerate(reversed(partial)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


class Faker:
    """Seeded generator of people and numbers."""

    def __init__(self, seed: int = 0):
        self.r = random.Random(seed)

    def name(self) -> str:
        g = self.r.choice(GIVEN) + (self.r.choice(GIVEN) if self.r.random() < 0.6 else "")
        return self.r.choice(SURNAMES) + g[:2]

    def birth(self) -> dt.date:
        return dt.date(1958, 1, 1) + dt.timedelta(days=self.r.randrange(0, 365 * 47))

    def id_card(self, x_check: bool | None = None) -> str:
        while True:
            d = self.birth()
            seq = f"{self.r.randrange(0, 1000):03d}"
            first = self.r.choice(AREA_CODES) + d.strftime("%Y%m%d") + seq
            cd = id_check_digit(first)
            if x_check is None or (cd == "X") == x_check:
                return first + cd

    def id_card_invalid(self) -> str:
        """Right shape, wrong check digit (a trap that must not fire)."""
        good = self.id_card(x_check=False)
        wrong = str((int(good[-1]) + 1 + self.r.randrange(8)) % 10)
        return good[:-1] + wrong

    def mobile(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + f"{self.r.randrange(0, 10**8):08d}"

    def bank_card(self, length: int = 19) -> str:
        body = self.r.choice(BANK_BINS) + "".join(str(self.r.randrange(10)) for _ in range(length - 7))
        return body + luhn_digit(body)

    def bank(self) -> str:
        return self.r.choice(BANKS)

    def address(self) -> str:
        return f"中卫市{self.r.choice(STREETS)}{self.r.randrange(1, 300)}号{self.r.randrange(1, 30)}栋{self.r.randrange(1, 6)}单元{self.r.randrange(101, 2402)}室"

    def passport(self) -> str:
        return "E" + f"{self.r.randrange(10**7, 10**8)}"

    def email(self) -> str:
        user = "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(self.r.randrange(4, 9)))
        return f"{user}{self.r.randrange(10, 99)}@{self.r.choice(('163.com', 'qq.com', '126.com', 'sina.com'))}"

    def credit_code(self) -> str:
        """统一社会信用代码 shape (18 chars) — not personal data; a trap for the ID detector."""
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "91" + "640500" + "".join(self.r.choice(chars) for _ in range(9))
        w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        s = sum(chars.index(c) * wi for c, wi in zip(body, w))
        return body + chars[(31 - s % 31) % 31]

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def random(self) -> float:
        return self.r.random()
