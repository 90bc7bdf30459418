using System.Globalization;

namespace SupervisionModels.Entities;

/// <summary>
/// The 18-character resident identity number (公民身份号码, GB 11643-1999): 6-digit area code, birth date,
/// 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
/// </summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character for the first 17 characters of <paramref name="body"/>.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length < 17)
        {
            throw new ArgumentException("A resident ID body has 17 digits.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = body[i];
            if (c is < '0' or > '9')
            {
                throw new ArgumentException($"Character {i + 1} of a resident ID body must be a digit, found '{c}'.", nameof(body));
            }

            sum += (c - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>True when <paramref name="value"/> is 18 characters, has a real birth date and a correct check character.</summary>
    public static bool IsValid(ReadOnlySpan<char> value) => TryGetBirthDate(value, out _);

    /// <summary>The birth date of a valid resident ID.</summary>
    public static bool TryGetBirthDate(ReadOnlySpan<char> value, out DateOnly birthDate)
    {
        birthDate = default;
        if (value.Length != 18)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        if (char.ToUpperInvariant(value[17]) != CheckCharacter(value))
        {
            return false;
        }

        return DateOnly.TryParseExact(value.Slice(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate);
    }

    /// <summary>Age in whole years on <paramref name="onDate"/>, or null when the ID is not valid.</summary>
    /// <remarks>Minors are judged by their age on the date of the event, never by today's age.</remarks>
    public static int? AgeAt(ReadOnlySpan<char> value, DateOnly onDate)
    {
        if (!TryGetBirthDate(value, out var birth))
        {
            return null;
        }

        var age = onDate.Year - birth.Year;
        if (onDate < birth.AddYears(age))
        {
            age--;
        }

        return age;
    }

    /// <summary>True for a man (odd 17th digit), false for a woman; null when the ID is not valid.</summary>
    public static bool? IsMale(ReadOnlySpan<char> value) =>
        IsValid(value) ? (value[16] - '0') % 2 == 1 : null;

    /// <summary>Upgrades a legacy 15-digit ID (GB 11643-1989) to 18 characters; returns other input unchanged.</summary>
    public static string Upgrade(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != 15 || !value.All(char.IsAsciiDigit))
        {
            return value;
        }

        var body = string.Concat(value.AsSpan(0, 6), "19", value.AsSpan(6));
        return body + CheckCharacter(body);
    }
}
