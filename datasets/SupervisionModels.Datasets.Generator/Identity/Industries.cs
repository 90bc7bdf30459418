namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>An industry: its registry name, the words companies in it put in their names, and a business scope.</summary>
internal sealed record Industry(string Name, IReadOnlyList<string> NameWords, string Scope, double Weight);

/// <summary>The industries of the background economy, weighted roughly like a prefecture's register.</summary>
internal static class Industries
{
    public static readonly Industry Freight = new("道路货物运输", ["运输", "物流", "货运", "汽车运输"], "普通货运；货物专用运输（集装箱）；国内货物运输代理；装卸搬运服务", 8);
    public static readonly Industry Trade = new("批发业", ["商贸", "贸易", "商行", "工贸"], "日用百货、五金交电、建筑材料、化工产品（不含危险化学品）销售", 14);
    public static readonly Industry Construction = new("房屋建筑业", ["建筑工程", "建设工程", "建安"], "房屋建筑工程施工；市政公用工程施工；土石方工程施工", 8);
    public static readonly Industry CarSales = new("汽车、摩托车、零配件和燃料及其他动力销售", ["汽车销售服务", "汽车贸易", "车业"], "汽车（不含小轿车）销售；汽车配件销售；二手车经纪；汽车租赁", 4);
    public static readonly Industry Machinery = new("通用设备制造业", ["机械", "机械设备", "重工"], "矿山机械、农业机械制造、销售；机械零部件加工", 5);
    public static readonly Industry Food = new("食品制造业", ["食品", "食品科技", "农产品"], "糕点、面包制造；食品销售；农副产品收购", 5);
    public static readonly Industry Coal = new("煤炭开采和洗选业", ["煤业", "矿业", "能源"], "煤炭洗选、销售；矿山设备租赁", 2);
    public static readonly Industry Chemical = new("化学原料和化学制品制造业", ["化工", "新材料"], "化工产品（不含危险化学品）生产、销售", 2);
    public static readonly Industry Tech = new("软件和信息技术服务业", ["科技", "信息技术", "网络科技", "电子商务"], "软件开发；信息系统集成服务；网络技术服务", 8);
    public static readonly Industry Decoration = new("建筑装饰、装修和其他建筑业", ["装饰工程", "装饰设计"], "室内外装饰装修工程设计、施工", 5);
    public static readonly Industry Labour = new("商务服务业", ["劳务", "人力资源", "企业管理咨询"], "劳务派遣；劳务分包；企业管理咨询", 5);
    public static readonly Industry Catering = new("餐饮业", ["餐饮管理", "酒店管理", "饮食"], "餐饮服务；酒店管理", 6);
    public static readonly Industry Agriculture = new("农业", ["农业科技", "农业发展", "种植"], "农作物种植；农业技术推广；农产品初加工", 6);
    public static readonly Industry RealEstate = new("房地产业", ["房地产开发", "置业", "物业管理"], "房地产开发经营；物业管理", 4);
    public static readonly Industry CarRental = new("租赁业", ["汽车租赁", "机械租赁"], "汽车租赁；建筑工程机械与设备租赁", 2);
    public static readonly Industry Textile = new("纺织业", ["纺织", "服饰"], "棉纱、坯布生产、销售", 2);
    public static readonly Industry BuildingMaterials = new("非金属矿物制品业", ["建材", "水泥制品", "新型建材"], "水泥制品、商品混凝土生产、销售", 4);
    public static readonly Industry Media = new("广告业", ["文化传媒", "广告"], "广告设计、制作、发布；文化艺术交流活动策划", 3);
    public static readonly Industry Pharmacy = new("零售业", ["大药房", "医药连锁"], "药品零售；医疗器械销售", 2);
    public static readonly Industry Entertainment = new("娱乐业", ["娱乐", "文化娱乐", "休闲娱乐"], "歌舞娱乐服务；酒吧服务；网吧活动", 2);
    public static readonly Industry Lodging = new("住宿业", ["酒店", "宾馆", "酒店管理"], "住宿服务；餐饮服务；会议服务", 2);

    /// <summary>Special sectors, created on purpose and never drawn at random.</summary>
    public static readonly Industry Banking = new("货币金融服务", ["银行"], "吸收公众存款；发放短期、中期和长期贷款；办理国内结算", 0);
    public static readonly Industry MicroLending = new("其他金融业", ["小额贷款"], "在县域范围内办理各项小额贷款；开展小企业发展、管理、财务等咨询业务", 0);
    public static readonly Industry FinancialLeasing = new("其他金融业", ["融资租赁"], "融资租赁业务；租赁业务；向国内外购买租赁财产；租赁财产的残值处理及维修", 0);
    public static readonly Industry Insurance = new("保险业", ["财产保险"], "机动车保险；企业财产损失保险；家庭财产损失保险；责任保险", 0);
    public static readonly Industry Gas = new("危险化学品经营", ["气体", "工业气体", "特种气体"], "危险化学品经营（按许可证核定范围）；工业气体、医用气体、食品添加剂销售", 0);
    public static readonly Industry DangerousGoods = new("道路货物运输", ["危货运输", "危险品运输", "化工物流"], "道路危险货物运输（按许可证核定范围）；普通货运", 0);
    public static readonly Industry Bakery = new("餐饮业", ["烘焙", "蛋糕", "食品"], "糕点、面包制售；饮品店经营；食品销售", 0);
    public static readonly Industry Medical = new("卫生", ["医院", "口腔门诊", "诊所"], "医疗服务；口腔科、麻醉科诊疗", 0);
    public static readonly Industry Electronics = new("计算机、通信和其他电子设备制造业", ["电子", "半导体"], "半导体器件、集成电路生产；电子特种气体使用", 0);
    public static readonly Industry LawFirm = new("法律服务", ["律师事务所"], "法律服务", 0);

    public static readonly IReadOnlyList<Industry> Background =
    [
        Freight, Trade, Construction, CarSales, Machinery, Food, Coal, Chemical, Tech, Decoration, Labour, Catering,
        Agriculture, RealEstate, CarRental, Textile, BuildingMaterials, Media, Pharmacy, Entertainment, Lodging,
    ];
}
