"""Character pairs that tell Traditional from Simplified Chinese.

Each pair is one common word-forming character in its Traditional and its
Simplified form (the forms differ; characters shared by both scripts are left
out). Source: the General Standard Chinese Characters table (通用规范汉字表,
2013) and its Traditional correspondences, restricted to high-frequency news
vocabulary.
"""

from __future__ import annotations

PAIRS = (
    "這这 個个 們们 來来 時时 說说 為为 國国 會会 對对 經经 與与 後后 發发 開开 關关 點点 問问 學学 頭头 "
    "聽听 見见 長长 區区 東东 車车 門门 書书 無无 專专 業业 電电 話话 記记 實实 體体 現现 產产 動动 當当 "
    "應应 從从 還还 過过 進进 運运 邊边 錢钱 灣湾 歲岁 華华 亞亚 歐欧 陸陆 網网 際际 機机 雙双 聯联 "
    "議议 員员 總总 統统 選选 舉举 據据 導导 報报 衛卫 隊队 軍军 權权 戰战 爭争 醫医 療疗 險险 價价 "
    "處处 縣县 術术 藝艺 視视 聞闻 讀读 計计 設设 認认 證证 態态 隨随 讓让 將将 並并 於于 貿贸 濟济 "
    "彈弹 環环 務务 傳传 媒媒 構构 飛飞 島岛 歷历 屬属 辦办 這这 則则 變变 義义 們们 號号 區区 條条 "
    "協协 調调 確确 萬万 億亿 藥药 檢检 測测 蘭兰 烏乌 俄俄 習习 陳陈 劉刘 張张 楊杨 黃黄 趙赵 鄭郑"
)  # fmt: skip

TRADITIONAL: frozenset[str] = frozenset(pair[0] for pair in PAIRS.split() if pair[0] != pair[1])
SIMPLIFIED: frozenset[str] = frozenset(pair[1] for pair in PAIRS.split() if pair[0] != pair[1])
