namespace Intake.Core.Tokens;

/// <summary>
/// The keys links are signed and checked with. The current key signs; every other key only
/// verifies, until its retirement ends or at once never if revoked. Keys rotate by adding a new
/// key, making it current and retiring the old one for as long as its links were meant to work.
/// </summary>
public sealed class LinkKeyRing
{
    private readonly Dictionary<string, LinkKey> byId;

    /// <param name="keys">Every key that may verify; ids unique.</param>
    /// <param name="currentId">The key that signs: neither retired nor revoked.</param>
    /// <param name="unnamedId">
    /// The key that checks tokens carrying no key id — those signed before tokens had one, all with
    /// <c>Tokens:SigningKey</c>; null when that setting is not used, and such tokens are then refused.
    /// </param>
    public LinkKeyRing(IEnumerable<LinkKey> keys, string currentId, string? unnamedId = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        byId = new Dictionary<string, LinkKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Two link keys have the id '{key.Id}'.", nameof(keys));
            }
        }

        if (!byId.TryGetValue(currentId, out var current))
        {
            throw new ArgumentException($"The current link key '{currentId}' is not among the keys.", nameof(currentId));
        }

        if (current.Revoked || current.RetiredUntil is not null)
        {
            throw new ArgumentException($"The current link key '{currentId}' cannot be retired or revoked: another key must sign.", nameof(currentId));
        }

        if (unnamedId is not null && !byId.ContainsKey(unnamedId))
        {
            throw new ArgumentException($"The key for tokens without a key id, '{unnamedId}', is not among the keys.", nameof(unnamedId));
        }

        Current = current;
        UnnamedId = unnamedId;
    }

    public LinkKey Current { get; }

    public string? UnnamedId { get; }

    public IReadOnlyCollection<LinkKey> Keys => byId.Values;

    /// <summary>One key that signs and verifies everything, its id derived from it: the <c>Tokens:SigningKey</c>-only setup.</summary>
    public static LinkKeyRing Single(ReadOnlySpan<byte> secret)
    {
        var key = new LinkKey(LinkKey.IdOf(secret), secret);
        return new LinkKeyRing([key], key.Id, key.Id);
    }

    /// <summary>The key a token names, or the unnamed key for a token that names none; null when there is no such key.</summary>
    public LinkKey? Find(string? keyId) =>
        (keyId ?? UnnamedId) is { } id && byId.TryGetValue(id, out var key) ? key : null;
}
