namespace Kamaelia.Gen.Generators.Model;

/// <summary>One type of a nesting chain: its keyword ("class", "record"...) and its name with type parameters.</summary>
internal sealed record TypeDeclarationInfo(string Keyword, string NameWithTypeParameters);
