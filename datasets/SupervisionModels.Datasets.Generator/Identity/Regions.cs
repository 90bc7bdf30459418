namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>A county-level area of the generated region, with the institutions the datasets name.</summary>
/// <param name="Code">The GB/T 2260 area code (the first six digits of its residents' ID numbers).</param>
/// <param name="Province">山东省.</param>
/// <param name="City">The prefecture-level city, e.g. 枣庄市.</param>
/// <param name="County">The county-level name, e.g. 薛城区.</param>
/// <param name="CityShort">The local short name company names start with (枣庄, 滕州, 龙口, 单县).</param>
/// <param name="CourtCode">The basic court's code in case numbers, e.g. 鲁0403.</param>
/// <param name="PlatePrefix">The plate prefix of the city, e.g. 鲁D.</param>
/// <param name="Townships">Townships and sub-districts (乡镇/街道).</param>
/// <param name="Weight">Relative population.</param>
internal sealed record Area(
    string Code, string Province, string City, string County, string CityShort, string CourtCode, string PlatePrefix,
    IReadOnlyList<string> Townships, double Weight)
{
    public string FullName => Province + City + County;

    public string CountyShort => County.Length > 2 ? County[..^1] : County;

    /// <summary>Districts are named with their city (山东省枣庄市薛城区人民法院); counties and county-level cities are not (山东省单县人民法院).</summary>
    public string CourtName => Province + LocalName + "人民法院";

    public string ProcuratorateName => Province + LocalName + "人民检察院";

    /// <summary>枣庄市薛城区 for a district, 滕州市 or 单县 otherwise.</summary>
    public string LocalName => IsDistrict ? City + County : County;

    public bool IsDistrict => County.EndsWith('区');

    public string PoliceBureau => IsDistrict ? City + "公安局" + CountyShort + "分局" : County + "公安局";

    public string IntermediateCourtCode => CourtCode[..3];

    public string IntermediateCourtName => Province + City + "中级人民法院";

    public bool IsRural(string township) => township.EndsWith('镇') || township.EndsWith('乡');
}

/// <summary>
/// The generated region: the six basic courts of 枣庄 (home of the plate-auction case), 龙口 (the nitrous-oxide model)
/// and 单县 (judicial aid), each a real county with its real area code, court code and townships, plus the places
/// migrants come from. Everything is synthetic except these public administrative facts.
/// </summary>
internal static class Regions
{
    public const string Province = "山东省";

    public static readonly Area Shizhong = new("370402", Province, "枣庄市", "市中区", "枣庄", "鲁0402", "鲁D",
        ["光明路街道", "中心街街道", "文化路街道", "龙山路街道", "矿区街道", "税郭镇", "孟庄镇", "西王庄镇", "永安镇"], 5.8);

    public static readonly Area Xuecheng = new("370403", Province, "枣庄市", "薛城区", "枣庄", "鲁0403", "鲁D",
        ["临城街道", "常庄街道", "新城街道", "巨山街道", "沙沟镇", "周营镇", "邹坞镇", "陶庄镇"], 5.0);

    public static readonly Area Yicheng = new("370404", Province, "枣庄市", "峄城区", "枣庄", "鲁0404", "鲁D",
        ["坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇"], 3.9);

    public static readonly Area Taierzhuang = new("370405", Province, "枣庄市", "台儿庄区", "枣庄", "鲁0405", "鲁D",
        ["运河街道", "邳庄镇", "张山子镇", "泥沟镇", "涧头集镇", "马兰屯镇"], 3.0);

    public static readonly Area Shanting = new("370406", Province, "枣庄市", "山亭区", "枣庄", "鲁0406", "鲁D",
        ["山城街道", "店子镇", "西集镇", "桑村镇", "北庄镇", "城头镇", "徐庄镇", "水泉镇", "冯卯镇"], 4.8);

    public static readonly Area Tengzhou = new("370481", Province, "枣庄市", "滕州市", "滕州", "鲁0481", "鲁D",
        ["荆河街道", "龙泉街道", "北辛街道", "善南街道", "东沙河街道", "洪绪镇", "南沙河镇", "大坞镇", "滨湖镇", "级索镇", "西岗镇", "姜屯镇", "鲍沟镇", "张汪镇", "官桥镇", "柴胡店镇", "羊庄镇", "木石镇", "界河镇", "龙阳镇", "东郭镇"], 16.0);

    public static readonly Area Longkou = new("370681", Province, "烟台市", "龙口市", "龙口", "鲁0681", "鲁F",
        ["东莱街道", "龙港街道", "新嘉街道", "徐福街道", "东江街道", "黄山馆镇", "北马镇", "芦头镇", "下丁家镇", "七甲镇", "石良镇", "兰高镇", "诸由观镇"], 6.3);

    public static readonly Area Shanxian = new("371722", Province, "菏泽市", "单县", "单县", "鲁1722", "鲁R",
        ["南城街道", "北城街道", "园艺街道", "东城街道", "郭村镇", "黄岗镇", "终兴镇", "高韦庄镇", "徐寨镇", "蔡堂镇", "朱集镇", "李新庄镇", "浮岗镇", "莱河镇", "时楼镇", "杨楼镇", "张集镇", "龙王庙镇", "谢集镇", "李田楼镇"], 12.0);

    /// <summary>The region's counties (courts, residences, registries).</summary>
    public static readonly IReadOnlyList<Area> Local = [Shizhong, Xuecheng, Yicheng, Taierzhuang, Shanting, Tengzhou, Longkou, Shanxian];

    /// <summary>Where migrants' ID numbers come from: real county codes of neighbouring places.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Elsewhere =
    [
        ("370102", "山东省济南市历下区"), ("370211", "山东省青岛市黄岛区"), ("370602", "山东省烟台市芝罘区"), ("371702", "山东省菏泽市牡丹区"),
        ("370826", "山东省济宁市微山县"), ("370883", "山东省济宁市邹城市"), ("371721", "山东省菏泽市曹县"), ("370686", "山东省烟台市栖霞市"),
        ("320311", "江苏省徐州市泉山区"), ("320382", "江苏省邳州市"), ("341321", "安徽省宿州市砀山县"), ("410526", "河南省安阳市滑县"),
    ];

    public static Area ByCode(string code) => Local.First(a => a.Code == code);

    /// <summary>The three basic courts where the planted plate-auction suits were filed (the article: three basic courts).</summary>
    public static readonly IReadOnlyList<Area> FakeLitigationCourts = [Xuecheng, Yicheng, Tengzhou];

    public static readonly IReadOnlyList<string> Roads =
    [
        "人民路", "建设路", "解放路", "光明路", "文化路", "振兴路", "民生路", "青年路", "北京路", "黄河路", "长江路", "泰山路",
        "永兴路", "复兴路", "新华路", "和平路", "幸福路", "工业路", "学院路", "府前路", "东环路", "西昌路", "龙山路", "临山路",
    ];

    public static readonly IReadOnlyList<string> Estates =
    [
        "阳光花园", "金色家园", "锦绣华庭", "御景城", "幸福里小区", "凤凰城", "翡翠城", "恒大名都", "世纪花园", "东方明珠小区",
        "书香苑", "福泰园", "新城佳苑", "紫薇花园", "香榭丽舍", "龙湖小区", "和谐家园", "温馨家园",
    ];

    public static readonly IReadOnlyList<string> VillageStems =
    [
        "王庄", "李楼", "张集", "刘营", "后屯", "前庄", "东村", "西湖", "南岗", "北洼", "大店", "小河", "杨庄", "孙楼", "赵圈",
        "陈寨", "高庄", "马岭", "黄村", "郭集", "徐楼", "石桥", "柳林", "枣园", "桃花", "梨园", "杏山", "双河", "三合", "五里",
    ];
}
