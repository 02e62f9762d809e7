using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Forms;

public sealed partial class RequestFormPage
{
    private static readonly DraftField[] SummaryOrder =
        [DraftField.Type, DraftField.Name, DraftField.Email, DraftField.CustomerNumber, DraftField.Text, DraftField.WrongValue, DraftField.CorrectValue, DraftField.ParticularSituation, DraftField.AgentName, DraftField.AgentEmail, DraftField.Mandate, DraftField.Trap];

    private Dictionary<DraftField, FieldView> Fields => FieldsOf(Input, Texts);

    private string? TypeError => Input.ErrorFor(DraftField.Type, Texts);

    private FieldView Trap => Input.Field(DraftField.Trap, Texts.TrapLabel, null, Texts);

    private List<FieldView> Invalid
    {
        get
        {
            var fields = Fields;
            return SummaryOrder
                .Where(name => Input.ErrorFor(name, Texts) is not null)
                .Select(name => name == DraftField.Type
                    ? new FieldView(FormFieldNames.Type, Texts.TypeLegend, null, null, TypeError, 0)
                    : fields.GetValueOrDefault(name) ?? Trap)
                .ToList();
        }
    }

    public static PageView Render(Language language, Controller controller, FormInput input, AntiforgeryTokenSet tokens) =>
        Render<RequestFormPage>(language, controller, input, tokens);

    private static Dictionary<DraftField, FieldView> FieldsOf(FormInput input, FormTexts texts) => new()
    {
        [DraftField.Name] = input.Field(DraftField.Name, texts.NameLabel, texts.NameHint, texts) with { Required = true },
        [DraftField.Email] = input.Field(DraftField.Email, texts.EmailLabel, texts.EmailHint, texts) with { Required = true },
        [DraftField.CustomerNumber] = input.Field(DraftField.CustomerNumber, texts.CustomerNumberLabel, texts.CustomerNumberHint, texts) with { Optional = true },
        [DraftField.Text] = input.Field(DraftField.Text, texts.DetailsLabel, texts.DetailsHint, texts) with { Optional = true },
        [DraftField.WrongValue] = input.Field(DraftField.WrongValue, texts.WrongValueLabel, null, texts),
        [DraftField.CorrectValue] = input.Field(DraftField.CorrectValue, texts.CorrectValueLabel, null, texts),
        [DraftField.ParticularSituation] = input.Field(DraftField.ParticularSituation, texts.SituationLabel, texts.SituationHint, texts),
        [DraftField.AgentName] = input.Field(DraftField.AgentName, texts.AgentNameLabel, null, texts),
        [DraftField.AgentEmail] = input.Field(DraftField.AgentEmail, texts.AgentEmailLabel, null, texts),
        [DraftField.Mandate] = new FieldView(FormFieldNames.Mandate, texts.MandateLabel, texts.MandateHint, null, input.ErrorFor(DraftField.Mandate, texts), 0) { Optional = true },
    };
}
