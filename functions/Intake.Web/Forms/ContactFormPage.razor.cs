using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Forms;

public sealed partial class ContactFormPage
{
    [Parameter, EditorRequired]
    public Language Language { get; set; }

    [Parameter, EditorRequired]
    public Controller Controller { get; set; } = default!;

    [Parameter, EditorRequired]
    public FormInput Input { get; set; } = default!;

    [Parameter, EditorRequired]
    public AntiforgeryTokenSet Tokens { get; set; } = default!;

    private FormTexts Texts => FormTexts.For(Language);

    private string Lang => Language.Code();

    private FieldView Name => Input.Field(DraftField.Name, Texts.ContactNameLabel, null, Texts) with { Required = true };

    private FieldView Email => Input.Field(DraftField.Email, Texts.ContactEmailLabel, null, Texts) with { Required = true };

    private FieldView Phone => Input.Field(DraftField.Phone, Texts.ContactPhoneLabel, null, Texts) with { Optional = true };

    private FieldView Industry => Input.Field(DraftField.Industry, Texts.IndustryLabel, null, Texts) with { Optional = true };

    private FieldView Services => Input.Field(DraftField.ServicesOfInterest, Texts.ServicesLabel, null, Texts) with { Optional = true };

    private FieldView Message => Input.Field(DraftField.Text, Texts.MessageLabel, null, Texts) with { Optional = true };

    private FieldView Trap => Input.Field(DraftField.Trap, Texts.TrapLabel, null, Texts);

    private List<FieldView> Invalid => new[] { Name, Email, Phone, Industry, Services, Message, Trap }.Where(shown => shown.Error is not null).ToList();

    public static PageView Render(Language language, Controller controller, FormInput input, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(input);
        return PageView.Of<ContactFormPage>(new Dictionary<string, object?>
        {
            [nameof(Language)] = language,
            [nameof(Controller)] = controller,
            [nameof(Input)] = input,
            [nameof(Tokens)] = tokens,
        });
    }
}
