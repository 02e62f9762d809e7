using Intake.Core.DataMaps;
using Intake.Core.DataControllers;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Tokens;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>
/// One use of a valid acting link: who clicked (the token's audience, as an actor that names the
/// link, never a person), which request, its state when the page was drawn, and the language and
/// words to answer in.
/// </summary>
public sealed record LinkVisit
{
    public required HttpContext Http { get; init; }

    public required string Token { get; init; }

    public required LinkToken Claims { get; init; }

    public required RequestId Id { get; init; }

    public required RequestState State { get; init; }

    public required Controller? Controller { get; init; }

    /// <summary>The data maps, for source names and instructions in the page's language; null where a host has none.</summary>
    public required IDataMapCatalog? Maps { get; init; }

    /// <summary>Where a manual task's confirmation (and its file) is recorded.</summary>
    public required IManualTaskConfirmer TaskConfirmer { get; init; }

    /// <summary>Mints the further links a page may show (the mandate file for a reviewer).</summary>
    public required LinkIssuer Issuer { get; init; }

    public required Language Language { get; init; }

    public required LinkTexts Texts { get; init; }

    public required StaffTexts Staff { get; init; }

    public required Actor Actor { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary>Where the form posts: the page's own path, language prefix included.</summary>
    public required string FormAction { get; init; }

    /// <summary>The path the language switch prefixes with /fi, /sv or /en.</summary>
    public required string SwitchPath { get; init; }

    /// <summary>The zone dates are shown in: the request's deadline zone, else the controller's.</summary>
    public string TimeZoneId => State.DeadlinePolicy?.TimeZoneId ?? Controller?.TimeZoneId ?? LocalTimes.DefaultZone;

    public string Stage(Stage stage) => Texts.StageNames[stage];

    public string Date(DateOnly date) => Texts.FormatDate(date);

    public string Time(DateTimeOffset instant) => LocalTimes.Format(instant, TimeZoneId, Texts);

    /// <summary>A source's name in the page's language.</summary>
    public string SourceName(string sourceId) => Intake.Web.Staff.SourceNames.Of(Maps, State, sourceId, Language);
}
