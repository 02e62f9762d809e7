using System.Text.Json;

namespace Intake.Core.DataMaps;

/// <summary>Reads the <c>recipients</c> section: who received which sources' data, and how they are told (Art 19).</summary>
internal static class RecipientSectionParser
{
    public static List<RecipientDefinition> Read(
        MapReader reader,
        JsonElement root,
        DeclaredIds declared)
    {
        var recipients = new List<RecipientDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path) in reader.Items(root, "recipients", required: false, emptyProblem: null))
        {
            reader.OnlyKnown(item, path, "id", "name", "mail", "webhook", "sources", "categories");
            var id = reader.String(item, path, "id", required: true);
            if (id is not null && DataMapParser.CheckId(reader, path + ".id", id) && !seen.Add(id))
            {
                reader.Error(path + ".id", $"recipient id \"{id}\" is used twice");
            }

            var name = reader.Text(item, path, "name", required: true);
            var mail = reader.String(item, path, "mail", required: false);
            if (mail is not null && !DataMapParser.LooksLikeEmail(mail))
            {
                reader.Error(path + ".mail", "is not an email address");
            }

            var webhook = SourceSectionParser.ReadWebhook(reader, item, path, required: false);
            if ((mail is null) == (webhook is null) && (item.TryGetProperty("mail", out _) == item.TryGetProperty("webhook", out _)))
            {
                reader.Error(path, "a recipient needs exactly one of \"mail\" or \"webhook\"");
            }

            var sourceIds = reader.Strings(item, path, "sources", required: true, text =>
                declared.Sources.Contains(text) ? null : $"no source has the id \"{text}\"");
            var categoryIds = reader.Strings(item, path, "categories", required: false, text =>
                declared.Categories.Contains(text) ? null : $"no category has the id \"{text}\"");
            if (id is null || name is null || (mail is null && webhook is null))
            {
                continue;
            }

            recipients.Add(new RecipientDefinition(
                id,
                name,
                webhook is null ? RecipientKind.Mail : RecipientKind.Webhook,
                mail,
                webhook,
                sourceIds,
                categoryIds));
        }

        return recipients;
    }
}
