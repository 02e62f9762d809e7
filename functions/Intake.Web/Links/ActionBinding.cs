using Intake.Core.Process.Commands;

namespace Intake.Web.Links;

/// <summary>A submitted form turned into the command it asks for, or the problems that stop it.</summary>
public sealed record ActionBinding(RequestCommand? Command, IReadOnlyList<FieldError> Errors)
{
    public static ActionBinding To(RequestCommand command) => new(command, []);

    public static ActionBinding Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static ActionBinding Invalid(string field, string message) => new(null, [new FieldError(field, message)]);
}
