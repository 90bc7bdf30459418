namespace SupervisionModels.Cli;

/// <summary>
/// Masks personal data in what the CLI prints: natural persons' names keep their first character (张*), identifiers
/// their first four and last four (3704**********1234). Organisations and venues are public and shown whole.
/// </summary>
internal static class Masking
{
    public static string Name(string name, string kind) =>
        kind != "person" || name.Length <= 1 ? name : name[0] + new string('*', name.Length - 1);

    public static string Identifier(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : value[..4] + new string('*', value.Length - 8) + value[^4..];
}
