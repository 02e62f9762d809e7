using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Core.Tokens;
using Microsoft.Extensions.Configuration;

namespace Intake.Adapters.Hosting;

/// <summary>
/// Reads the link keys from the <c>Tokens</c> section. <c>Tokens:SigningKey</c> alone is one key,
/// its id derived from it. A ring adds <c>Tokens:Keys:&lt;id&gt;</c> (base64), names the signing one
/// in <c>Tokens:CurrentKey</c>, retires older ones with <c>Tokens:RetiredKeys:&lt;id&gt;</c> (an ISO
/// 8601 time until which their links still work) and refuses leaked ones listed in
/// <c>Tokens:RevokedKeys</c>. Every wrong setting is reported at start, each with its own line,
/// and no secret is ever repeated in a message.
/// </summary>
public static partial class LinkKeySettings
{
    public const string Section = "Tokens";
    public const string SigningKey = "Tokens:SigningKey";
    public const string Keys = "Tokens:Keys";
    public const string CurrentKey = "Tokens:CurrentKey";
    public const string RetiredKeys = "Tokens:RetiredKeys";
    public const string RevokedKeys = "Tokens:RevokedKeys";

    private static readonly string[] Known = ["SigningKey", "Keys", "CurrentKey", "RetiredKeys", "RevokedKeys"];

    /// <summary>Whether any key is configured (else the local host makes one).</summary>
    public static bool AnyConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[SigningKey])
            || configuration.GetSection(Keys).GetChildren().Any();
    }

    /// <exception cref="InvalidOperationException">A setting is missing or wrong; the message names each one.</exception>
    public static LinkKeyRing Read(IConfiguration configuration)
    {
        var ring = Read(configuration, out var problems);
        return ring ?? throw new InvalidOperationException("The link keys are not configured correctly:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(problem => "- " + problem)));
    }

    /// <summary>The key ring, or null and every wrong setting, one line each, no secret repeated.</summary>
    public static LinkKeyRing? Read(IConfiguration configuration, out IReadOnlyList<string> problemList)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        problemList = problems;
        foreach (var child in configuration.GetSection(Section).GetChildren())
        {
            if (!Known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{Section}:{child.Key} is not a setting Intake knows (known: {string.Join(", ", Known.Select(name => Section + ":" + name))}).");
            }
        }

        var secrets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? unnamedId = null;
        if (configuration[SigningKey] is { } signing && !string.IsNullOrWhiteSpace(signing))
        {
            if (Secret(SigningKey, signing, problems) is { } secret)
            {
                unnamedId = LinkKey.IdOf(secret);
                secrets[unnamedId] = secret;
            }
        }

        foreach (var entry in configuration.GetSection(Keys).GetChildren())
        {
            var setting = $"{Keys}:{entry.Key}";
            if (!LinkKey.IsValidId(entry.Key))
            {
                problems.Add($"{setting}: a key id is 1 to {LinkKey.MaxIdLength} lowercase letters, digits or '-', starting with a letter or digit.");
                continue;
            }

            if (Secret(setting, entry.Value, problems) is not { } secret)
            {
                continue;
            }

            if (secrets.TryGetValue(entry.Key, out var same) && !same.AsSpan().SequenceEqual(secret))
            {
                problems.Add($"{setting}: the id '{entry.Key}' is already the id of {SigningKey}; choose another.");
                continue;
            }

            secrets[entry.Key] = secret;
        }

        if (secrets.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{SigningKey} is not set: give a base64 key of at least {LinkKey.MinimumBytes} bytes (in Azure, a Key Vault reference), or a key ring in {Keys}:<id> with {CurrentKey}.");
        }

        var current = Current(configuration, secrets, unnamedId, problems);
        var retired = Retired(configuration, secrets, current, problems);
        var revoked = Revoked(configuration, secrets, current, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        var keys = secrets.Select(pair => new LinkKey(pair.Key, pair.Value, retired.TryGetValue(pair.Key, out var until) ? until : null, revoked.Contains(pair.Key)));
        return new LinkKeyRing(keys, current!, unnamedId);
    }

    private static byte[]? Secret(string setting, string? text, List<string> problems)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String((text ?? string.Empty).Trim());
        }
        catch (FormatException)
        {
            problems.Add($"{setting} is not base64.");
            return null;
        }

        if (secret.Length < LinkKey.MinimumBytes)
        {
            problems.Add($"{setting} must be at least {LinkKey.MinimumBytes} bytes (256 bits) once decoded.");
            return null;
        }

        return secret;
    }

    private static string? Current(IConfiguration configuration, Dictionary<string, byte[]> secrets, string? unnamedId, List<string> problems)
    {
        var named = configuration[CurrentKey];
        if (string.IsNullOrWhiteSpace(named))
        {
            if (secrets.Count > 1)
            {
                problems.Add($"{CurrentKey} is not set: with several keys ({Ids(secrets.Keys, unnamedId)}) name the one that signs.");
                return null;
            }

            return secrets.Keys.SingleOrDefault();
        }

        var id = named.Trim();
        if (!secrets.ContainsKey(id))
        {
            problems.Add($"{CurrentKey} = '{id}' names no configured key (configured: {Ids(secrets.Keys, unnamedId)}).");
            return null;
        }

        return id;
    }

    private static Dictionary<string, DateTimeOffset> Retired(IConfiguration configuration, Dictionary<string, byte[]> secrets, string? current, List<string> problems)
    {
        var retired = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection(RetiredKeys).GetChildren())
        {
            var setting = $"{RetiredKeys}:{entry.Key}";
            if (!secrets.ContainsKey(entry.Key))
            {
                problems.Add($"{setting} names no configured key: a retired key stays in {Keys} (or {SigningKey}) until its time is over.");
            }
            else if (entry.Key == current)
            {
                problems.Add($"{setting}: '{entry.Key}' is the current key; make another key current before retiring it.");
            }
            else if (!IsoInstant().IsMatch(entry.Value?.Trim() ?? string.Empty)
                || !DateTimeOffset.TryParse(entry.Value!.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
            {
                problems.Add($"{setting} = '{entry.Value}' is not an ISO 8601 time with its offset, e.g. 2026-03-31T00:00:00Z.");
            }
            else
            {
                retired[entry.Key] = until;
            }
        }

        return retired;
    }

    private static HashSet<string> Revoked(IConfiguration configuration, Dictionary<string, byte[]> secrets, string? current, List<string> problems)
    {
        var revoked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in (configuration[RevokedKeys] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!secrets.ContainsKey(id))
            {
                // A typo here would leave a leaked key working: only ids of configured keys are accepted.
                problems.Add($"{RevokedKeys} names '{id}', which is no configured key (a key removed from {Keys} needs no revoking).");
            }
            else if (id == current)
            {
                problems.Add($"{RevokedKeys} names '{id}', the current key; make another key current first.");
            }
            else
            {
                revoked.Add(id);
            }
        }

        return revoked;
    }

    /// <summary>A time with its offset: a retirement that meant another zone's midnight must not shift by hours.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoInstant();

    private static string Ids(IEnumerable<string> ids, string? unnamedId) =>
        string.Join(", ", ids.Order(StringComparer.Ordinal).Select(id => id == unnamedId ? $"{id} from {SigningKey}" : id));
}
