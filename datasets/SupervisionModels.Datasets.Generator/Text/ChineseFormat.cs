using System.Globalization;
using System.Text;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>Dates and amounts the way Chinese legal documents write them.</summary>
internal static class ChineseFormat
{
    private const string Digits = "〇一二三四五六七八九";
    private const string CapitalDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>2021年3月2日.</summary>
    public static string Date(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    /// <summary>2021年3月.</summary>
    public static string Month(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月");

    /// <summary>二〇二一年三月二十日, as the signature of a judgment dates it.</summary>
    public static string SignatureDate(DateOnly d)
    {
        var sb = new StringBuilder(16);
        foreach (var c in d.Year.ToString(CultureInfo.InvariantCulture))
        {
            sb.Append(Digits[c - '0']);
        }

        sb.Append('年').Append(SmallNumber(d.Month)).Append('月').Append(SmallNumber(d.Day)).Append('日');
        return sb.ToString();
    }

    /// <summary>1 to 99 in Chinese numerals: 三, 十二, 二十, 三十一.</summary>
    public static string SmallNumber(int n)
    {
        if (n < 10)
        {
            return Digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (ones == 0 ? string.Empty : Digits[ones].ToString());
    }

    /// <summary>180000元 or 180000.50元.</summary>
    public static string Yuan(decimal amount) =>
        (amount == decimal.Truncate(amount) ? amount.ToString("0", CultureInfo.InvariantCulture) : amount.ToString("0.00", CultureInfo.InvariantCulture)) + "元";

    /// <summary>18万元 when round, else 180500元.</summary>
    public static string WanOrYuan(decimal amount) =>
        amount % 10_000 == 0 ? (amount / 10_000).ToString("0", CultureInfo.InvariantCulture) + "万元" : Yuan(amount);

    /// <summary>Capital numerals for IOUs: 壹拾捌万元整.</summary>
    public static string Capital(decimal amount)
    {
        var n = (long)decimal.Truncate(amount);
        if (n == 0)
        {
            return "零元整";
        }

        var sb = new StringBuilder();
        var wan = n / 10_000;
        var rest = n % 10_000;
        if (wan > 0)
        {
            sb.Append(CapitalGroup((int)wan)).Append('万');
        }

        if (rest > 0)
        {
            if (wan > 0 && rest < 1000)
            {
                sb.Append('零');
            }

            sb.Append(CapitalGroup((int)rest));
        }

        return sb.Append("元整").ToString();
    }

    private static string CapitalGroup(int n)
    {
        string[] units = ["仟", "佰", "拾", ""];
        var sb = new StringBuilder();
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = n / (int)Math.Pow(10, 3 - i) % 10;
            if (d == 0)
            {
                zero = sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append('零');
                zero = false;
            }

            sb.Append(CapitalDigits[d]).Append(units[i]);
        }

        return sb.ToString();
    }
}
