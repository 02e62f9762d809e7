using Intake.Core.Process;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// The table of open requests. An overdue row says "overdue" in words as well as in colour, so
/// nobody has to tell red from black to see it.
/// </summary>
public static class OverviewPage
{
    public static HtmlContent Render(StaffAccess access, IReadOnlyList<RequestState> open, PathString pathBase)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(open);
        var staff = access.Staff;
        var texts = access.Texts;
        var zone = access.Controller.TimeZoneId;
        var intro = Placeholders.Fill(staff.OverviewIntro, ("controller", access.Controller.Primary.Name));
        var listedAt = Placeholders.Fill(staff.ListedAt, ("time", LocalTimes.Format(access.Now, zone, texts)));
        if (open.Count == 0)
        {
            return Html.Of($"""
                <h1>{staff.OverviewTitle}</h1>
                {FormHtml.Paragraph(intro)}
                {FormHtml.Paragraph(staff.NoOpenRequests)}
                {FormHtml.Paragraph(listedAt)}
                """);
        }

        var rows = open.Select(state =>
        {
            var overdue = state.IsOverdueAt(access.Now);
            var due = state.CurrentDueDate is { } date
                ? overdue
                    ? Html.Of($"{texts.FormatDate(date)} <strong class=\"overdue\">{staff.OverdueMark}</strong>")
                    : Html.Text(texts.FormatDate(date))
                : Html.Text(staff.NoDueDate);
            var detail = $"{pathBase}{access.Path}/requests/{state.Id.Value}";
            return Html.Of($"""
                <tr><th scope="row"><a class="reference" href="{detail}">{state.Id.Value}</a></th><td>{texts.TypeNames[state.Type]}</td><td>{texts.StageNames[state.Stage]}</td><td>{texts.FormatDate(LocalTimes.LocalDate(state.ReceivedAt, zone))}</td><td>{due}</td></tr>
                """);
        });
        return Html.Of($"""
            <h1>{staff.OverviewTitle}</h1>
            {FormHtml.Paragraph(intro)}
            <table>
            <thead><tr><th scope="col">{staff.ColumnReference}</th><th scope="col">{staff.ColumnType}</th><th scope="col">{staff.ColumnStage}</th><th scope="col">{staff.ColumnReceived}</th><th scope="col">{staff.ColumnDue}</th></tr></thead>
            <tbody>
            {Html.Join(rows)}
            </tbody>
            </table>
            {FormHtml.Paragraph(listedAt)}
            """);
    }
}
