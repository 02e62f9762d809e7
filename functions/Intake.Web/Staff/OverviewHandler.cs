using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// <c>GET /staff/{token}</c>: the requests of one controller, open and closed, from the request
/// index (never the records), filtered, sorted and paged by a plain GET form. A query no option of
/// the form could send answers a 400 page that says what is wrong. Nothing here acts: decisions go
/// through the single-use links in the mails.
/// </summary>
public sealed class OverviewHandler(StaffGate staff, RequestListCache cache, RequestListCacheOptions options)
{
    public Task<IResult> GetAsync(HttpContext http, string token, string? lang) =>
        staff.GuardAsync(http, token, lang, async (access, cancellationToken) =>
        {
            var texts = RequestListTexts.For(access.Language);
            var values = http.Request.Query.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var parse = RequestListQuery.Parse(values);
            string here = http.Request.PathBase + http.Request.Path;
            if (!parse.IsValid)
            {
                var body = Fragment.Of<OverviewBadQuery>(new Dictionary<string, object?>
                {
                    [nameof(OverviewBadQuery.Texts)] = texts,
                    [nameof(OverviewBadQuery.Errors)] = parse.Errors,
                    [nameof(OverviewBadQuery.Here)] = here,
                });
                return LinkPages.Message(access.Language, texts.BadQueryTitle, body, StatusCodes.Status400BadRequest, access.Path);
            }

            var snapshot = await cache.GetAsync(access.Controller.Id.Value, cancellationToken);
            var today = LocalTimes.LocalDate(access.Now, access.Controller.TimeZoneId);
            var page = RequestList.Apply(snapshot.Summaries, parse.Query, access.Now, today);
            var detailBase = access.Address(http, lang) + "/requests/";
            var view = new OverviewView(access, texts, parse.Query, page, here, detailBase, snapshot.AsOf, options.Enabled ? options.MaxAge : TimeSpan.Zero);
            return OverviewPage.Result(view, access.Path + parse.Query.ToQueryString());
        });
}
