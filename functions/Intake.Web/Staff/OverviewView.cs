using Intake.Core.Records;
using Intake.Web.Texts;

namespace Intake.Web.Staff;

/// <param name="Here">The list's own path (path base included), which page links and "clear" lead to.</param>
/// <param name="DetailBase">The detail pages' path up to the reference.</param>
/// <param name="AsOf">When the summaries shown were read.</param>
/// <param name="MaxAge">How far behind storage they may be; zero when every view reads storage.</param>
public sealed record OverviewView(
    StaffAccess Access,
    RequestListTexts Texts,
    RequestListQuery Query,
    RequestListPage Page,
    string Here,
    string DetailBase,
    DateTimeOffset AsOf,
    TimeSpan MaxAge);
