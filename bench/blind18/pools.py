"""Draw 18's context, layout variants, date styles, name and organisation pools, check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import cn_num, cn_year, isbn13_check, issn_check, patent_check

VARIANTS: dict[str, list[str]] = {
    "t18.layout.training": ["portal", "phone", "medcard", "teacher", "landscape", "gongxu"],
    "t18.layout.signin": ["ruled", "twocol", "inout", "ledger", "esign"],
    "t18.layout.notice": ["redhead", "invite", "agenda", "reply", "webpost"],
    "t18.layout.journal": ["firstpage", "cover", "toc", "footnote", "colophon"],
    "t18.layout.book": ["cip", "cover", "titlecip", "translated", "board"],
    "t18.layout.patent": ["invention", "utility", "design", "register", "eprint"],
    "t18.layout.award": ["personal", "team", "decision", "contest", "society"],
    "t18.layout.project": ["jieti", "yanshou", "jiexiang", "jianding", "leaderonly"],
    "t18.layout.qual": ["diploma", "master", "doctor", "classes", "zikao", "computer"],
    "t18.layout.other": ["payslip", "leave", "checkup", "invoice", "reviewform"],
}

DATE_FMTS = ["cn", "cnpad", "dot", "dash", "han", "slash"]


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)
    style: str = ""

    def variant(self, family: str) -> str:
        vs = VARIANTS[f"t18.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t18.layout.{family}#{v}")
        return v

    def pick(self, key: str, options: list) -> object:
        i = self.rng.randrange(len(options))
        self.used.append(f"t18.{key}#{i}")
        return options[i]

    def _style(self) -> str:
        if not self.style:
            self.style = str(self.pick("date", DATE_FMTS))
        return self.style

    def d(self, x: dt.date) -> str:
        s = self._style()
        return {
            "cn": f"{x.year}年{x.month}月{x.day}日",
            "cnpad": f"{x.year}年{x.month:02d}月{x.day:02d}日",
            "dot": f"{x.year}.{x.month:02d}.{x.day:02d}",
            "dash": x.isoformat(),
            "han": f"{cn_year(x.year)}年{cn_num(x.month)}月{cn_num(x.day)}日",
            "slash": f"{x.year}/{x.month:02d}/{x.day:02d}",
        }[s]

    def m(self, y: int, mo: int) -> str:
        s = self._style()
        if s == "han":
            return f"{cn_year(y)}年{cn_num(mo)}月"
        if s in ("dot", "slash", "dash"):
            return f"{y}{'.' if s == 'dot' else '/' if s == 'slash' else '-'}{mo:02d}"
        return f"{y}年{mo}月"

    def date(self, y0: int = 2017, y1: int = 2024) -> dt.date:
        return dt.date(self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def people(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            s = self.rng.choice(SURNAMES) if self.rng.random() > 0.06 else self.rng.choice(DOUBLE)
            g = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2, 2])))
            if s + g not in out:
                out.append(s + g)
        return out


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


SURNAMES = list(
    "刘王张李陈赵孙周吴郑冯褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏窦章苏潘葛范彭鲁韦马苗方俞任袁柳鲍史唐费薛雷贺倪汤殷罗毕郝常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧成戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾江童颜郭梅盛林钟徐邱骆高夏蔡田樊胡凌霍"
)
DOUBLE = ["司徒", "欧阳", "端木", "尉迟", "宇文", "长孙"]
GIVEN = list(
    "振宇晓岚梦瑶建业子轩雨桐国栋春燕海波丽君文静永刚秀兰玉洁书豪慧敏兆丰德明佩琪红霞治国广平卫红雅婷浩宇俊杰爱民宏涛美玲金凤长青少华嘉怡泽坤鑫淼一鸣锦程"
)

REGIONS = {
    "山东省": [
        "济南市",
        "青岛市",
        "淄博市",
        "枣庄市",
        "东营市",
        "烟台市",
        "潍坊市",
        "聊城市",
        "菏泽市",
        "滨州市",
    ],
    "河南省": ["郑州市", "洛阳市", "平顶山市", "许昌市", "周口市", "信阳市", "商丘市", "驻马店市"],
    "湖南省": ["长沙市", "衡阳市", "邵阳市", "郴州市", "永州市", "怀化市", "娄底市", "张家界市"],
}
COUNTY_CITY = {"山东省": ["寿光市", "龙口市", "曲阜市", "滕州市"], "河南省": ["巩义市", "禹州市", "永城市"],
               "湖南省": ["浏阳市", "醴陵市", "冷水江市", "韶山市"]}  # fmt: skip
WORKPLACES = ["{c}中心医院", "{c}第三人民医院", "{c}妇幼保健计划生育服务中心", "{c}第七中学", "{c}育才小学",
              "{c}农业技术推广中心", "{c}城乡规划设计院", "{c}环境监测站", "{c}中等职业学校", "{c}动物疫病预防控制中心",
              "{c}公路勘察设计院", "{c}人民医院", "{c}实验中学", "{c}市政工程设计研究院"]  # fmt: skip
PLATFORMS = ["专业技术人员继续教育在线学习平台", "专业技术人才知识更新网络学院", "继续教育公共服务平台",
             "专技人员继续教育学习管理系统"]  # fmt: skip


def region(ctx: Ctx) -> tuple[str, str]:
    p = ctx.rng.choice(list(REGIONS))
    return p, ctx.rng.choice(REGIONS[p])


def workplace(ctx: Ctx, city: str | None = None) -> str:
    return ctx.rng.choice(WORKPLACES).format(c=city or region(ctx)[1])
