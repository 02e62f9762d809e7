namespace Intake.EndToEnd.Tests;

/// <summary>The theory form of <see cref="PersonDoorsFactAttribute"/>.</summary>
internal sealed class PersonDoorsTheoryAttribute : TheoryAttribute
{
    public PersonDoorsTheoryAttribute() => Skip = PersonDoors.SkipReason;
}
