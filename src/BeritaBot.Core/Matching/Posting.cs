namespace BeritaBot.Core.Matching;

/// <summary>
/// A card containing a term. <see cref="Weight"/> is the term's BM25F saturation on that card (its field-weighted,
/// length-normalised frequency tf' as tf' / (k1 + tf'), in [0, 1)); <see cref="Fields"/> says where it occurs. Half
/// precision keeps a posting at eight bytes: three significant digits are more than ranking can use.
/// </summary>
internal readonly record struct Posting(int Card, Half Weight, CardField Fields);
