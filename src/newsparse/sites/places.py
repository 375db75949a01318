"""Place names that close the reporter list of a Chinese dateline.

`（中央社記者張謙香港15日電）` writes the reporter and the place with nothing
between them, and Chinese names have two to four characters, so the split is
found by recognising the place. Sources: Taiwan's 22 administrative divisions
and their seats (Ministry of the Interior), CNA's domestic and overseas bureaus
as they appear in its datelines, and world capitals and large cities in their
usual Taiwanese and mainland spellings.
"""

from __future__ import annotations

TAIWAN = (
    "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹",
    "苗栗", "彰化", "南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖",
    "金門", "連江", "馬祖", "綠島", "蘭嶼", "小琉球", "竹北", "斗六", "太保", "朴子", "頭份",
    "竹南", "員林", "埔里", "恆春", "羅東", "鳳山", "中壢", "板橋", "淡水", "三重", "永和",
    "新店", "阿里山", "日月潭", "墾丁", "外海", "高雄港",
)  # fmt: skip

GREATER_CHINA = (
    "北京", "上海", "香港", "澳門", "廣州", "深圳", "武漢", "成都", "重慶", "天津", "南京",
    "杭州", "廈門", "福州", "西安", "瀋陽", "昆明", "長沙", "烏魯木齊", "拉薩", "廣州",
    "北京", "上海", "广州", "深圳", "武汉", "成都", "重庆", "厦门", "福州", "西安", "澳门",
)  # fmt: skip

WORLD = (
    "华盛顿", "休斯顿", "旧金山", "洛杉矶", "东京", "首尔", "伦敦", "巴黎", "柏林", "莫斯科",
    "華盛頓", "纽约", "紐約", "舊金山", "洛杉磯", "休士頓", "芝加哥", "波士頓", "西雅圖",
    "邁阿密", "亞特蘭大", "檀香山", "多倫多", "溫哥華", "渥太華", "蒙特婁", "墨西哥市",
    "聖保羅", "布宜諾斯艾利斯", "聖地牙哥", "利馬", "波哥大", "東京", "大阪", "京都", "名古屋",
    "福岡", "沖繩", "那霸", "札幌", "首爾", "釜山", "平壤", "新加坡", "吉隆坡", "曼谷", "河內",
    "胡志明市", "雅加達", "馬尼拉", "金邊", "仰光", "新德里", "孟買", "可倫坡", "達卡",
    "伊斯蘭堡", "喀布爾", "德黑蘭", "巴格達", "安卡拉", "伊斯坦堡", "耶路撒冷", "特拉維夫",
    "貝魯特", "杜拜", "利雅德", "開羅", "約翰尼斯堡", "奈洛比", "倫敦", "巴黎", "柏林", "法蘭克福",
    "慕尼黑", "布魯塞爾", "阿姆斯特丹", "海牙", "日內瓦", "蘇黎世", "維也納", "羅馬", "米蘭",
    "梵蒂岡", "馬德里", "巴塞隆納", "里斯本", "華沙", "布拉格", "布達佩斯", "莫斯科", "基輔",
    "明斯克", "斯德哥爾摩", "奧斯陸", "哥本哈根", "赫爾辛基", "維爾紐斯", "里加", "雪梨",
    "墨爾本", "坎培拉", "布里斯本", "伯斯", "奧克蘭", "威靈頓", "蘇瓦", "聯合國", "線上",
    "华盛顿", "伦敦", "巴黎", "柏林", "东京", "首尔", "莫斯科", "布鲁塞尔", "日内瓦",
)  # fmt: skip

ALL: tuple[str, ...] = tuple(sorted(set(TAIWAN + GREATER_CHINA + WORLD), key=len, reverse=True))
"""Longest first, so that `高雄港` wins over `高雄`."""

ADMINISTRATIVE_SUFFIXES = ("縣", "市", "县", "州", "島", "岛", "港")
