using System.Security.Cryptography;
using Intake.Adapters.Hosting;
using Intake.Core.Tokens;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Hosting;

/// <summary>
/// The key that signs links: <c>Tokens:SigningKey</c> (base64, at least 32 bytes) from configuration;
/// for the local host without one (and without a key ring, <c>Tokens:Keys</c>), generated once and
/// kept in a file beside Azurite's data so links in the outbox keep working across restarts. Never logged.
/// </summary>
public static class SigningKey
{
    /// <summary>The configured link keys, else the one in the key file (made on first use).</summary>
    public static LinkKeyRing Ring(IConfiguration configuration, string dataFolder) =>
        LinkKeySettings.AnyConfigured(configuration)
            ? LinkKeySettings.Read(configuration)
            : LinkKeyRing.Single(Load(configuration, dataFolder));

    public static byte[] Load(IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Tokens:SigningKey"] is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32
                ? bytes
                : throw new InvalidOperationException("Tokens:SigningKey must be at least 32 bytes, base64-encoded.");
        }

        Directory.CreateDirectory(dataFolder);
        var file = Path.Combine(dataFolder, "signing.key");
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(file, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
