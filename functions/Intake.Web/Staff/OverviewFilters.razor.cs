using System.Globalization;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class OverviewFilters
{
    [Parameter, EditorRequired]
    public OverviewView View { get; set; } = default!;

    private RequestListTexts Texts => View.Texts;

    private RequestListQuery Query => View.Query;

    private List<Choice> Types => [.. Enum.GetValues<RequestType>().Select(type => new Choice(type.WireName(), Texts.TypeNames[type]))];

    private List<Choice> Channels => [.. Enum.GetValues<Channel>().Select(channel => new Choice(RequestListQuery.ChannelValue(channel), View.Access.Staff.ChannelNames[channel]))];

    /// <summary>The status chosen: a group (open, closed, all) or one stage's wire name.</summary>
    private string Status => RequestListQuery.StatusValue(Query.Status, Query.Stage);

    private (string Value, string Label)[] Statuses => [("open", Texts.StatusOpen), ("closed", Texts.StatusClosed), ("all", Texts.StatusAll)];

    private (RequestListSort Sort, string Label)[] Sorts => [(RequestListSort.Due, Texts.SortDue), (RequestListSort.Received, Texts.SortReceived)];

    private string Due => Query.DueWithinDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
