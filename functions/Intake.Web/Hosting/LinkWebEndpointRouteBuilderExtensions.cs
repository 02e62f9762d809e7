using Intake.Web.Accountability;
using Intake.Web.Callbacks;
using Intake.Web.Downloads;
using Intake.Web.Links;
using Intake.Web.Staff;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Hosting;

/// <summary>Maps every page a mailed link leads to: acting links, downloads, the staff overview and webhook callbacks.</summary>
public static class LinkWebEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapLinkWeb(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapLinkEndpoints();
        endpoints.MapDownloadEndpoints();
        endpoints.MapStaffEndpoints();
        endpoints.MapReportEndpoints();
        endpoints.MapSourceCallbackEndpoints();
        return endpoints;
    }
}
