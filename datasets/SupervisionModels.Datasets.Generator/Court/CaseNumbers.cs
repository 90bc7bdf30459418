using System.Globalization;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Case numbers in the 2016 format: （收案年度）+ 法院代字 + 类型代字 + 编号 + 号, with full-width brackets.</summary>
internal static class CaseNumbers
{
    public static string Format(int year, string courtCode, string caseType, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"（{year}）{courtCode}{caseType}{number}号");
}
