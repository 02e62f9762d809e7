using Intake.Core.DataMaps;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

public sealed partial class RequestDetailPage
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    /// <summary>The overview the page leads back to (path base included).</summary>
    [Parameter, EditorRequired]
    public string Back { get; set; } = string.Empty;

    [Parameter]
    public string? SwitchPath { get; set; }

    private string Title => Placeholders.Fill(View.Staff.DetailTitle, ("reference", View.State.Id.Value));

    public static PageResult Result(StaffAccess access, RequestStory story, IDataMapCatalog? maps, PathString pathBase)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(story);
        var state = story.State;
        var zone = state.DeadlinePolicy?.TimeZoneId ?? access.Controller.TimeZoneId;
        var view = new RequestDetailView(access, story, zone, sourceId => SourceNames.Of(maps, state, sourceId, access.Language));
        return new PageResult(PageView.Of<RequestDetailPage>(new Dictionary<string, object?>
        {
            [nameof(View)] = view,
            [nameof(Back)] = $"{pathBase}{access.Path}",
            [nameof(SwitchPath)] = $"{access.Path}/requests/{state.Id.Value}",
        }));
    }
}
