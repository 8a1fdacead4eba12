using System.Linq;
using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>
/// Writes a component's boxes: one typed accessor per box, the box creation that replaces Axon's defaults, and
/// the static, reflection-free descriptor.
/// </summary>
internal static class BoxesEmitter
{
    public static string Emit(ComponentModel model)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer);
        HierarchyWriter.Open(writer, model.Hierarchy, model.BoxUse is { } use ? BoxUseAttribute(use) : null);

        foreach (var box in model.Boxes)
        {
            writer.Line("private " + BoxType(box) + " " + FieldName(box) + " = null!;");
        }

        foreach (var box in model.Boxes)
        {
            writer.Line();
            var kind = box.IsInbox ? "inbox" : "outbox";
            var description = box.Description is { Length: > 0 } text ? ": " + Literals.Doc(text) : ".";
            writer.Line("/// <summary>The " + Literals.Doc(Literals.String(box.Name)) + " " + kind + description + "</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Line(box.IsPartialProperty
                ? box.Accessibility + (box.PropertyModifiers.Length > 0 ? " " + box.PropertyModifiers : string.Empty) + " partial " + BoxType(box) + " " + Identifiers.Escape(box.AccessorName) + " { get => " + FieldName(box) + "; }"
                : box.Accessibility + " " + (box.HidesInherited ? "new " : string.Empty) + BoxType(box) + " " + box.AccessorName + " => " + FieldName(box) + ";");
        }

        writer.Line();
        writer.Line("/// <summary>The boxes " + Literals.Doc(model.DisplayName) + " declares, found by name without reflection.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("public static " + (model.HidesInheritedDeclaration ? "new " : string.Empty) + "global::Axon.ComponentDescriptor Declaration { get; } = new global::Axon.ComponentDescriptor(");
        writer.Line("    " + Literals.String(model.DisplayName) + ",");
        writer.Line("    new global::Axon.BoxDescriptor[]");
        writer.Line("    {");
        foreach (var box in model.Boxes)
        {
            writer.Line("        global::Axon.BoxDescriptor." + (box.IsInbox ? "Inbox" : "Outbox") + "<" + box.ElementType + ">(" + Literals.String(box.Name) + ", " + Literals.String(box.Description) + "),");
        }

        writer.Line("    });");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("public override global::Axon.ComponentDescriptor Descriptor => Declaration;");
        writer.Line();
        writer.Line("/// <summary>Creates the declared boxes, which replace Axon's four standard ones.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("protected override void CreateBoxes()");
        foreach (var box in model.Boxes)
        {
            writer.Line(FieldName(box) + " = Declare" + (box.IsInbox ? "Inbox" : "Outbox") + "<" + box.ElementType + ">(" + Literals.String(box.Name) + ", " + Literals.String(box.Description) + ");");
        }

        writer.Close();
        HierarchyWriter.Close(writer, model.Hierarchy);
        return writer.ToString();
    }

    private static string BoxType(BoxModel box) => "global::Axon." + (box.IsInbox ? "Inbox" : "Outbox") + "<" + box.ElementType + ">";

    private static string FieldName(BoxModel box) => "__box_" + box.AccessorName;

    /// <summary>What the class's code reads and sends on, recorded for the analyzers of other assemblies.</summary>
    private static string BoxUseAttribute(BoxUseModel use) =>
        "[global::Axon.BoxUse(" + StringArray(use.Reads) + ", " + StringArray(use.Sends) + ")]";

    private static string StringArray(EquatableArray<string> names) =>
        names.Count == 0 ? "new string[0]" : "new[] { " + string.Join(", ", names.Select(Literals.String)) + " }";
}
