using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Staff;

/// <summary>
/// <c>GET /staff/{token}</c>: the open requests of one controller, the nearest due date first, so
/// an overdue request is the first thing staff see. Nothing here acts: decisions go through the
/// single-use links in the mails.
/// </summary>
public static class OverviewHandler
{
    public static Task<IResult> GetAsync(HttpContext http, string token, string? lang) =>
        StaffAccess.GuardAsync(http, token, lang, async (access, cancellationToken) =>
        {
            var records = http.RequestServices.GetRequiredService<IRequestRecords>();
            var open = new List<RequestState>();
            await foreach (var state in records.OpenRequestsAsync(access.Controller.Id.Value, cancellationToken))
            {
                open.Add(state);
            }

            var html = OverviewPage.Render(access, Order(open), http.Request.PathBase);
            return new PageResult(PageLayout.Render(access.Language, access.Staff.OverviewTitle, html, access.Path));
        });

    /// <summary>By the due date in force, earliest first (so overdue first); requests without a deadline last, oldest first.</summary>
    public static IReadOnlyList<RequestState> Order(IEnumerable<RequestState> open) =>
        open.OrderBy(state => state.CurrentDueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(state => state.ReceivedAt)
            .ThenBy(state => state.Id.Value, StringComparer.Ordinal)
            .ToList();
}
