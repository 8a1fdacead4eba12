namespace Kamaelia.Gen.Generators.Model;

/// <summary>One declared box.</summary>
/// <param name="Name">The box's name as declared.</param>
/// <param name="AccessorName">The generated property's name ("my_box" becomes "MyBox").</param>
/// <param name="IsInbox">Inbox or outbox.</param>
/// <param name="ElementType">The element type, fully qualified with global::.</param>
/// <param name="Description">The declared description, if any.</param>
/// <param name="HidesInherited">True when a base class has an accessor of the same name, which this one hides.</param>
/// <param name="Accessibility">The accessor's accessibility: public, or for an internal box protected (private in a sealed class); never wider than the element type's.</param>
/// <param name="IsPartialProperty">True when the user declared the accessor as a partial property, which the generator implements.</param>
/// <param name="PropertyModifiers">For a partial property, the modifiers its implementation repeats after the accessibility (override, sealed override, virtual, new), or empty.</param>
internal sealed record BoxModel(string Name, string AccessorName, bool IsInbox, string ElementType, string? Description, bool HidesInherited, string Accessibility, bool IsPartialProperty = false, string PropertyModifiers = "");
