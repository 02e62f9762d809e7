using System.Globalization;
using Intake.Core.Audit;
using Intake.Core.Process.Events;
using Intake.Web.Links;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailTimeline
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    private AuditVerification Verification => View.Story.Verification;

    private string Intact => Placeholders.Fill(View.Staff.AuditIntact, ("count", Number(Verification.EntriesChecked)));

    private string Broken => Placeholders.Fill(View.Staff.AuditBroken, ("entry", Number(Verification.FirstBrokenSequence ?? 0)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Dictionary<int, RequestEvent> events = [];

    protected override void OnParametersSet() => events = View.Story.Events.ToDictionary(pair => pair.Sequence, pair => pair.Event);

    private string What(AuditRecord record) =>
        events.TryGetValue(record.Sequence, out var e) && View.Staff.Story.EventSentences.ContainsKey(e.Name)
            ? TimelineSentences.Describe(e, View.Staff, View.Texts, View.Zone, View.Source)
            : record.EventName;
}
