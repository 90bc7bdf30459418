namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>A chemical of the 危险化学品目录 as licences name it, with its UN number and class for transport.</summary>
internal sealed record Chemical(string LicenceName, string GoodsName, string UnNo, string HazardClass);

/// <summary>The chemicals gas traders and carriers handle; nitrous oxide is UN1070, class 2.2 (non-flammable gas).</summary>
internal static class Chemicals
{
    public static readonly Chemical NitrousOxide = new("一氧化二氮[压缩的或液化的]", "一氧化二氮", "UN1070", "2.2");
    public static readonly Chemical Oxygen = new("氧[压缩的或液化的]", "氧气", "UN1072", "2.2");
    public static readonly Chemical Nitrogen = new("氮[压缩的或液化的]", "氮气", "UN1066", "2.2");
    public static readonly Chemical Argon = new("氩[压缩的或液化的]", "氩气", "UN1006", "2.2");
    public static readonly Chemical CarbonDioxide = new("二氧化碳[压缩的或液化的]", "二氧化碳", "UN1013", "2.2");
    public static readonly Chemical Acetylene = new("乙炔", "溶解乙炔", "UN1001", "2.1");
    public static readonly Chemical Propane = new("丙烷", "丙烷", "UN1978", "2.1");
    public static readonly Chemical Lpg = new("液化石油气", "液化石油气", "UN1075", "2.1");
    public static readonly Chemical Petrol = new("汽油", "汽油", "UN1203", "3");
    public static readonly Chemical Diesel = new("柴油[闭杯闪点≤60℃]", "柴油", "UN1202", "3");
    public static readonly Chemical Methanol = new("甲醇", "甲醇", "UN1230", "3");
    public static readonly Chemical Hydrogen = new("氢", "氢气", "UN1049", "2.1");

    /// <summary>Everything but nitrous oxide, which scenarios place on purpose.</summary>
    public static readonly IReadOnlyList<Chemical> Common = [Oxygen, Nitrogen, Argon, CarbonDioxide, Acetylene, Propane, Lpg, Petrol, Diesel, Methanol, Hydrogen];

    public static readonly IReadOnlyList<string> GeneralGoods =
        ["钢材", "水泥", "煤炭", "玉米", "小麦", "日用百货", "化肥", "建筑材料", "家具", "食品饮料", "机械配件", "纸制品", "苹果", "花生", "塑料颗粒", "电线电缆"];
}
