using System.Globalization;
using Intake.Azure.Sources;
using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// The detail of one request for staff: its facts, where each source stands, and the audit trail
/// with the verdict of the hash chain ("intact", or the first entry that does not verify). Event
/// payloads are not shown: they hold the person's data, which the facts already show once.
/// </summary>
public static class RequestDetailPage
{
    public static HtmlContent Render(StaffAccess access, RequestState state, IReadOnlyList<AuditRecord> trail, AuditVerification verification, DataMapCatalog? maps, PathString pathBase)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(verification);
        var staff = access.Staff;
        var texts = access.Texts;
        var zone = state.DeadlinePolicy?.TimeZoneId ?? access.Controller.TimeZoneId;
        var title = Placeholders.Fill(staff.DetailTitle, ("reference", state.Id.Value));
        var chain = verification.IsIntact
            ? Html.Of($"<p class=\"notice\">{Placeholders.Fill(staff.AuditIntact, ("count", verification.EntriesChecked.ToString(CultureInfo.InvariantCulture)))}</p>")
            : Html.Of($"<p class=\"error-summary\" role=\"alert\"><strong>{Placeholders.Fill(staff.AuditBroken, ("entry", (verification.FirstBrokenSequence ?? 0).ToString(CultureInfo.InvariantCulture)))}</strong></p>");
        var entries = trail.Select(record => Html.Of($"""
            <tr><td>{record.Sequence}</td><td>{LocalTimes.Format(record.At, zone, texts)}</td><td>{record.Actor}</td><td>{record.EventName}</td><td>{Html.Lines(record.Reason)}</td></tr>
            """));
        return Html.Of($"""
            <p><a href="{pathBase}{access.Path}">{staff.BackToOverview}</a></p>
            <h1>{title}</h1>
            {RequestFacts.For(state, texts, staff, zone)}
            {Sources(access, state, maps)}
            <h2>{staff.AuditHeading}</h2>
            {chain}
            <table>
            <thead><tr><th scope="col">{staff.AuditSequence}</th><th scope="col">{staff.AuditTime}</th><th scope="col">{staff.AuditActor}</th><th scope="col">{staff.AuditEvent}</th><th scope="col">{staff.AuditReason}</th></tr></thead>
            <tbody>
            {Html.Join(entries)}
            </tbody>
            </table>
            """);
    }

    private static HtmlContent Sources(StaffAccess access, RequestState state, DataMapCatalog? maps)
    {
        if (state.Tasks.IsEmpty)
        {
            return HtmlContent.Empty;
        }

        var staff = access.Staff;
        var rows = state.Tasks.Values.OrderBy(task => task.SourceId, StringComparer.Ordinal).Select(task => Html.Of($"""
            <tr><td>{SourceNames.Of(maps, state, task.SourceId, access.Language)}</td><td>{staff.ActionNames[task.Action]}</td><td>{staff.TaskStatusNames[task.Status]}</td><td>{(task.Receipt is { } receipt && staff.OutcomeNames.TryGetValue(receipt.Outcome, out var outcome) ? outcome : string.Empty)}</td></tr>
            """));
        return Html.Of($"""
            <h2>{staff.SourcesHeading}</h2>
            <table>
            <thead><tr><th scope="col">{staff.SourceLabel}</th><th scope="col">{staff.ActionLabel}</th><th scope="col">{staff.TaskStatusLabel}</th><th scope="col">{staff.OutcomeLegend}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            """);
    }
}
