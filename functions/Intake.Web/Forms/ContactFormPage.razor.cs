using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Forms;

public sealed partial class ContactFormPage
{
    private FieldView Name => Input.Field(DraftField.Name, Texts.ContactNameLabel, null, Texts) with { Required = true };

    private FieldView Email => Input.Field(DraftField.Email, Texts.ContactEmailLabel, null, Texts) with { Required = true };

    private FieldView Phone => Input.Field(DraftField.Phone, Texts.ContactPhoneLabel, null, Texts) with { Optional = true };

    private FieldView Industry => Input.Field(DraftField.Industry, Texts.IndustryLabel, null, Texts) with { Optional = true };

    private FieldView Services => Input.Field(DraftField.ServicesOfInterest, Texts.ServicesLabel, null, Texts) with { Optional = true };

    private FieldView Message => Input.Field(DraftField.Text, Texts.MessageLabel, null, Texts) with { Optional = true };

    private FieldView Trap => Input.Field(DraftField.Trap, Texts.TrapLabel, null, Texts);

    private List<FieldView> Invalid => new[] { Name, Email, Phone, Industry, Services, Message, Trap }.Where(shown => shown.Error is not null).ToList();

    public static PageView Render(Language language, Controller controller, FormInput input, AntiforgeryTokenSet tokens) =>
        Render<ContactFormPage>(language, controller, input, tokens);
}
