using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretAnalyzers.Tests.Syntax;

/// <summary>
/// The pieces of a concatenation, in source order, whichever way it is read: a chain that leans left with one piece on
/// each right side is read without the stack, every other shape with it.
/// </summary>
public class LiteralPiecesTests
{
    [Theory]
    // Chains that lean left, one piece on each right side.
    [InlineData("\"a\" + b", "L:a S:b")]
    [InlineData("\"a\" + b + \"c\" + X.Y + 1 + M()", "L:a S:b L:c S:X.Y O:1 O:M()")]
    [InlineData("b + \"a\" + this.c + u8()", "S:b L:a S:this.c O:u8()")]
    // Parentheses, right-leaning chains and interpolations, anywhere in the chain.
    [InlineData("(\"a\" + b) + \"c\"", "L:a S:b L:c")]
    [InlineData("\"a\" + (b + \"c\")", "L:a S:b L:c")]
    [InlineData("\"a\" + b + $\"c{d}e{f,5}\"", "L:a S:b L:c S:d L:e O:{f,5}")]
    [InlineData("$\"c{d}\" + \"a\" + b", "L:c S:d L:a S:b")]
    [InlineData("\"a\" + (b) + \"c\"", "L:a S:b L:c")]
    [InlineData("$\"c{d}\"", "L:c S:d")]
    // UTF-8 and raw string literals are pieces too; other literals are opaque.
    [InlineData("\"a\"u8 + \"\"\"b\"\"\" + 'c' + 2.5", "L:a L:b O:'c' O:2.5")]
    // Code being typed: a missing operand is a name with no text, not an error.
    [InlineData("\"a\" + ", "L:a S:")]
    [InlineData("\"a\" + + b", "L:a O:+ b")]
    public void Pieces_come_in_source_order_with_their_kind(string source, string expected)
    {
        var expression = SyntaxFactory.ParseExpression(source);
        var pieces = new List<Piece>();

        LiteralPieces.Flatten(expression, pieces);

        Assert.Equal(expected, string.Join(" ", pieces.Select(Describe)));
    }

    private static string Describe(Piece piece) => piece.Kind switch
    {
        PieceKind.Literal => "L:" + piece.Value,
        PieceKind.Symbol => "S:" + piece.Node,
        _ => "O:" + piece.Node,
    };
}
