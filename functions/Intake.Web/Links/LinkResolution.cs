using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>An acting link looked up: the visit and its action, or the page that ends the visit early.</summary>
internal sealed record LinkResolution(LinkVisit? Visit, LinkAction? Action, IResult? Page)
{
    public static LinkResolution Stop(IResult page) => new(null, null, page);
}
