using System.Collections.Generic;
using System.Linq;
using Kamaelia.Gen.Generators.Emitting;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Writes the pair of helpers that read and write one type (Read_X, Write_X), and the calls to them. Every type
/// gets its pair, primitives included, so that a member, an element or a root is always one call whatever its
/// shape; recursive types simply call their own helpers.
/// </summary>
internal sealed class MessageValueCode
{
    public const string Options = "global::System.Text.Json.JsonSerializerOptions";
    public const string Metadata = "global::System.Text.Json.Serialization.Metadata";
    public const string ReaderParameter = "ref global::System.Text.Json.Utf8JsonReader reader";
    public const string WriterParameter = "global::System.Text.Json.Utf8JsonWriter writer";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string JsonException = "global::System.Text.Json.JsonException";

    private readonly Dictionary<string, MessageTypeModel> _types;
    private readonly MessageTypeIdentifiers _identifiers;

    public MessageValueCode(Dictionary<string, MessageTypeModel> types, MessageTypeIdentifiers identifiers)
    {
        _types = types;
        _identifiers = identifiers;
    }

    public string Identifier(MessageTypeModel type) => _identifiers[type.TypeName];

    /// <summary>The type as a helper returns or takes it: T? for a reference type, which may be null in JSON.</summary>
    public string Nullable(MessageTypeModel type) => type.IsReferenceType ? type.TypeName + "?" : type.TypeName;

    /// <summary>A call that reads a value of the type at the reader's current token.</summary>
    public string Read(string typeName) => "Read_" + _identifiers[typeName] + "(ref reader, options)";

    /// <summary>A call that reads a value to store where null is not expected (a null in the JSON is kept as it is).</summary>
    public string ReadNotNull(string typeName) => Read(typeName) + (_types[typeName].IsReferenceType ? "!" : string.Empty);

    /// <summary>A call that writes <paramref name="value"/>.</summary>
    public string WriteCall(string typeName, string value) => "Write_" + _identifiers[typeName] + "(writer, " + value + ", options)";

    public void WriteHelpers(SourceWriter writer, MessageTypeModel type)
    {
        var name = Identifier(type);
        var read = "private static " + Nullable(type) + " Read_" + name + "(" + ReaderParameter + ", " + Options + " options)";
        var write = "private static void Write_" + name + "(" + WriterParameter + ", " + Nullable(type) + " value, " + Options + " options)";
        switch (type.Kind)
        {
            case MessageShapeKind.Primitive:
                WritePrimitive(writer, type, read, write);
                break;
            case MessageShapeKind.Enum:
                WriteEnum(writer, type, read, write);
                break;
            case MessageShapeKind.Nullable:
                WriteNullable(writer, type, read, write);
                break;
            case MessageShapeKind.Array:
            case MessageShapeKind.List:
                WriteSequence(writer, type, read, write);
                break;
            default:
                WriteObject(writer, type, read, write);
                break;
        }
    }

    private static void WritePrimitive(SourceWriter writer, MessageTypeModel type, string read, string write)
    {
        var converter = Metadata + ".JsonMetadataServices." + type.PrimitiveConverter;
        var readValue = converter + ".Read(ref reader, typeof(" + type.TypeName + "), options)";
        if (!type.IsReferenceType)
        {
            writer.Line(read + " =>");
            writer.Line("    " + readValue + ";");
            writer.Line();
            writer.Line(write + " =>");
            writer.Line("    " + converter + ".Write(writer, value, options);");
            return;
        }

        writer.Line(read + " =>");
        writer.Line("    reader.TokenType == " + TokenType + ".Null ? null : " + readValue + ";");
        writer.Line();
        writer.Open(write);
        writer.Open("if (value is null)");
        writer.Line("writer.WriteNullValue();");
        writer.Close();
        writer.Open("else");
        writer.Line(converter + ".Write(writer, value, options);");
        writer.Close();
        writer.Close();
    }

    private static void WriteEnum(SourceWriter writer, MessageTypeModel type, string read, string write)
    {
        // As its number, like System.Text.Json's default: a renamed member still reads back.
        var underlying = type.EnumUnderlyingType ?? "int";
        writer.Line(read + " =>");
        writer.Line("    (" + type.TypeName + ")reader." + NumberReader(underlying) + "();");
        writer.Line();
        writer.Line(write + " =>");
        writer.Line("    writer.WriteNumberValue((" + underlying + ")value);");
    }

    private void WriteNullable(SourceWriter writer, MessageTypeModel type, string read, string write)
    {
        var element = type.ElementTypeName!;
        writer.Line(read + " =>");
        writer.Line("    reader.TokenType == " + TokenType + ".Null ? null : " + Read(element) + ";");
        writer.Line();
        writer.Open(write);
        writer.Open("if (value is null)");
        writer.Line("writer.WriteNullValue();");
        writer.Close();
        writer.Open("else");
        writer.Line(WriteCall(element, "value.Value") + ";");
        writer.Close();
        writer.Close();
    }

    private void WriteSequence(SourceWriter writer, MessageTypeModel type, string read, string write)
    {
        var element = type.ElementTypeName!;
        writer.Open(read);
        writer.Open("if (reader.TokenType == " + TokenType + ".Null)");
        writer.Line("return null;");
        writer.Close();
        writer.Line();
        writer.Open("if (reader.TokenType != " + TokenType + ".StartArray)");
        writer.Line("throw new " + JsonException + "(" + Literals.String("Expected a JSON array for " + type.DisplayName + ".") + ");");
        writer.Close();
        writer.Line();
        writer.Line("var items = new global::System.Collections.Generic.List<" + element + ">();");
        writer.Open("while (reader.Read() && reader.TokenType != " + TokenType + ".EndArray)");
        writer.Line("items.Add(" + ReadNotNull(element) + ");");
        writer.Close();
        writer.Line();
        writer.Line(type.Kind == MessageShapeKind.Array ? "return items.ToArray();" : "return items;");
        writer.Close();
        writer.Line();
        writer.Open(write);
        writer.Open("if (value is null)");
        writer.Line("writer.WriteNullValue();");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteStartArray();");
        writer.Open("foreach (var item in value)");
        writer.Line(WriteCall(element, "item") + ";");
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteEndArray();");
        writer.Close();
    }

    private void WriteObject(SourceWriter writer, MessageTypeModel type, string read, string write)
    {
        var properties = type.Properties;
        writer.Open(read);
        writer.Open("if (reader.TokenType == " + TokenType + ".Null)");
        writer.Line(type.IsReferenceType
            ? "return null;"
            : "throw new " + JsonException + "(" + Literals.String("null cannot be read as " + type.DisplayName + ", which is a struct.") + ");");
        writer.Close();
        writer.Line();
        writer.Open("if (reader.TokenType != " + TokenType + ".StartObject)");
        writer.Line("throw new " + JsonException + "(" + Literals.String("Expected a JSON object for " + type.DisplayName + ".") + ");");
        writer.Close();
        writer.Line();
        for (var i = 0; i < properties.Count; i++)
        {
            writer.Line(Nullable(_types[properties[i].TypeName]) + " value" + i + " = default;");
            writer.Line("var has" + i + " = false;");
        }

        if (properties.Count > 0)
        {
            writer.Line();
        }

        writer.Open("while (reader.Read() && reader.TokenType == " + TokenType + ".PropertyName)");
        for (var i = 0; i < properties.Count; i++)
        {
            writer.Open((i == 0 ? "if" : "else if") + " (reader.ValueTextEquals(" + Literals.String(properties[i].Name) + "))");
            writer.Line("reader.Read();");
            writer.Line("value" + i + " = " + Read(properties[i].TypeName) + ";");
            writer.Line("has" + i + " = true;");
            writer.Close();
        }

        // A property this version of the type does not have (a newer sender's) is skipped, value and all.
        writer.Open(properties.Count == 0 ? "if (!reader.Read() || !reader.TrySkip())" : "else if (!reader.Read() || !reader.TrySkip())");
        writer.Line("throw new " + JsonException + "(" + Literals.String("The JSON for " + type.DisplayName + " ends inside a property.") + ");");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open("if (reader.TokenType != " + TokenType + ".EndObject)");
        writer.Line("throw new " + JsonException + "(" + Literals.String("Expected a property name or the end of the JSON object for " + type.DisplayName + ".") + ");");
        writer.Close();
        writer.Line();
        for (var i = 0; i < properties.Count; i++)
        {
            if (IsRequired(properties[i]))
            {
                writer.Open("if (!has" + i + ")");
                writer.Line("throw new " + JsonException + "(" + Literals.String(MissingMessage(type, properties[i])) + ");");
                writer.Close();
                writer.Line();
            }
        }

        WriteConstruction(writer, type);
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Role == MessageMemberRole.Setter)
            {
                writer.Open("if (has" + i + ")");
                writer.Line("result." + Identifiers.Escape(properties[i].Name) + " = " + Stored(properties[i], i) + ";");
                writer.Close();
                writer.Line();
            }
        }

        writer.Line("return result;");
        writer.Close();
        writer.Line();
        writer.Open(write);
        if (type.IsReferenceType)
        {
            writer.Open("if (value is null)");
            writer.Line("writer.WriteNullValue();");
            writer.Line("return;");
            writer.Close();
            writer.Line();
        }

        writer.Line("writer.WriteStartObject();");
        foreach (var property in properties)
        {
            writer.Line("writer.WritePropertyName(" + Literals.String(property.Name) + ");");
            writer.Line(WriteCall(property.TypeName, "value." + Identifiers.Escape(property.Name)) + ";");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private void WriteConstruction(SourceWriter writer, MessageTypeModel type)
    {
        var properties = type.Properties;
        var arguments = properties
            .Select((p, i) => (Property: p, Index: i))
            .Where(p => p.Property.Role == MessageMemberRole.ConstructorArgument)
            .OrderBy(p => p.Property.ArgumentPosition)
            .Select(p => p.Property.DefaultValue is { } fallback
                ? "has" + p.Index + " ? " + Stored(p.Property, p.Index) + " : " + fallback
                : Stored(p.Property, p.Index));
        var initialized = properties
            .Select((p, i) => (Property: p, Index: i))
            .Where(p => p.Property.Role == MessageMemberRole.Initializer)
            .ToList();

        var creation = "new " + type.TypeName + "(" + string.Join(", ", arguments) + ")";
        if (initialized.Count == 0)
        {
            writer.Line("var result = " + creation + ";");
            writer.Line();
            return;
        }

        writer.Line("var result = " + creation);
        writer.Line("{");
        foreach (var (property, index) in initialized)
        {
            writer.Line("    " + Identifiers.Escape(property.Name) + " = " + Stored(property, index) + ",");
        }

        writer.Line("};");
        writer.Line();
    }

    /// <summary>The read value as the member takes it; a null read for a non-nullable reference member is passed on as it is.</summary>
    private string Stored(MessagePropertyModel property, int index) =>
        "value" + index + (_types[property.TypeName].IsReferenceType ? "!" : string.Empty);

    private static bool IsRequired(MessagePropertyModel property) =>
        property.Role == MessageMemberRole.Initializer
        || (property.Role == MessageMemberRole.ConstructorArgument && property.DefaultValue is null);

    private static string MissingMessage(MessageTypeModel type, MessagePropertyModel property) =>
        "The JSON for " + type.DisplayName + " has no property \"" + property.Name + "\", which is required: "
        + (property.Role == MessageMemberRole.ConstructorArgument ? "its constructor takes it." : "it can only be set when the object is created.");

    private static string NumberReader(string underlying) => underlying switch
    {
        "byte" => "GetByte",
        "sbyte" => "GetSByte",
        "short" => "GetInt16",
        "ushort" => "GetUInt16",
        "uint" => "GetUInt32",
        "long" => "GetInt64",
        "ulong" => "GetUInt64",
        _ => "GetInt32",
    };
}
