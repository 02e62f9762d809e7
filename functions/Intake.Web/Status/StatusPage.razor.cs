using Intake.Core.DataControllers;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Web.Forms;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Status;

public sealed partial class StatusPage
{
    [Parameter, EditorRequired]
    public Language Language { get; set; }

    [Parameter, EditorRequired]
    public RequestState State { get; set; } = default!;

    [Parameter]
    public Controller? Controller { get; set; }

    [Parameter, EditorRequired]
    public string Token { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public AntiforgeryTokenSet Tokens { get; set; } = default!;

    [Parameter]
    public StatusNote? Note { get; set; }

    private StatusTexts Texts => StatusTexts.For(Language);

    private FormTexts Form => FormTexts.For(Language);

    private string BasePath => $"/{Language.Code()}/status/{Token}";

    private FieldView Answer => new("answer", Texts.AnswerLabel, Texts.AnswerHint, Note?.Answer, Note?.AnswerError, FieldLimits.Text) { Required = true };

    private bool HasActions => State.Stage is Stage.AwaitingVerification or Stage.AwaitingInformation or Stage.Delivered || State.Stage.IsAwaitingAnswer();

    public static PageView Render(Language language, RequestState state, Controller? controller, string token, AntiforgeryTokenSet tokens, StatusNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(tokens);
        return PageView.Of<StatusPage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(State)] = state,
            [nameof(Controller)] = controller,
            [nameof(Token)] = token,
            [nameof(Tokens)] = tokens,
            [nameof(Note)] = note,
        });
    }

    /// <summary>The local date of receipt, in the controller's zone: the day the statutory month counts from.</summary>
    public static DateOnly ReceivedDate(RequestState state, Controller? controller)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Deadline is { } deadline)
        {
            return deadline.ReceivedLocalDate;
        }

        var zone = controller is not null && TimeZoneInfo.TryFindSystemTimeZoneById(controller.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(state.ReceivedAt, zone).DateTime);
    }
}
