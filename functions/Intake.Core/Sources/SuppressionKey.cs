using System.Security.Cryptography;
using System.Text;
using Intake.Core.DataControllers;

namespace Intake.Core.Sources;

/// <summary>
/// The minimal identifier kept so a person who objected to direct marketing is never re-added
/// (Art 21(3)): SHA-256 over a version tag, the controller and the normalized address. The plain
/// address is never stored; the controller in the hash keeps one controller's list from telling
/// anything about another's; the version lets the normalization change without mixing old keys.
/// </summary>
public static class SuppressionKey
{
    public const string Version = "v1";

    public static string For(ControllerId controller, string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var input = Version + "\n" + controller.Value + "\n" + Normalize(email);
        return Version + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }

    /// <summary>Trimmed, Unicode-normalized (NFKC) and lower-cased, so the same address typed differently hashes the same.</summary>
    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }
}
