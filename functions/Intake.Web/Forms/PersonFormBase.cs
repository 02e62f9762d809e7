using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Forms;

/// <summary>What both person forms (request and contact) are drawn from: the controller, what was typed, the antiforgery tokens.</summary>
public abstract class PersonFormBase : ComponentBase
{
    [Parameter, EditorRequired]
    public Language Language { get; set; }

    [Parameter, EditorRequired]
    public Controller Controller { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormInput Input { get; set; } = default!;

    [Parameter, EditorRequired]
    public AntiforgeryTokenSet Tokens { get; set; } = default!;

    protected FormTexts Texts => FormTexts.For(Language);

    protected string Lang => Language.Code();

    protected static PageView Render<TPage>(Language language, Controller controller, FormInput input, AntiforgeryTokenSet tokens)
        where TPage : PersonFormBase
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(input);
        return PageView.Of<TPage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Controller)] = controller,
            [nameof(Input)] = input,
            [nameof(Tokens)] = tokens,
        });
    }
}
