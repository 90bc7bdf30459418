using System.Globalization;
using System.Text;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Entities;

namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>Builders for identifiers with real structure and check characters (the checks themselves live in Abstractions).</summary>
internal static class Identifiers
{
    private const string VinChars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static readonly int[] VinWeights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    /// <summary>
    /// A unified social credit code: registration department (9 market regulation, 3 justice, 1 government…), kind
    /// (1 enterprise, 2 sole trader, 3 cooperative), the registering area, a 9-character organisation code (post-2015
    /// "MA" style or an older all-digit one) with its GB 11714 check, and the GB 32100 check character.
    /// </summary>
    public static string CreditCode(Rng rng, char department, char kind, string areaCode, bool modern)
    {
        Span<char> body = stackalloc char[8];
        if (modern)
        {
            body[0] = 'M';
            body[1] = 'A';
            for (var i = 2; i < 8; i++)
            {
                body[i] = Entities.CreditCode.Alphabet[rng.Next(Entities.CreditCode.Alphabet.Length)];
            }
        }
        else
        {
            for (var i = 0; i < 8; i++)
            {
                body[i] = (char)('0' + rng.Next(10));
            }
        }

        var sb = new StringBuilder(18);
        sb.Append(department).Append(kind).Append(areaCode).Append(body).Append(Entities.CreditCode.OrganizationCheckCharacter(body));
        var code17 = sb.ToString();
        return code17 + Entities.CreditCode.CheckCharacter(code17);
    }

    /// <summary>
    /// A 17-character VIN: a Chinese manufacturer prefix (WMI), vehicle descriptor, the ISO 3779 check digit in position
    /// 9, model-year code, plant and serial. Unique for distinct <paramref name="serial"/> within a WMI.
    /// </summary>
    public static string Vin(Rng rng, long serial, int modelYear)
    {
        string[] wmis = ["LSV", "LFV", "LGB", "LVS", "LSG", "LZW", "LHG", "LBE", "LGX", "LVV", "LFP", "LNB", "LDC", "LJD", "LZZ", "LFW"];
        var chars = new char[17];
        var wmi = wmis[(int)(serial % wmis.Length)];
        wmi.CopyTo(0, chars, 0, 3);
        for (var i = 3; i < 8; i++)
        {
            chars[i] = VinChars[rng.Next(VinChars.Length)];
        }

        chars[9] = YearCode(modelYear);
        chars[10] = VinChars[rng.Next(VinChars.Length)];
        var s = (serial / wmis.Length) % 1_000_000;
        var digits = s.ToString("D6", CultureInfo.InvariantCulture);
        digits.CopyTo(0, chars, 11, 6);
        chars[8] = '0';
        chars[8] = VinCheck(chars);
        return new string(chars);
    }

    /// <summary>The ISO 3779 / GB 16735 check character of a VIN (position 9).</summary>
    public static char VinCheck(ReadOnlySpan<char> vin)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += VinValue(vin[i]) * VinWeights[i];
        }

        var r = sum % 11;
        return r == 10 ? 'X' : (char)('0' + r);
    }

    public static bool IsValidVin(string vin) =>
        vin.Length == 17 && vin.All(c => VinChars.Contains(c, StringComparison.Ordinal)) && VinCheck(vin) == vin[8];

    /// <summary>
    /// A plate body (the 5 characters after the prefix) unique for each <paramref name="index"/> below 1,156,000:
    /// an affine bijection spreads consecutive indices over the space, so plates do not run in order.
    /// </summary>
    public static string PlateBody(long index)
    {
        const long space = 34L * 34 * 1000;
        const string symbols = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var v = ((index * 480_107L) + 12_345) % space;
        var a = symbols[(int)(v / 34_000)];
        var b = symbols[(int)(v / 1000 % 34)];
        return string.Create(CultureInfo.InvariantCulture, $"{a}{b}{v % 1000:D3}");
    }

    /// <summary>A resident ID from its parts (used where a scenario needs a specific birth date).</summary>
    public static string ResidentIdFor(string areaCode, DateOnly birth, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{areaCode}{birth:yyyyMMdd}{sequence:D3}");
        return body + ResidentId.CheckCharacter(body);
    }

    private static int VinValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }

        // Transliteration of ISO 3779: A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9.
        return c switch
        {
            >= 'A' and <= 'H' => c - 'A' + 1,
            >= 'J' and <= 'N' => c - 'J' + 1,
            'P' => 7,
            'R' => 9,
            >= 'S' and <= 'Z' => c - 'S' + 2,
            _ => throw new ArgumentException($"'{c}' cannot appear in a VIN.", nameof(c)),
        };
    }

    private static char YearCode(int year)
    {
        const string codes = "ABCDEFGHJKLMNPRSTVWXY123456789";
        return codes[(year - 2010 + 30) % 30];
    }
}
