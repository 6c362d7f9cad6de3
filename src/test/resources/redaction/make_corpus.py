#!/usr/bin/env python3
"""Writes corpus.jsonl: realistic 城管 case-fact texts for the redaction test (RedactionCorpusTest).

Each line: {"id", "kind", "party": {"natural", "name", "address"}, "text",
            "secrets": [personal data that must not be published],
            "keep": [legal articles, amounts, dates, case numbers … that must survive]}
Run: python3 src/test/resources/redaction/make_corpus.py > src/test/resources/redaction/corpus.jsonl
Deterministic (fixed seed); the texts vary in case type, sentence order, persons, roles and number formats.
"""
import json
import random

R = random.Random(20261205)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "慕容", "长孙", "夏侯", "令狐", "端木"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚红梅兵斌鹏飞辉华宇婷晨阳波峰琳雪燕颖凯浩鑫亮岩坤琴瑶毅")
GIVEN2 = ["秀英", "桂英", "建华", "志强", "海燕", "晓东", "文博", "子涵", "雨轩", "浩然", "欣怡", "俊杰", "建国", "德明",
          "春梅", "玉兰", "秀兰", "国庆", "家乐", "志刚", "永红", "丽华", "晓峰", "立新", "文静", "红霞", "金凤", "成龙",
          "海波", "宏伟", "思远", "嘉怡", "梦琪", "天佑", "振华", "淑珍", "小军", "小红", "明辉", "学文", "长青", "继业"]


def person():
    s = R.choice(COMPOUND) if R.random() < 0.12 else R.choice(SURNAMES)
    g = R.choice(GIVEN1) if R.random() < 0.35 else R.choice(GIVEN2)
    return s + g


AREAS = ["110105", "110108", "310104", "310115", "440305", "330106", "320102", "510107", "420106", "130102",
         "370202", "210203", "610113", "350203", "500103"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id18():
    body = R.choice(AREAS) + "%04d%02d%02d" % (R.randint(1955, 2004), R.randint(1, 12), R.randint(1, 28)) \
        + "%03d" % R.randint(0, 999)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]
    return body + check


def id15():
    return R.choice(AREAS) + "%02d%02d%02d" % (R.randint(40, 80), R.randint(1, 12), R.randint(1, 28)) \
        + "%03d" % R.randint(0, 999)


FW = str.maketrans("0123456789X-", "０１２３４５６７８９Ｘ－")


def fmt_id(i):
    k = R.randrange(7)
    if k == 0:
        return i
    if k == 1:
        return i[:6] + " " + i[6:14] + " " + i[14:]
    if k == 2:
        return i[:6] + "-" + i[6:14] + "-" + i[14:]
    if k == 3:
        return " ".join(i[j:j + 4] for j in range(0, len(i), 4))
    if k == 4:
        return i.translate(FW)
    if k == 5:
        return i[:3] + "." + i[3:6] + "." + i[6:10] + "." + i[10:14] + "." + i[14:]
    return i[:6] + "  " + i[6:]


def mobile():
    return R.choice(["13", "15", "17", "18", "19", "16"]) + str(R.randint(0, 9)) + "%08d" % R.randint(0, 99999999)


def fmt_mobile(m):
    k = R.randrange(7)
    return [m, m[:3] + " " + m[3:7] + " " + m[7:], m[:3] + "-" + m[3:7] + "-" + m[7:], "+86 " + m,
            m.translate(FW), "+86-" + m[:3] + "-" + m[3:7] + "-" + m[7:], m[:3] + "." + m[3:7] + "." + m[7:]][k]


def landline():
    area, n = R.choice([("010", 8), ("021", 8), ("0755", 8), ("0571", 8), ("025", 8), ("0311", 7), ("028", 8)])
    num = str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    k = R.randrange(5)
    if k == 0:
        return area + "-" + num
    if k == 1:
        return "（" + area + "）" + num
    if k == 2:
        return area + " " + num[:4] + " " + num[4:]
    if k == 3:
        return "(" + area + ")" + num[:4] + "-" + num[4:]
    return area + "-" + num + "转" + str(R.randint(100, 8999))


def luhn_card():
    base = R.choice(["622202", "621700", "622848", "620522", "436742", "622588"]) + "".join(
        str(R.randint(0, 9)) for _ in range(R.choice([9, 10, 12])))
    total = 0
    for i, c in enumerate(reversed(base)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    card = base + str((10 - total % 10) % 10)
    k = R.randrange(3)
    if k == 0:
        return card
    if k == 1:
        return " ".join(card[j:j + 4] for j in range(0, len(card), 4))
    return "-".join(card[j:j + 4] for j in range(0, len(card), 4))


PROV = "京沪粤浙苏川鄂冀鲁豫湘皖闽渝津"


def plate():
    p = R.choice(PROV) + R.choice("ABCDEFGHJK")
    k = R.randrange(4)
    tail = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + str(R.randint(0, 9))
    if k == 0:
        return p + tail
    if k == 1:
        return p + "·" + tail
    if k == 2:
        return p + R.choice("DF") + "%05d" % R.randint(0, 99999)
    return p + " " + tail


def email(name_hint):
    user = R.choice(["zhang", "li", "wang", "liu", "chen", "shop", "hotpot", "build"]) + str(R.randint(10, 9999))
    return user + "@" + R.choice(["qq.com", "163.com", "126.com", "sina.com", "example.com.cn"])


def passport():
    return R.choice(["E", "G", "EA", "EB"]) + "".join(str(R.randint(0, 9)) for _ in range(8 if R.random() < .5 else 7))


DISTRICTS = [("北京市", "朝阳区"), ("北京市", "海淀区"), ("上海市", "徐汇区"), ("上海市", "浦东新区"), ("深圳市", "南山区"),
             ("杭州市", "西湖区"), ("南京市", "玄武区"), ("成都市", "武侯区"), ("武汉市", "江汉区")]
ROADS = ["幸福路", "朝阳北路", "和平里街", "建设大街", "长乐路", "人民大道", "解放路", "东风路", "光明街", "滨江路",
         "文化路", "新华街", "青年路", "工农大道", "胜利街"]
COMPOUNDS_ = ["阳光小区", "和谐家园", "翠苑", "幸福里", "金色家园", "锦绣花园", "望江公寓", "新村"]
VILLAGES = ["红星村", "前进村", "马家庄村", "李家屯", "东湖村", "柳树营村"]
NUMS_CN = "一二三四五六七八九十"


def home():
    """A detailed home address: (text, [secret detail parts]) in one of several structures."""
    city, dist = R.choice(DISTRICTS)
    road = R.choice(ROADS)
    k = R.randrange(7)
    b, u, f, r = R.randint(1, 30), R.randint(1, 6), R.randint(1, 28), R.randint(1, 28)
    room = "%d%02d" % (f, R.randint(1, 8))
    if k == 0:
        parts = ["%d号楼" % b, "%d单元" % u, "%s室" % room]
        return city + dist + road + "%d号院" % R.randint(1, 200) + "".join(parts), parts
    if k == 1:
        parts = ["%d栋" % b, "%s室" % room]
        return dist + road + R.choice(COMPOUNDS_) + "".join(parts), parts
    if k == 2:
        lane, house = R.randint(10, 999), R.randint(1, 120)
        parts = ["%d弄%d号" % (lane, house)]
        return "上海市" + R.choice(["徐汇区", "静安区", "黄浦区"]) + road + "%d弄%d号" % (lane, house) + (
            "%d室" % R.randint(101, 602) if R.random() < .5 else ""), parts
    if k == 3:
        g = R.choice(NUMS_CN[:8])
        house = R.randint(1, 80)
        parts = [g + "组%d号" % house]
        return R.choice(["河北省", "湖北省", "四川省"]) + R.choice(["某某县", "新城区", "高新区"]) + R.choice(
            ["城关镇", "柳林镇", "东关乡"]) + R.choice(VILLAGES) + "%s组%d号" % (g, house), parts
    if k == 4:
        parts = ["%d-%d-%s" % (b, u, room)]
        return dist + road + R.choice(COMPOUNDS_) + parts[0], parts
    if k == 5:
        parts = ["%s座" % R.choice("ABCD"), "%d层" % f, "%s室" % room]
        return city + dist + road + "%d号" % R.randint(1, 99) + R.choice(["大厦", "公寓"]) + "".join(parts), parts
    parts = ["%d幢" % b, "%d单元" % u, "%s室" % room]
    return city + dist + road + R.choice(COMPOUNDS_) + "".join(parts), parts


def place():
    return R.choice(ROADS) + "%d号" % R.randint(1, 300) + R.choice(["门前", "东侧人行道", "北侧", "路口", "商铺外", "西侧绿地"])


def date():
    return "2026年%d月%d日" % (R.randint(1, 11), R.randint(1, 28))


def time_():
    return "%d时%02d分" % (R.randint(7, 22), R.choice([0, 10, 15, 20, 30, 40, 45, 50]))


LAWS = {
    "占道经营": ["《城市市容和环境卫生管理条例》第十四条", "《北京市市容环境卫生条例》第八十六条第（一）项"],
    "违法建设": ["《中华人民共和国城乡规划法》第四十条", "《中华人民共和国城乡规划法》第六十四条"],
    "渣土": ["《城市建筑垃圾管理规定》第十四条", "《城市建筑垃圾管理规定》第二十三条"],
    "户外广告": ["《城市市容和环境卫生管理条例》第十一条", "《户外广告设施设置管理办法》第二十条"],
    "餐饮油烟": ["《中华人民共和国大气污染防治法》第八十一条", "《中华人民共和国大气污染防治法》第一百一十八条"],
    "乱堆物料": ["《城市市容和环境卫生管理条例》第十七条", "《城市市容和环境卫生管理条例》第三十六条第（二）项"],
    "损坏绿地": ["《城市绿化条例》第二十条", "《城市绿化条例》第二十七条"],
    "噪声扰民": ["《中华人民共和国噪声污染防治法》第六十四条", "《中华人民共和国噪声污染防治法》第八十七条"],
}
COMPANIES = ["北京恒通建筑工程有限公司", "上海锦程餐饮管理有限公司", "深圳市宏达广告传媒有限公司", "杭州绿源渣土运输有限公司",
             "南京鑫旺建材经营部", "成都巴蜀火锅店", "武汉金鼎装饰工程有限公司", "北京市朝阳区老街坊烧烤店"]


def violation(kind):
    """The core of the facts for one case type: (text, keep)."""
    d, t = date(), time_()
    keep = [d, t]
    if kind == "占道经营":
        s = R.choice(["%s%s许，执法人员巡查至%s，发现当事人在人行道上摆摊售卖水果，占用道路面积约%d平方米。",
                      "%s%s，经12345热线转办，执法人员到达%s，当事人将烧烤炉、桌椅摆放在店外经营，占道面积约%d平方米。",
                      "%s%s许，执法人员在%s发现当事人驾驶三轮车沿街叫卖蔬菜，占用机动车道约%d平方米。"]) \
            % (d, t, place(), R.randint(3, 40))
        if "12345" in s:
            keep.append("12345热线")
    elif kind == "违法建设":
        area = R.randint(12, 260)
        s = R.choice(["%s%s，执法人员接群众举报后前往%s核查，发现当事人未取得建设工程规划许可证，在楼顶搭建彩钢板房一处，面积约%d平方米。",
                      "%s%s许，经巡查发现当事人在%s院内擅自加盖砖混结构房屋，建筑面积约%d平方米，至检查时已完工。"]) \
            % (d, t, place(), area)
        keep.append("%d平方米" % area)
    elif kind == "渣土":
        n = R.randint(2, 9)
        s = R.choice(["%s%s许，执法人员在%s检查时发现当事人的运输车辆未办理建筑垃圾处置核准，运输渣土%d车，沿途抛洒。",
                      "%s%s，执法人员夜查中发现当事人在%s随意倾倒建筑渣土约%d车，未采取覆盖措施。"]) % (d, t, place(), n)
        keep.append("%d车" % n)
    elif kind == "户外广告":
        if R.random() < .5:
            s = "%s%s，执法人员巡查至%s，发现当事人未经批准在建筑物外立面设置户外广告牌一块，尺寸约%d米×%d米。" % (
                d, t, place(), R.randint(2, 12), R.randint(1, 4))
        else:
            s = "%s%s许，执法人员在%s发现当事人擅自悬挂横幅广告%d条、张贴小广告若干，影响市容。" % (
                d, t, place(), R.randint(2, 9))
    elif kind == "餐饮油烟":
        s = R.choice(["%s%s，执法人员根据居民投诉对%s的餐馆进行检查，发现当事人未安装油烟净化设施，油烟直排，影响周边居民生活。",
                      "%s%s许，执法人员在%s检查发现当事人经营的饭店油烟净化装置长期未清洗、未正常使用，油烟超标排放。"]) \
            % (d, t, place())
    elif kind == "乱堆物料":
        s = "%s%s许，执法人员巡查发现当事人在%s堆放建材、杂物，堆放面积约%d平方米，影响市容环境。" % (
            d, t, place(), R.randint(4, 60))
    elif kind == "损坏绿地":
        s = "%s%s，执法人员发现当事人在%s擅自占用城市绿地停放车辆并硬化地面约%d平方米，损毁绿化带。" % (
            d, t, place(), R.randint(10, 90))
    else:
        s = "%s%s许，执法人员根据投诉到%s检查，发现当事人在夜间使用高音喇叭招揽顾客，噪声扰民。" % (d, t, place())
    return s, keep


def party_intro(p, natural, name, addr_text, addr_secrets, secrets):
    """Who the party is: a natural person with ID and address, or an organisation with its legal representative."""
    bits = []
    if natural:
        i = id18() if R.random() < .85 else id15()
        fid = fmt_id(i)
        secrets.append(fid)
        secrets.append(i)
        m = mobile()
        fm = fmt_mobile(m)
        secrets += [fm, m]
        intro = R.choice([
            "当事人%s（男，身份证号：%s，联系电话：%s，住址：%s）。" % (name, fid, fm, addr_text),
            "当事人%s，女，公民身份号码%s，手机%s，家住%s。" % (name, fid, fm, addr_text),
            "经查，当事人%s（身份证%s），住%s，联系方式%s。" % (name, fid, addr_text, fm),
            "当事人%s，%d岁，身份证号码 %s，现住址：%s，电话 %s。" % (name, R.randint(22, 70), fid, addr_text, fm),
        ])
        secrets += addr_secrets
        secrets.append(name)
        bits.append(intro)
    else:
        rep = person()
        secrets.append(rep)
        m = mobile()
        fm = fmt_mobile(m)
        secrets += [fm, m]
        rid = id18()
        frid = fmt_id(rid)
        intro = R.choice([
            "当事人%s，法定代表人%s，联系电话%s。" % (p, rep, fm),
            "当事人%s（法定代表人：%s，身份证号%s），现场负责人拒绝提供营业执照。" % (p, rep, frid),
            "当事人%s的法定代表人%s称，系公司安排施工，手机号 %s。" % (p, rep, fm),
            "当事人%s，负责人%s（%s），联系方式：%s。" % (p, rep, frid, fm),
        ])
        if rid[:6] in intro.replace(" ", "").replace("-", "").replace(".", "") or frid in intro:
            secrets += [frid, rid]
        bits.append(intro)
    return "".join(bits)


def extras(secrets, keep):
    """Others named with a role and the numbers that come with them."""
    out = []
    for _ in range(R.randint(1, 3)):
        k = R.randrange(12)
        w = person()
        if k == 0:
            m = fmt_mobile(mobile())
            out.append("证人%s（联系电话%s）证实当事人在此经营已有半月。" % (w, m))
            secrets += [w, m]
        elif k == 1:
            out.append("当事人委托代理人%s持授权委托书到场接受询问。" % w)
            secrets.append(w)
        elif k == 2:
            a, parts = home()
            out.append("现场经营者%s称，其住%s，系临时帮忙看摊。" % (w, a))
            secrets += [w] + parts
        elif k == 3:
            pl = plate()
            out.append("涉事车辆车牌号为%s，驾驶员%s当场承认违法事实。" % (pl, w))
            secrets += [pl, w]
        elif k == 4:
            c = luhn_card()
            out.append("当事人称已通过银行卡%s向房东%s支付租金。" % (c, w))
            secrets += [c, w]
        elif k == 5:
            e = email(w)
            out.append("当事人提供的联系邮箱为%s，业主%s在场。" % (e, w))
            secrets += [e, w]
        elif k == 6:
            pp = passport()
            out.append("现场工人%s（护照号码：%s）称受雇于当事人。" % (w, pp))
            secrets += [w, pp]
        elif k == 7:
            l = landline()
            out.append("举报人%s反映情况后留下座机%s。" % (w, l))
            secrets += [w, l]
        elif k == 8:
            w2 = person()
            out.append("证人%s、%s到场作证。" % (w, w2))
            secrets += [w, w2]
        elif k == 9:
            a, parts = home()
            out.append("出租人%s，户籍地址：%s，对出租房屋用途知情。" % (w, a))
            secrets += [w] + parts
        elif k == 10:
            acct = "".join(str(R.randint(0, 9)) for _ in range(R.choice([10, 12, 14])))
            fa = " ".join(acct[j:j + 4] for j in range(0, len(acct), 4))
            out.append("当事人收款账号：%s，开户人为其妻%s。" % (fa, w))
            secrets += [fa, w]
        else:
            out.append("当事人的施工负责人%s在现场检查笔录上签字。" % w)
            secrets.append(w)
    return out


def ending(kind, keep):
    law = R.choice(LAWS[kind])
    fine = R.choice([200, 500, 1000, 2000, 3000, 5000, 10000, 20000])
    no = R.choice(["朝综执立字〔2026〕第%04d号", "京朝城管罚字〔2026〕第%03d号", "徐城管立〔2026〕%d号"]) % R.randint(1, 999)
    keep += [law, "%d元" % fine, no]
    s = R.choice([
        "上述事实有现场检查笔录、询问笔录、现场照片等证据证实。当事人的行为违反了%s的规定。本案立案编号%s，拟处罚款人民币%d元。",
        "以上事实有现场照片、视频资料及询问笔录为证（案号%s）。依据%s，决定处罚款%d元。",
        "当事人对违法事实无异议。其行为违反%s，经集体讨论，对当事人处以罚款%d元（%s）。",
    ])
    if s.startswith("上述"):
        s = s % (law, no, fine)
    elif s.startswith("以上"):
        s = s % (no, law, fine)
    else:
        s = s % (law, fine, no)
    if R.random() < .3:
        wo = "2026%02d%02d%06d" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 999999))
        s += "12345工单编号：%s。" % wo
        keep.append(wo)
    return s


KINDS = list(LAWS)
out = []
for n in range(1, 241):
    kind = KINDS[(n - 1) % len(KINDS)]
    natural = R.random() < .6
    secrets, keep = [], []
    if natural:
        name = person()
        addr, parts = home()
        party = {"natural": True, "name": name, "address": addr}
    else:
        name = R.choice(COMPANIES)
        addr, parts = "", []
        party = {"natural": False, "name": name, "address": ""}
    intro = party_intro(name, natural, name, addr, parts, secrets)
    core, k = violation(kind)
    keep += k
    more = extras(secrets, keep)
    end = ending(kind, keep)
    order = [intro, core] + more if R.random() < .5 else [core, intro] + more
    if natural and R.random() < .4:
        order.append("%s称因生活困难临时摆放，愿意立即改正。" % name)
    text = "".join(order) + end
    secrets = [s for s in dict.fromkeys(secrets) if s and s in text or s.isdigit()]
    out.append({"id": n, "kind": kind, "party": party, "text": text, "secrets": secrets,
                "keep": [k for k in dict.fromkeys(keep) if k in text]})

for o in out:
    print(json.dumps(o, ensure_ascii=False))
