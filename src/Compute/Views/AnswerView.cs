namespace Site.Compute.Views;

/// <summary>One of the questions a page answers first, with its answer in one plain sentence and where to read
/// more.</summary>
public sealed record AnswerView(string Question, string Sentence, LinkView? More = null);
