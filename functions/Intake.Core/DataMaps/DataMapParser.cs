using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intake.Core.DataControllers;
using Intake.Core.Retention;

namespace Intake.Core.DataMaps;

/// <summary>
/// Reads one controller's data map (JSON with comments) and validates it completely: every error
/// names the file, the line and the field, e.g.
/// <c>config/controllers/clewer.json:42 sources[3].lookup.email: column name "e mail" is not a plain identifier</c>.
/// </summary>
public static partial class DataMapParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly string[] Calendars = ["FI", "FI-ACT150", "EE"];

    public static DataMapParseResult Parse(string file, string json)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            return new DataMapParseResult(null, [new DataMapError(file, line, e.Path ?? "$", "is not valid JSON: " + FirstSentence(e.Message))]);
        }

        using (document)
        {
            var lines = JsonLineIndex.Build(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var reader = new MapReader(file, lines);
            var map = Read(reader, document.RootElement);
            return reader.Errors.Count == 0 && map is not null
                ? new DataMapParseResult(map, [])
                : new DataMapParseResult(null, reader.Errors);
        }
    }

    private static DataMap? Read(MapReader reader, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            reader.Error(string.Empty, "a data map must be a JSON object");
            return null;
        }

        reader.OnlyKnown(root, string.Empty, "schemaVersion", "controller", "purposes", "categories", "retention", "sources", "recipients", "information");
        if (reader.Int(root, string.Empty, "schemaVersion", 0, 1, 1) != 1)
        {
            reader.Error("schemaVersion", "must be 1");
        }

        var controller = ReadController(reader, root);
        var purposes = ReadPurposes(reader, root);
        var categories = ReadCategories(reader, root);
        var rules = RetentionSectionParser.Read(reader, root);
        var declared = DeclaredIds.From(root);
        var sources = SourceSectionParser.Read(reader, root, declared, categories);
        var recipients = RecipientSectionParser.Read(reader, root, declared);
        var information = ReadInformation(reader, root);

        if (controller is null || information is null)
        {
            return null;
        }

        return new DataMap(controller, purposes, categories, sources, rules, recipients, information);
    }

    private static Controller? ReadController(MapReader reader, JsonElement root)
    {
        const string path = "controller";
        if (reader.Object(root, string.Empty, path, required: true) is not { } obj)
        {
            return null;
        }

        reader.OnlyKnown(obj, path, "id", "parties", "privacyContactEmail", "privacyNoticeUrl", "timeZone", "calendar", "authority");
        var id = reader.String(obj, path, "id", required: true);
        if (id is not null && !ControllerIdPattern().IsMatch(id))
        {
            reader.Error(path + ".id", $"\"{id}\" must be lower-case letters, digits and hyphens");
        }

        var parties = new List<ControllerParty>();
        if (reader.Array(obj, path, "parties", required: true) is { } array)
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = JsonLineIndex.Item(path + ".parties", index++);
                if (ReadParty(reader, item, itemPath) is { } party)
                {
                    parties.Add(party);
                }
            }

            if (index == 0)
            {
                reader.Error(path + ".parties", "must name at least the controller itself");
            }
        }

        var contact = reader.String(obj, path, "privacyContactEmail", required: true);
        if (contact is not null && !LooksLikeEmail(contact))
        {
            reader.Error(path + ".privacyContactEmail", "is not an email address");
        }

        var notice = reader.String(obj, path, "privacyNoticeUrl", required: false);
        if (notice is not null && !Uri.TryCreate(notice, UriKind.Absolute, out _))
        {
            reader.Error(path + ".privacyNoticeUrl", "must be an absolute URL");
        }

        var zone = reader.String(obj, path, "timeZone", required: true);
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            reader.Error(path + ".timeZone", $"\"{zone}\" is not a known IANA time zone");
        }

        var calendar = reader.String(obj, path, "calendar", required: true);
        if (calendar is not null && !Calendars.Contains(calendar, StringComparer.Ordinal))
        {
            reader.Error(path + ".calendar", "must be one of " + string.Join(", ", Calendars));
        }

        var authority = ReadAuthority(reader, obj, path);
        if (id is null || contact is null || zone is null || calendar is null || authority is null || parties.Count == 0)
        {
            return null;
        }

        return new Controller(new ControllerId(id), parties, contact, notice, zone, calendar, authority);
    }

    private static ControllerParty? ReadParty(MapReader reader, JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            reader.Error(path, "must be an object");
            return null;
        }

        reader.OnlyKnown(item, path, "name", "businessId", "address", "country", "email");
        var name = reader.String(item, path, "name", required: true);
        var businessId = reader.String(item, path, "businessId", required: false);
        var country = reader.String(item, path, "country", required: true);
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            reader.Error(path + ".country", "must be a two-letter ISO 3166 code such as FI or EE");
        }

        if (businessId is not null && country == "FI" && !BusinessId.IsValidFinnish(businessId))
        {
            reader.Error(path + ".businessId", $"\"{businessId}\" is not a valid Finnish business ID (check digit)");
        }

        var email = reader.String(item, path, "email", required: false);
        if (email is not null && !LooksLikeEmail(email))
        {
            reader.Error(path + ".email", "is not an email address");
        }

        var address = reader.String(item, path, "address", required: false);
        return name is null || country is null ? null : new ControllerParty(name, businessId, address, country, email);
    }

    private static SupervisoryAuthority? ReadAuthority(MapReader reader, JsonElement controller, string parent)
    {
        var path = parent + ".authority";
        if (reader.Object(controller, parent, "authority", required: true) is not { } obj)
        {
            return null;
        }

        reader.OnlyKnown(obj, path, "name", "address", "phone", "email", "website");
        var name = reader.String(obj, path, "name", required: true);
        var address = reader.String(obj, path, "address", required: true);
        var email = reader.String(obj, path, "email", required: true);
        var phone = reader.String(obj, path, "phone", required: false);
        var website = reader.String(obj, path, "website", required: false);
        return name is null || address is null || email is null ? null : new SupervisoryAuthority(name, address, phone, email, website);
    }

    private static List<PurposeDefinition> ReadPurposes(MapReader reader, JsonElement root)
    {
        var purposes = new List<PurposeDefinition>();
        foreach (var (id, value, path) in reader.Entries(root, "purposes", required: true))
        {
            reader.OnlyKnown(value, path, "name", "legalBasis");
            var name = reader.Text(value, path, "name", required: true);
            var basis = reader.Text(value, path, "legalBasis", required: true);
            if (name is not null && basis is not null)
            {
                purposes.Add(new PurposeDefinition(id, name, basis));
            }
        }

        return purposes;
    }

    private static List<CategoryDefinition> ReadCategories(MapReader reader, JsonElement root)
    {
        var categories = new List<CategoryDefinition>();
        foreach (var (id, value, path) in reader.Entries(root, "categories", required: true))
        {
            reader.OnlyKnown(value, path, "name", "sensitive");
            var name = reader.Text(value, path, "name", required: true);
            var sensitive = reader.Bool(value, path, "sensitive", fallback: false);
            if (name is not null)
            {
                categories.Add(new CategoryDefinition(id, name, sensitive));
            }
        }

        return categories;
    }

    private static AccessInformation? ReadInformation(MapReader reader, JsonElement root)
    {
        const string path = "information";
        if (reader.Object(root, string.Empty, path, required: true) is not { } obj)
        {
            return null;
        }

        reader.OnlyKnown(obj, path, "recipients", "retention", "rights", "complaint", "sourceOfData", "automatedDecisions", "transfers");
        var recipients = reader.Text(obj, path, "recipients", required: true);
        var retention = reader.Text(obj, path, "retention", required: true);
        var rights = reader.Text(obj, path, "rights", required: true);
        var complaint = reader.Text(obj, path, "complaint", required: true);
        var sourceOfData = reader.Text(obj, path, "sourceOfData", required: true);
        var automated = reader.Text(obj, path, "automatedDecisions", required: true);
        var transfers = reader.Text(obj, path, "transfers", required: true);
        if (recipients is null || retention is null || rights is null || complaint is null
            || sourceOfData is null || automated is null || transfers is null)
        {
            return null;
        }

        return new AccessInformation(recipients, retention, rights, complaint, sourceOfData, automated, transfers);
    }

    internal static bool CheckId(MapReader reader, string path, string id)
    {
        if (IdPattern().IsMatch(id))
        {
            return true;
        }

        reader.Error(path, $"id \"{id}\" must be lower-case letters, digits and hyphens (it names files and blobs)");
        return false;
    }

    internal static bool IsObject(MapReader reader, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        reader.Error(path, "must be an object");
        return false;
    }

    internal static bool LooksLikeEmail(string text) => EmailPattern().IsMatch(text);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,62}\z", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ControllerIdPattern();

    [GeneratedRegex(@"^[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
