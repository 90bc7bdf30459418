namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>Article numbers that changed with the 2021 Civil Code and the 2021 revision of the Civil Procedure Law.</summary>
internal static class Laws
{
    private static readonly DateOnly CivilCodeInForce = new(2021, 1, 1);
    private static readonly DateOnly ProcedureRevision = new(2022, 1, 1);

    public static bool CivilCode(DateOnly decided) => decided >= CivilCodeInForce;

    public static string Procedure(DateOnly decided) => "《中华人民共和国民事诉讼法》";

    /// <summary>The burden-of-proof article (谁主张，谁举证).</summary>
    public static string Evidence(DateOnly decided) => decided >= ProcedureRevision ? "第六十七条" : "第六十四条";

    /// <summary>The default-judgment article.</summary>
    public static string DefaultJudgment(DateOnly decided) => decided >= ProcedureRevision ? "第一百四十七条" : "第一百四十四条";

    /// <summary>The article on interest for delayed performance.</summary>
    public static string DelayInterest(DateOnly decided) => decided >= ProcedureRevision ? "第二百六十条" : "第二百五十三条";

    /// <summary>The loan articles: Civil Code 667/674/675/676 or Contract Law 196/206/207.</summary>
    public static string Loan(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十五条、第六百七十六条" : "《中华人民共和国合同法》第一百九十六条、第二百零六条、第二百零七条";

    public static string Sale(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百九十五条、第六百二十六条" : "《中华人民共和国合同法》第六十条、第一百零七条、第一百三十条、第一百五十九条";

    public static string Contract(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第四百六十五条、第五百零九条、第五百七十七条" : "《中华人民共和国合同法》第八条、第六十条、第一百零七条";

    public static string Tort(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第一千一百六十五条、第一千一百七十九条、第一千二百零八条、第一千二百一十三条" : "《中华人民共和国侵权责任法》第六条、第十六条、第四十八条，《中华人民共和国道路交通安全法》第七十六条";

    public static string Divorce(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第一千零七十九条、第一千零八十四条、第一千零八十五条、第一千零八十七条" : "《中华人民共和国婚姻法》第三十二条、第三十六条、第三十七条、第三十九条";

    public static string Lease(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第七百零三条、第七百二十一条、第七百二十二条" : "《中华人民共和国合同法》第二百一十二条、第二百二十六条、第二百二十七条";

    public static string Guarantee(DateOnly decided) =>
        CivilCode(decided) ? "《中华人民共和国民法典》第六百八十一条、第六百八十八条、第七百条" : "《中华人民共和国担保法》第十八条、第三十一条";

    public static string Labour(DateOnly decided) => "《中华人民共和国劳动合同法》第三十条、第八十五条，《中华人民共和国劳动法》第五十条";
}
