using System.Text;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Submissions;

namespace Intake.Web.Forms;

/// <summary>
/// Checks a request from the form or the API and builds the <see cref="NewRequest"/>. One set of
/// rules for every channel: the same name, address and detail requirements, the same limits.
/// Ask only for what the right needs (Art 12(2), 12(6)): a name and an address to verify, the wrong
/// and the correct value for a rectification (Art 16), the situation for an objection on
/// particular grounds (Art 21(1)). Nothing else is required.
/// </summary>
public static class RequestDraftValidator
{
    /// <summary>Every data subject right the request form and <c>/api/requests</c> take.</summary>
    public static readonly IReadOnlyList<RequestType> Rights =
        [.. Enum.GetValues<RequestType>().Where(type => type.HasStatutoryClock())];

    public static DraftCheck Check(RequestDraft draft, IControllerCatalog catalog, IReadOnlyCollection<RequestType> allowedTypes)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(allowedTypes);
        var errors = new List<DraftError>();

        var controllerId = (draft.Controller ?? string.Empty).Trim();
        Controller? controller = null;
        if (controllerId.Length == 0)
        {
            errors.Add(new DraftError(DraftField.Controller, DraftProblem.Missing));
        }
        else if ((controller = ControllerLookup.Find(catalog, controllerId)) is null)
        {
            errors.Add(new DraftError(DraftField.Controller, DraftProblem.Invalid));
        }

        RequestType? type = null;
        if (string.IsNullOrWhiteSpace(draft.Type))
        {
            errors.Add(new DraftError(DraftField.Type, DraftProblem.Missing));
        }
        else if (RequestTypeFacts.TryParseWireName(draft.Type, out var parsed) && allowedTypes.Contains(parsed))
        {
            type = parsed;
        }
        else
        {
            errors.Add(new DraftError(DraftField.Type, DraftProblem.Invalid));
        }

        var name = Line(draft.Name, DraftField.Name, required: true, errors);
        var email = Address(draft.Email, DraftField.Email, errors);
        var customerNumber = Line(draft.CustomerNumber, DraftField.CustomerNumber, required: false, errors);
        var phone = Line(draft.Phone, DraftField.Phone, required: false, errors);
        var text = Block(draft.Text, DraftField.Text, required: false, errors);
        var isRectification = type == RequestType.Rectification;
        var wrong = Block(draft.WrongValue, DraftField.WrongValue, isRectification, errors);
        var correct = Block(draft.CorrectValue, DraftField.CorrectValue, isRectification, errors);
        var situation = Block(draft.ParticularSituation, DraftField.ParticularSituation, type == RequestType.ObjectionOnParticularGrounds, errors);
        var industry = Line(draft.Industry, DraftField.Industry, required: false, errors);
        var services = Block(draft.ServicesOfInterest, DraftField.ServicesOfInterest, required: false, errors);

        Agent? agent = null;
        if (draft.OnBehalf)
        {
            var agentName = Line(draft.AgentName, DraftField.AgentName, required: true, errors);
            var agentEmail = Address(draft.AgentEmail, DraftField.AgentEmail, errors);
            agent = new Agent(agentName ?? string.Empty, agentEmail ?? string.Empty, MandateDocument: null);
        }

        if (errors.Count > 0 || controller is null || type is null || name is null || email is null)
        {
            return new DraftCheck(null, errors);
        }

        // Values that belong to another type are dropped, so staff never act on a stale field.
        var details = new RequestDetails(
            Text: text,
            WrongValue: isRectification ? wrong : null,
            CorrectValue: isRectification ? correct : null,
            ParticularSituation: type == RequestType.ObjectionOnParticularGrounds ? situation : null,
            Industry: type == RequestType.Contact ? industry : null,
            ServicesOfInterest: type == RequestType.Contact ? services : null);
        var request = new NewRequest(
            controller.Id,
            type.Value,
            TypeIsCertain: true,
            draft.Channel,
            draft.Language,
            new DataSubject(name, email, customerNumber, phone),
            agent,
            details);
        return new DraftCheck(request, errors);
    }

    /// <summary>One line: breaks and control characters become spaces, so a name can never fold a mail header.</summary>
    private static string? Line(string? value, DraftField field, bool required, List<DraftError> errors)
    {
        // Capped far above any field limit, so a long value is reported as too long rather than cut.
        var line = SingleLine.Normalize(value, 1 << 20);
        return Limit(line, field, required, errors);
    }

    /// <summary>Free text: line breaks kept (as \n), other control characters dropped.</summary>
    private static string? Block(string? value, DraftField field, bool required, List<DraftError> errors)
    {
        var builder = new StringBuilder(value?.Length ?? 0);
        foreach (var c in (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return Limit(builder.ToString().Trim(), field, required, errors);
    }

    private static string? Address(string? value, DraftField field, List<DraftError> errors)
    {
        var address = (value ?? string.Empty).Trim();
        if (address.Length == 0)
        {
            errors.Add(new DraftError(field, DraftProblem.Missing));
            return null;
        }

        // The address the verification link goes to must be one plain address the mail senders accept.
        if (address.Length > FieldLimits.Email || !RecipientAddress.IsPlain(address))
        {
            errors.Add(new DraftError(field, DraftProblem.Invalid));
            return null;
        }

        return address;
    }

    private static string? Limit(string text, DraftField field, bool required, List<DraftError> errors)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new DraftError(field, DraftProblem.Missing));
            }

            return null;
        }

        var max = FieldLimits.For(field);
        if (text.Length > max)
        {
            errors.Add(new DraftError(field, DraftProblem.TooLong, max));
            return null;
        }

        return text;
    }
}
