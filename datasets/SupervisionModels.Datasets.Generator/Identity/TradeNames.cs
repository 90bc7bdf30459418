namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>Characters of trade names (字号): auspicious and common, combined two at a time.</summary>
internal static class TradeNames
{
    public static readonly string[] Chars =
    [
        "鑫", "达", "恒", "泰", "鸿", "宏", "盛", "源", "华", "中", "通", "顺", "祥", "瑞", "隆", "兴", "旺", "丰", "益", "利",
        "金", "凯", "德", "福", "荣", "昌", "永", "安", "信", "诚", "海", "天", "宇", "正", "远", "航", "弘", "嘉", "佳", "润",
        "博", "晟", "聚", "汇", "鼎", "峰", "辉", "腾", "宝", "久", "合", "和", "美", "新", "东", "方", "明", "光", "星", "成",
        "立", "邦", "创", "联", "运", "发", "亿", "万", "众", "鲁", "齐", "运", "河", "山", "圣", "源", "翔", "骏", "锦", "程",
    ];
}
