using System.Globalization;
using Intake.Core.Process;
using Intake.Core.Sources;
using Intake.Web.Links;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailSources
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    private StaffTextsStory Words => View.Words;

    private IEnumerable<SourceTask> Tasks => View.State.Tasks.Values.OrderBy(task => task.SourceId, StringComparer.Ordinal);

    /// <summary>How the source's answer came out; empty until it answered, or for an outcome without a name.</summary>
    private string Outcome(SourceReceipt? receipt) =>
        receipt is not null && View.Staff.OutcomeNames.TryGetValue(receipt.Outcome, out var name) ? name : string.Empty;

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private string Kept(KeptData kept) => Placeholders.Fill(
        Words.KeptItem,
        ("category", kept.Category),
        ("rows", kept.Rows.ToString(CultureInfo.InvariantCulture)),
        ("ground", kept.Ground),
        ("until", kept.KeptUntil is { } until ? Placeholders.Fill(Words.KeptUntil, ("date", View.Date(until))) : Words.KeptOpen));
}
