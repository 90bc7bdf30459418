using System.Security.Cryptography;

namespace SupervisionModels.Hosting.Confinement;

/// <summary>
/// A plugin DLL that the settings trust despite its refusals: its file name and the SHA-256 of the exact build, so
/// that a rebuilt or swapped DLL is checked again.
/// </summary>
/// <param name="File">The DLL's file name (<c>plate-tools.dll</c>), compared ordinally, case-insensitively.</param>
/// <param name="Sha256">The SHA-256 of its bytes, 64 hex digits in either case.</param>
public sealed record TrustedAssembly(string File, string Sha256)
{
    /// <summary>The lower-case hex SHA-256 of the file at <paramref name="path"/>.</summary>
    public static string HashOf(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>True when this entry names <paramref name="fileName"/> (any case).</summary>
    public bool Names(string fileName) => string.Equals(File, fileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when this entry trusts a file with hash <paramref name="sha256"/>.</summary>
    public bool Matches(string sha256) => string.Equals(Sha256, sha256, StringComparison.OrdinalIgnoreCase);
}
