using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intake.Core.DataMaps;

/// <summary>Reads and cross-checks the <c>sources</c> section.</summary>
internal static partial class SourceSectionParser
{
    public static List<SourceDefinition> Read(
        MapReader reader,
        JsonElement root,
        DeclaredIds declared,
        IReadOnlyList<CategoryDefinition> categories)
    {
        var sources = new List<SourceDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path) in reader.Items(root, "sources", required: true, "a data map needs at least one source"))
        {
            if (ReadSource(reader, item, path, declared, categories) is not { } source)
            {
                continue;
            }

            if (!seen.Add(source.Id))
            {
                reader.Error(path + ".id", $"source id \"{source.Id}\" is used twice");
                continue;
            }

            sources.Add(source);
        }

        return sources;
    }

    internal static WebhookEndpoint? ReadWebhook(MapReader reader, JsonElement obj, string parent, bool required)
    {
        if (reader.Object(obj, parent, "webhook", required) is not { } hook)
        {
            return null;
        }

        var path = parent + ".webhook";
        reader.OnlyKnown(hook, path, "url", "signingKey");
        var url = reader.String(hook, path, "url", required: true);
        Uri? uri = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            reader.Error(path + ".url", "must be an absolute http or https URL");
            uri = null;
        }

        var key = ConfigName(reader, hook, path, "signingKey", required: true);
        return uri is null || key is null ? null : new WebhookEndpoint(uri, key);
    }

    private static SourceDefinition? ReadSource(
        MapReader reader,
        JsonElement obj,
        string path,
        DeclaredIds declared,
        IReadOnlyList<CategoryDefinition> categories)
    {
        reader.OnlyKnown(
            obj, path, "id", "name", "kind", "connection", "table", "key", "lookup", "actions", "categories", "purposes",
            "provided", "othersData", "sensitive", "retention", "webhook", "instructions", "timeoutSeconds", "maxAttempts");
        var id = reader.String(obj, path, "id", required: true);
        if (id is not null && !DataMapParser.CheckId(reader, path + ".id", id))
        {
            id = null;
        }

        var name = reader.Text(obj, path, "name", required: true);
        var kindName = reader.String(obj, path, "kind", required: true);
        SourceKind? kind = null;
        if (kindName is not null)
        {
            if (SourceKindNames.TryParse(kindName, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                reader.Error(path + ".kind", $"\"{kindName}\" is not one of azure-table, sqlite, postgres, webhook, manual");
            }
        }

        var isStore = kind?.IsStore() ?? false;
        var connection = ConfigName(reader, obj, path, "connection", required: isStore);
        var table = ReadTable(reader, obj, path, kind, required: isStore);
        var key = reader.Identifiers(obj, path, "key", required: kind?.IsSql() ?? false);
        if ((kind?.IsSql() ?? false) && obj.TryGetProperty("key", out _) && key.Count == 0)
        {
            reader.Error(path + ".key", "a SQL source needs the column(s) that identify a row");
        }

        var lookup = ReadLookup(reader, obj, path, required: isStore);
        var actions = ReadActions(reader, obj, path);
        var categoryIds = reader.Strings(obj, path, "categories", required: true, text =>
            declared.Categories.Contains(text) ? null : $"no category has the id \"{text}\"");
        var purposeIds = reader.Strings(obj, path, "purposes", required: true, text =>
            declared.Purposes.Contains(text) ? null : $"no purpose has the id \"{text}\"");
        var provided = reader.Identifiers(obj, path, "provided", required: false);
        var othersData = reader.Identifiers(obj, path, "othersData", required: false);
        var sensitive = reader.Bool(obj, path, "sensitive", fallback: false)
            || categoryIds.Any(c => categories.Any(d => d.Id == c && d.Sensitive));
        var ruleIds = reader.Strings(obj, path, "retention", required: false, text =>
            declared.Rules.Contains(text) ? null : $"no retention rule has the id \"{text}\"");
        var webhook = ReadWebhook(reader, obj, path, required: kind == SourceKind.Webhook);
        var instructions = reader.Text(obj, path, "instructions", required: kind == SourceKind.Manual);
        var timeout = reader.Int(obj, path, "timeoutSeconds", 60, 1, 3600);
        var attempts = reader.Int(obj, path, "maxAttempts", 3, 1, 10);

        if (isStore && actions is not null && actions.Erase is not null && ruleIds.Count > 0 && actions.Restrict is null)
        {
            // Rows a retention rule keeps must be marked restricted (Art 18(1)(c), 17(3)): without a
            // restriction marking the source could only keep them fully in use.
            reader.Error(path + ".actions.restrict", "a source whose retention rules can keep rows from erasure must say how rows are marked restricted");
        }

        if (isStore && actions is not null && actions.Erase is { Method: ErasureMethod.BlankColumns } erase)
        {
            foreach (var column in erase.Columns.Where(c => key.Contains(c, StringComparer.OrdinalIgnoreCase)))
            {
                reader.Error(path + ".actions.erase.columns", $"\"{column}\" identifies the row and cannot be blanked");
            }
        }

        if (id is null || name is null || kind is null || actions is null || lookup is null)
        {
            return null;
        }

        return new SourceDefinition(
            id, name, kind.Value, connection, table, key, lookup, actions, categoryIds, purposeIds, provided, othersData,
            sensitive, ruleIds, webhook, instructions, TimeSpan.FromSeconds(timeout), attempts);
    }

    private static string? ReadTable(MapReader reader, JsonElement obj, string path, SourceKind? kind, bool required)
    {
        var table = reader.String(obj, path, "table", required);
        if (table is null)
        {
            return null;
        }

        if (kind == SourceKind.AzureTable ? !PlainIdentifier.IsValidTableName(table) : !PlainIdentifier.IsValid(table))
        {
            reader.Error(path + ".table", kind == SourceKind.AzureTable
                ? $"\"{table}\" is not a valid Azure table name (letters and digits, starting with a letter, 3-63 characters)"
                : $"table name \"{table}\" is not a plain identifier");
            return null;
        }

        return table;
    }

    private static PersonLookup? ReadLookup(MapReader reader, JsonElement obj, string path, bool required)
    {
        if (reader.Object(obj, path, "lookup", required) is not { } lookup)
        {
            return required ? null : PersonLookup.None;
        }

        var here = path + ".lookup";
        reader.OnlyKnown(lookup, here, "email", "customerNumber", "phone");
        var result = new PersonLookup(
            reader.Identifier(lookup, here, "email", required: false),
            reader.Identifier(lookup, here, "customerNumber", required: false),
            reader.Identifier(lookup, here, "phone", required: false));
        if (required && result.IsEmpty && !lookup.EnumerateObject().Any())
        {
            reader.Error(here, "needs at least one of email, customerNumber or phone");
        }

        return result;
    }

    private static SourceActions? ReadActions(MapReader reader, JsonElement obj, string path)
    {
        if (reader.Object(obj, path, "actions", required: true) is not { } actions)
        {
            return null;
        }

        var here = path + ".actions";
        reader.OnlyKnown(actions, here, "export", "erase", "rectify", "restrict", "suppress", "withdrawConsent");
        var export = reader.Object(actions, here, "export", required: false) is not null;
        var erase = reader.Object(actions, here, "erase", required: false) is { } e ? ReadErasure(reader, e, here + ".erase") : null;
        IReadOnlyList<string>? rectify = null;
        if (reader.Object(actions, here, "rectify", required: false) is { } r)
        {
            reader.OnlyKnown(r, here + ".rectify", "columns");
            rectify = reader.Identifiers(r, here + ".rectify", "columns", required: true);
        }

        return new SourceActions(
            export,
            erase,
            rectify,
            ReadAssignment(reader, actions, here, "restrict"),
            ReadAssignment(reader, actions, here, "suppress"),
            ReadAssignment(reader, actions, here, "withdrawConsent"));
    }

    private static ErasurePlan? ReadErasure(MapReader reader, JsonElement obj, string path)
    {
        reader.OnlyKnown(obj, path, "method", "columns");
        switch (reader.String(obj, path, "method", required: true))
        {
            case "delete-rows":
                return new ErasurePlan(ErasureMethod.DeleteRows, []);
            case "blank-columns":
                var columns = reader.Identifiers(obj, path, "columns", required: true);
                if (columns.Count == 0 && obj.TryGetProperty("columns", out _))
                {
                    reader.Error(path + ".columns", "name at least one column to blank");
                }

                return new ErasurePlan(ErasureMethod.BlankColumns, columns);
            case null:
                return null;
            default:
                reader.Error(path + ".method", "must be \"delete-rows\" or \"blank-columns\"");
                return null;
        }
    }

    private static ColumnAssignment? ReadAssignment(MapReader reader, JsonElement actions, string parent, string name)
    {
        if (reader.Object(actions, parent, name, required: false) is not { } obj)
        {
            return null;
        }

        var path = parent + "." + name;
        reader.OnlyKnown(obj, path, "set");
        if (reader.Object(obj, path, "set", required: true) is not { } set)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in set.EnumerateObject())
        {
            var columnPath = path + ".set." + property.Name;
            if (!PlainIdentifier.IsValid(property.Name))
            {
                reader.Error(columnPath, $"column name \"{property.Name}\" is not a plain identifier");
                continue;
            }

            values[property.Name] = reader.Primitive(property.Value, columnPath);
        }

        if (values.Count == 0)
        {
            reader.Error(path + ".set", "name at least one column and the value to write");
        }

        return new ColumnAssignment(values);
    }

    private static string? ConfigName(MapReader reader, JsonElement obj, string path, string name, bool required)
    {
        var value = reader.String(obj, path, name, required);
        if (value is not null && !ConfigNamePattern().IsMatch(value))
        {
            reader.Error(path + "." + name, $"\"{value}\" must be a configuration name (letters, digits, '-', '_', '.'), never a connection string or key");
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,100}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigNamePattern();
}
