"""Fictional setting: 雁岑省檀溪市 (a north-eastern prefecture-level city). All names invented."""
PROV = "雁岑省"
PROV_HRSS = "雁岑省人力资源和社会保障厅"
CITY = "檀溪市"
GOV = "檀溪市人民政府"
BUREAU = "檀溪市人力资源和社会保障局"
OFFICE = "檀溪市人力资源和社会保障局办公室"
DISTRICTS = ["柳湾区", "石埠区", "北榆区", "青堰县", "乌桕县", "檀溪经济技术开发区"]
ALL_DISTRICT_BUREAUS = "各区（县）人力资源和社会保障局，檀溪经济技术开发区社会事业局"
CC_STD = "市委组织部，市财政局，市政府办公室"


def D(**kw):
    d = dict(issuer=BUREAU, header=BUREAU + "文件", kind="file", printer=OFFICE,
             sign=BUREAU, mark_pos="after_date")
    d.update(kw)
    return d
