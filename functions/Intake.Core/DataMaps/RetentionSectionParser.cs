using System.Text.Json;
using Intake.Core.Retention;

namespace Intake.Core.DataMaps;

/// <summary>Reads the <c>retention</c> section: rules by id, each with a legal ground and either a period or a keep-while condition.</summary>
internal static class RetentionSectionParser
{
    public static List<RetentionRule> Read(MapReader reader, JsonElement root)
    {
        var rules = new List<RetentionRule>();
        foreach (var (id, value, path) in reader.Entries(root, "retention", required: false))
        {
            if (ReadRule(reader, id, value, path) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static RetentionRule? ReadRule(MapReader reader, string id, JsonElement obj, string path)
    {
        reader.OnlyKnown(obj, path, "name", "ground", "period", "keepWhile", "onlyWhen");
        var name = reader.Text(obj, path, "name", required: true);
        var ground = reader.Text(obj, path, "ground", required: true);
        var period = reader.Object(obj, path, "period", required: false) is { } p ? ReadPeriod(reader, p, path + ".period") : null;
        var keepWhile = reader.Object(obj, path, "keepWhile", required: false) is { } k ? ReadCondition(reader, k, path + ".keepWhile") : null;
        var onlyWhen = reader.Object(obj, path, "onlyWhen", required: false) is { } o ? ReadCondition(reader, o, path + ".onlyWhen") : null;
        var hasPeriod = obj.TryGetProperty("period", out _);
        var hasKeepWhile = obj.TryGetProperty("keepWhile", out _);
        if (hasPeriod == hasKeepWhile)
        {
            reader.Error(path, "a rule needs exactly one of \"period\" or \"keepWhile\"");
            return null;
        }

        return name is null || ground is null || (period is null && keepWhile is null)
            ? null
            : new RetentionRule(id, name, ground, period, keepWhile, onlyWhen);
    }

    private static RetentionPeriod? ReadPeriod(MapReader reader, JsonElement obj, string path)
    {
        reader.OnlyKnown(obj, path, "column", "years", "months", "from", "financialYearEnd");
        var column = reader.Identifier(obj, path, "column", required: true);
        var years = reader.Int(obj, path, "years", 0, 0, 100);
        var months = reader.Int(obj, path, "months", 0, 0, 1200);
        if (!obj.TryGetProperty("years", out _) && !obj.TryGetProperty("months", out _))
        {
            reader.Error(path, "a period needs \"years\" or \"months\"");
        }

        var anchor = RetentionAnchor.Date;
        switch (reader.String(obj, path, "from", required: false))
        {
            case null or "date":
                break;
            case "end-of-financial-year":
                anchor = RetentionAnchor.EndOfFinancialYear;
                break;
            case "end-of-year-of-financial-year-end":
                anchor = RetentionAnchor.EndOfYearOfFinancialYearEnd;
                break;
            default:
                reader.Error(path + ".from", "must be \"date\", \"end-of-financial-year\" or \"end-of-year-of-financial-year-end\"");
                break;
        }

        var (month, day) = (12, 31);
        if (reader.String(obj, path, "financialYearEnd", required: false) is { } end)
        {
            var parts = end.Split('-');
            if (parts.Length != 2
                || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out month)
                || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day)
                || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month))
            {
                reader.Error(path + ".financialYearEnd", "must be a month and day such as \"12-31\" or \"06-30\"");
                (month, day) = (12, 31);
            }
        }

        return column is null ? null : new RetentionPeriod(column, years, months, anchor, month, day);
    }

    private static RetentionCondition? ReadCondition(MapReader reader, JsonElement obj, string path)
    {
        reader.OnlyKnown(obj, path, "column", "equals");
        var column = reader.Identifier(obj, path, "column", required: true);
        if (!obj.TryGetProperty("equals", out var value))
        {
            reader.Error(path + ".equals", "is required");
            return null;
        }

        var expected = reader.Primitive(value, path + ".equals");
        return column is null ? null : new RetentionCondition(column, expected);
    }
}
