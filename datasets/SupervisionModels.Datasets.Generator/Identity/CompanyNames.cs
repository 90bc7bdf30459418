using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>
/// Company names as registered: region + trade name (字号) + industry word + organisational form, e.g.
/// 枣庄市薛城区鑫达运输有限公司, 滕州恒泰商贸有限公司, 鸿盛融资租赁（枣庄）有限公司, 单县顺发汽车修理部.
/// </summary>
internal static class CompanyNames
{
    public static string Build(Rng rng, Industry industry, Area area, bool bracketRegion, int attempt)
    {
        var trade = rng.Pick(TradeNames.Chars) + rng.Pick(TradeNames.Chars);
        if (attempt > 3 || rng.Chance(0.06))
        {
            trade += rng.Pick(TradeNames.Chars);
        }

        var word = rng.Pick(industry.NameWords);
        if (industry == Industries.LawFirm)
        {
            return "山东" + trade + "律师事务所";
        }

        if (industry == Industries.Agriculture && rng.Chance(0.3))
        {
            return area.County + trade + "种植专业合作社";
        }

        if (word is "商行" or "大药房")
        {
            return area.County + trade + word;
        }

        var form = rng.NextDouble() switch
        {
            < 0.74 => "有限公司",
            < 0.86 => "有限责任公司",
            < 0.89 => "股份有限公司",
            _ => rng.Pick("经营部", "服务部", "店"),
        };
        if (form is "经营部" or "服务部" or "店")
        {
            return area.County + trade + word + form;
        }

        if (bracketRegion)
        {
            return trade + word + "（" + area.CityShort + "）" + form;
        }

        var region = rng.NextDouble() switch
        {
            < 0.30 => area.City,
            < 0.55 => area.IsDistrict ? area.City + area.County : area.County,
            < 0.90 => area.CityShort,
            _ => "山东",
        };
        return region + trade + word + form;
    }

    /// <summary>The credit code's department and kind characters and the register's enterprise type for a name.</summary>
    public static (char Department, char Kind, string Type) FormOf(string name, Industry industry)
    {
        if (industry == Industries.LawFirm)
        {
            return ('3', '1', "律师事务所");
        }

        if (name.EndsWith("合作社", StringComparison.Ordinal))
        {
            return ('9', '3', "农民专业合作社");
        }

        if (name.EndsWith("经营部", StringComparison.Ordinal) || name.EndsWith("服务部", StringComparison.Ordinal) || name.EndsWith('店')
            || name.EndsWith("商行", StringComparison.Ordinal) || name.EndsWith("大药房", StringComparison.Ordinal) || name.EndsWith("修理部", StringComparison.Ordinal))
        {
            return ('9', '2', "个体工商户");
        }

        if (name.EndsWith("支行", StringComparison.Ordinal) || name.EndsWith("支公司", StringComparison.Ordinal) || name.EndsWith("分公司", StringComparison.Ordinal))
        {
            return ('9', '1', "分公司");
        }

        if (name.EndsWith("医院", StringComparison.Ordinal))
        {
            return ('1', '2', "事业单位");
        }

        return name.EndsWith("股份有限公司", StringComparison.Ordinal) ? ('9', '1', "股份有限公司") : ('9', '1', "有限责任公司");
    }
}
