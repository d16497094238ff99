"""Organisation names damaged by OCR (often under a red seal): repair the department and the place they name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

# Department names that issue proofs; longest first so the most specific one wins.
DEPARTMENTS = tuple(
    sorted(
        (
            "人力资源和社会保障局", "人力资源和社会保障厅", "人力资源和社会保障部人事考试中心", "人力资源社会保障部人事考试中心", "人力资源和社会保障部",
            "社会科学规划管理办公室", "农业科学研究院", "农业科学院", "科学研究院", "科学院", "教育科学规划领导小组办公室", "哲学社会科学规划办公室", "哲学社会科学工作办公室", "科学技术局", "科学技术厅",
            "科学技术委员会", "科学技术协会", "人民政府", "农业农村局", "农业农村厅", "农业农村部", "卫生健康委员会",
            "住房和城乡建设局", "住房和城乡建设厅", "教育局", "教育厅", "教育部", "高等教育自学考试委员会",
            "专业技术人员继续教育基地", "继续教育学院", "继续教育中心", "知识产权局", "国家知识产权局", "财政局", "财政厅",
            "农业技术推广中心", "动物疫病预防控制中心", "疾病预防控制中心", "人民医院", "中心医院", "职业技术学院", "农业大学", "师范大学",
            "大学", "学院", "医学会", "护理学会", "农学会", "出版社", "市场监督管理局", "水利局", "自然资源局",
            "科学技术处", "科技处", "中华人民共和国国务院", "国务院", "委员会", "办公室", "研究院", "研究所", "研究室", "教研室", "中心", "医院", "学校", "公司", "协会", "学会",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
    "西藏", "宁夏", "新疆",
)  # fmt: skip
# County-level cities (县级市) of the three provinces whose cities' notices credit proofs (Shandong, Henan, Hunan):
# a '禹城市科学技术进步奖' is a county's prize though its name ends in 市. From the national list of divisions
# (民政部 行政区划); cities since made districts are left out.
COUNTY_CITIES = (
    "胶州", "平度", "莱西", "滕州", "龙口", "莱阳", "莱州", "招远", "栖霞", "海阳", "青州", "诸城", "寿光", "安丘",
    "高密", "昌邑", "曲阜", "邹城", "新泰", "肥城", "荣成", "乳山", "乐陵", "禹城", "临清", "邹平",
    "巩义", "荥阳", "新密", "新郑", "登封", "舞钢", "汝州", "林州", "卫辉", "辉县", "长垣", "沁阳", "孟州", "禹州",
    "长葛", "义马", "灵宝", "邓州", "永城", "项城", "济源",
    "浏阳", "宁乡", "醴陵", "湘乡", "韶山", "耒阳", "常宁", "武冈", "邵东", "汨罗", "临湘", "津市", "沅江", "资兴",
    "洪江", "冷水江", "涟源", "吉首",
)  # fmt: skip
_PLACE = re.compile(r"^([\u4e00-\u9fff]{1,3}?)(省|市|县|区|自治区)")


def _closest_tail(text: str, dept: str) -> tuple[int, int] | None:
    """(edits, cut) of the best way `text` ends with `dept`, within the edits allowed for its length."""
    # Short endings must match exactly: one edit would turn 国务院 into 国务学院.
    allowed = 0 if len(dept) < 4 else 1 if len(dept) < 6 else 2 if len(dept) < 10 else 3
    fits = []
    for cut in range(max(len(text) - len(dept) - allowed, 0), max(len(text) - len(dept) + allowed + 1, 0)):
        d = Levenshtein.distance(text[cut:], dept, score_cutoff=allowed)
        if d <= allowed:
            # Fewest edits; then a head that ends in a place (青岛市|力资源… is 青岛市 + 人力资源…);
            # then a misread character rather than a lost or extra one; then the longer head.
            place = cut == 0 or text[cut - 1] in "省市县区国"
            fits.append((d, not place, abs(len(text) - cut - len(dept)), -cut))
    if not fits:
        return None
    d, _, _, cut = min(fits)
    return d, -cut


def _fix_department(text: str) -> tuple[str, int] | None:
    """Replace a damaged department ending by the known one it most resembles (edits counted); None if none."""
    # An edit costs four characters of length, so a name that ends exactly in a known department (继续教育中心)
    # is not turned into a longer one it merely resembles (继续教育基地).
    found = [
        (len(dept) - 4 * fit[0], dept, *fit) for dept in DEPARTMENTS if (fit := _closest_tail(text, dept))
    ]
    if not found:
        return None
    score, dept, d, cut = max(found, key=lambda f: (f[0], -f[2]))  # a tie goes to the fewer edits
    if score <= 0:
        return (
            None  # more edits than the name is long: a look-alike, not a repair (中华人民共和国 -> …国务院)
        )
    inner = _fix_department(text[:cut]) if cut >= 4 else None
    # A department inside the name is mended only for one damaged character: '继续教育网络学院' is a 网络学院 of
    # 继续教育, not a damaged 继续教育基地 before 学院.
    # (a character changed, not one added: '益阳市农业科学研究所' is no damaged 农业科学院 before 研究所)
    mended = inner is not None and inner[1] <= 1 and len(inner[0]) == cut
    head, more = inner if inner is not None and mended else (text[:cut], 0)
    return head + dept, d + more


def _fix_place(head: str, context: str) -> tuple[str, int]:
    """A province or place name with one wrong character, put right when the document prints it elsewhere."""
    m = _PLACE.match(head)
    if m is None:
        return head, 0
    name, suffix = m.group(1), m.group(2)
    if name in PROVINCES or m.group(0) in context:
        return head, 0
    candidates = [
        p for p in PROVINCES if len(p) == len(name) and Levenshtein.distance(p, name) == 1 and suffix == "省"
    ]
    seen = {
        context[i - k : i]
        for i in (m.start() for m in re.finditer(suffix, context))
        for k in (1, 2, 3)
        if i >= k
    }
    candidates += [
        s for s in sorted(seen) if len(s) >= 2 and s != name and Levenshtein.distance(s, name) == 1
    ]
    in_text = [c for c in dict.fromkeys(candidates) if c in context]
    pick = in_text[0] if len(in_text) == 1 else (candidates[0] if len(candidates) == 1 else None)
    if pick is None:
        return head, 0
    return pick + head[len(name) :], 1


def repair(name: str, context: Iterable[str] = ()) -> tuple[str, int]:
    """(repaired name, number of characters changed); `context` is the rest of the document's text."""
    text = "".join(context)
    # an online platform ('XX继续教育网', 'XX云课堂') is named as it names itself, no department's ending
    platform = re.search(r"(?:教育|学习|培训)网$|网校$|云?课堂$|学堂$|平台$|在线$", name) is not None
    # nor is a certificate's own noun a damaged department ending ('…继续教育证书' is no 继续教育基地)
    if re.search(r"证\s*[书明]$|登记[表册]?$", name):
        return name, 0
    found = None if platform else _fix_department(name)
    if found is None and len(name) > 4 and not platform:
        # A seal's edge often adds one stray character after the name.
        shorter = _fix_department(name[:-1])
        found = (shorter[0], shorter[1] + 1) if shorter else None
    if found is not None and found[0][:-1] == name[:-1] and {found[0][-1], name[-1]} == {"厅", "局"}:
        found = None  # a province's 厅 and a city's 局 are both whole endings ('湖南省自然资源厅')
    fixed, edits = found or (name, 0)
    head, place_edits = _fix_place(fixed, text.replace(name, ""))
    return head, edits + place_edits


def similar(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100
