using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Notifications.Texts;

namespace Intake.Core.Notifications.Layout;

/// <summary>
/// The values a text may name, formatted for one mail. Values a person or a connector typed are
/// made single-line and capped here, before they reach any sentence or subject.
/// </summary>
internal sealed class MailValues(MailContext context, MailTexts texts)
{
    /// <summary>A value for a body paragraph; <c>null</c> when unknown.</summary>
    public string? Body(string name) => Value(name, SingleLine.InlineValueLength);

    /// <summary>A value for the subject: never null (an unknown value is left empty), capped shorter.</summary>
    public string Subject(string name) => Value(name, SingleLine.SubjectValueLength) ?? string.Empty;

    public string TypeWithCitation =>
        texts.TypeCitations.TryGetValue(context.Type, out var citation)
            ? $"{texts.TypeNames[context.Type]}, {citation}"
            : texts.TypeNames[context.Type];

    public string Date(DateOnly date) => texts.FormatDate(date);

    private string? Value(string name, int cap) => name switch
    {
        "name" => Typed(context.RecipientName, cap),
        "person" => Typed(context.Person?.Name, cap),
        "agent" => Typed(context.Agent?.Name, cap),
        "proceed" => context.ProceedAt is { } proceed ? Instant(proceed) : null,
        "source" => Typed(context.SourceName, cap),
        "reference" => context.Reference.Value,
        "type" => TypeWithCitation,
        "typeName" => texts.TypeNames[context.Type],
        "controller" => context.Controller.Primary.Name,
        "contact" => context.Controller.PrivacyContactEmail,
        "authority" => context.Controller.Authority.Name,
        "due" => context.DueDate is { } due ? texts.FormatDate(due) : null,
        "extendedDue" => context.ExtendedDueDate is { } extended ? texts.FormatDate(extended) : null,
        "expires" => context.LinksExpireAt is { } expires ? Instant(expires) : null,
        "daysLeft" => context.DaysLeft is >= 0 and var left ? left.ToString(CultureInfo.InvariantCulture) : null,
        "daysOverdue" => context.DaysLeft is < 0 and var late ? (-late).ToString(CultureInfo.InvariantCulture) : null,
        _ => throw new InvalidOperationException($"A mail text names an unknown value {{{name}}}."),
    };

    private static string? Typed(string? value, int cap)
    {
        var line = SingleLine.Normalize(value, cap);
        return line.Length == 0 ? null : line;
    }

    /// <summary>
    /// An instant in the controller's own zone, where receipt and deadlines are judged, with its
    /// UTC offset so a reader elsewhere is not misled.
    /// </summary>
    private string Instant(DateTimeOffset instant)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(context.Controller.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        var suffix = offset == TimeSpan.Zero
            ? "UTC"
            : magnitude.Minutes == 0
                ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{magnitude.Hours}")
                : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{magnitude.Hours}:{magnitude.Minutes:00}");
        return $"{texts.FormatDateTime(local.DateTime)} ({suffix})";
    }
}
