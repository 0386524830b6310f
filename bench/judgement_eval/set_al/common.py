"""Names shared by the eval11al documents (fictional 湄江省潆州市望澜区)."""
ORG = "潆州市望澜区人力资源和社会保障局"
ORG_RED = ORG + "文件"
JY = "潆州市望澜区就业创业服务中心"
SB = "潆州市望澜区社会保险事业中心"
JC = "潆州市望澜区劳动保障监察大队"
OFFICE = "潆州市望澜区人力资源和社会保障局办公室"


def printed(date: str) -> str:
    return f"{OFFICE}　　　　　{date}印发"
