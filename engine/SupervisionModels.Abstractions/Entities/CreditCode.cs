namespace SupervisionModels.Entities;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) with its MOD 31 check character.
/// </summary>
public static class CreditCode
{
    /// <summary>The code's alphabet: digits and capitals without I, O, Z, S, V; a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check character for the first 17 characters of <paramref name="body"/>.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length < 17)
        {
            throw new ArgumentException("A credit code body has 17 characters.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(body[i]);
            if (v < 0)
            {
                throw new ArgumentException($"Character {i + 1} of a credit code body, '{body[i]}', is not in the code's alphabet.", nameof(body));
            }

            sum += v * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>The check character of an 8-character organisation code body (组织机构代码, GB 11714).</summary>
    public static char OrganizationCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length < 8)
        {
            throw new ArgumentException("An organisation code body has 8 characters.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var v = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : -1;
            if (v < 0)
            {
                throw new ArgumentException($"Character {i + 1} of an organisation code body, '{c}', is not a digit or capital.", nameof(body));
            }

            sum += v * OrganizationWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    /// <summary>True when <paramref name="value"/> is 18 characters of the alphabet with a correct check character.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 18)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (Alphabet.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return CheckCharacter(value) == value[17];
    }
}
