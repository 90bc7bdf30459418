using System.Globalization;

namespace SupervisionModels.Hosting.Settings;

/// <summary>Durations as people write them on a command line or in a settings file: <c>500ms</c>, <c>90s</c>, <c>10m</c>, <c>1h</c>, or a bare number of seconds.</summary>
public static class Duration
{
    /// <summary>Parses <paramref name="text"/>; false unless it is a positive, finite duration.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var s = text?.Trim() ?? "";
        var (number, unit) = s.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (s[..^2], 0.001)
            : s.EndsWith('s') || s.EndsWith('S') ? (s[..^1], 1.0)
            : s.EndsWith('m') || s.EndsWith('M') ? (s[..^1], 60.0)
            : s.EndsWith('h') || s.EndsWith('H') ? (s[..^1], 3600.0)
            : (s, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var seconds = value * unit;
        if (!double.IsFinite(seconds) || seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
