using System.Security.Cryptography;
using System.Text;

namespace SupervisionModels.Runtime.Leads;

/// <summary>
/// Stable lead ids: a short hash of model id, subject key and role, so a lead keeps its id across runs while its
/// evidence grows, and <c>diff</c> can tell new leads from old ones.
/// </summary>
public static class LeadIds
{
    private const string Base32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1: ids are read aloud and typed

    /// <summary>The id of the lead of <paramref name="modelId"/> about <paramref name="subjectKey"/> in <paramref name="role"/>: <c>SM0001-XXXXXXXXXX</c>.</summary>
    public static string For(string modelId, string subjectKey, string role)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{modelId}\n{subjectKey}\n{role}"));
        var sb = new StringBuilder(modelId.Length + 11).Append(modelId).Append('-');
        ulong bits = 0;
        for (var i = 0; i < 8; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        for (var i = 0; i < 10; i++)
        {
            sb.Append(Base32[(int)(bits >> 59)]);
            bits <<= 5;
        }

        return sb.ToString();
    }
}
