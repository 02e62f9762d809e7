using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Intake.Core.Notifications;

namespace Intake.Local.Outbox;

/// <summary>
/// How outbox mail is laid out in its table. One partition holds two kinds of row:
/// <list type="bullet">
/// <item><c>key-{sha256(idempotency key)}</c>: the claim that a key was used. Written in the same
/// transaction as the mail, so a second send with the key fails as a whole and changes nothing.</item>
/// <item><c>mail-{id}</c>: the mail. The id starts with inverted ticks, so the table's own key
/// order is newest first and listing is a plain range scan.</item>
/// </list>
/// A string property holds at most 64 KiB (32K UTF-16 characters), so the bodies are split into
/// numbered properties of <see cref="ChunkLength"/> characters inside the mail row; the row's
/// 1 MiB limit caps text and HTML together at <see cref="MaxBodyLength"/> characters.
/// </summary>
internal static class OutboxRow
{
    public const string Partition = "mail";
    public const string MailPrefix = "mail-";
    public const string ClaimPrefix = "key-";

    /// <summary>The first row key after every <c>mail-</c> key ('.' follows '-').</summary>
    public const string MailPrefixEnd = "mail.";

    public const int ChunkLength = 30_000;

    /// <summary>Text plus HTML, in characters: 2 bytes each, leaving room for the other properties in 1 MiB.</summary>
    public const int MaxBodyLength = 450_000;

    private const int IdHashLength = 12;

    public static string ClaimKey(string idempotencyKey) => ClaimPrefix + Hash(idempotencyKey);

    public static string NewId(DateTimeOffset sentAt, string idempotencyKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - sentAt.UtcTicks:D19}-{Hash(idempotencyKey)[..IdHashLength]}");

    /// <summary>Whether <paramref name="id"/> has the shape <see cref="NewId"/> makes (so nothing else reaches a query).</summary>
    public static bool IsId(string? id) =>
        id is { Length: 20 + IdHashLength }
        && id.AsSpan(0, 19).IndexOfAnyExceptInRange('0', '9') < 0
        && id[19] == '-'
        && id.AsSpan(20).IndexOfAnyExcept("0123456789abcdef") < 0;

    public static TableEntity ToEntity(OutboxMail mail)
    {
        var entity = new TableEntity(Partition, MailPrefix + mail.Id)
        {
            ["To"] = mail.To,
            ["ToLower"] = mail.To.ToLowerInvariant(),
            ["Subject"] = mail.Subject,
            ["SentAt"] = mail.SentAt,
            ["IdempotencyKey"] = mail.IdempotencyKey,
            ["Reference"] = mail.Reference,
            ["Kind"] = mail.Kind,
            ["Links"] = JsonSerializer.Serialize(mail.Links.Select(link => new StoredLink(link.Name, link.Label, link.Url.AbsoluteUri))),
        };
        WriteChunks(entity, "Text", mail.Text);
        WriteChunks(entity, "Html", mail.Html);
        return entity;
    }

    public static OutboxMail FromEntity(TableEntity entity)
    {
        var links = JsonSerializer.Deserialize<List<StoredLink>>(entity.GetString("Links") ?? "[]") ?? [];
        return new OutboxMail(
            entity.RowKey[MailPrefix.Length..],
            entity.GetString("To") ?? string.Empty,
            entity.GetString("Subject") ?? string.Empty,
            ReadChunks(entity, "Text"),
            ReadChunks(entity, "Html"),
            links.Select(link => new MailLink(link.Name, link.Label, new Uri(link.Url))).ToList(),
            entity.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue,
            entity.GetString("IdempotencyKey") ?? string.Empty,
            entity.GetString("Reference"),
            entity.GetString("Kind"));
    }

    private static void WriteChunks(TableEntity entity, string name, string value)
    {
        var part = 0;
        for (var start = 0; start < value.Length; part++)
        {
            var length = Math.Min(ChunkLength, value.Length - start);

            // Never end a part on half a surrogate pair: a lone surrogate is not valid text to store.
            if (start + length < value.Length && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            entity[string.Create(CultureInfo.InvariantCulture, $"{name}{part:D2}")] = value.Substring(start, length);
            start += length;
        }

        entity[name + "Parts"] = part;
    }

    private static string ReadChunks(TableEntity entity, string name)
    {
        var parts = entity.GetInt32(name + "Parts") ?? 0;
        var text = new StringBuilder();
        for (var part = 0; part < parts; part++)
        {
            text.Append(entity.GetString(string.Create(CultureInfo.InvariantCulture, $"{name}{part:D2}")));
        }

        return text.ToString();
    }

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private sealed record StoredLink(string Name, string Label, string Url);
}
